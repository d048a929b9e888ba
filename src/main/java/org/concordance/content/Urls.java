package org.concordance.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web addresses in running text: where they are (so that nothing is found inside one, such as a
 * name in a PDF's file name) and where a line may break inside one. Stateless and thread-safe.
 */
public final class Urls {
    /**
     * An http(s) or www address, up to the first space or angle bracket; punctuation that ends a
     * sentence or closes a bracket after it is not part of it.
     */
    private static final Pattern URL = Pattern.compile(
            "(?:https?://|www\\.)[^\\s<>\"“”]*[^\\s<>\"“”.,;:!?'’)\\]]", Pattern.CASE_INSENSITIVE);

    /** An absolute http or https address: a scheme, "//", a host, then anything but whitespace. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^/?#\\s]+(?:[/?#]\\S*)?");

    /** The longest address a document's {@code url} may be, in characters: what browsers and servers take in practice. */
    public static final int MAX_ADDRESS = 2048;

    private Urls() {
    }

    /**
     * Whether {@code address} has the form of an absolute http or https address (a scheme, "//", a
     * host, no whitespace), whatever else {@link #problem} would find in it.
     */
    public static boolean hasWebForm(String address) {
        return WEB_ADDRESS.matcher(address).matches();
    }

    /**
     * Whether {@code address} is an absolute http or https address a page can link to and a
     * citation print: {@link #problem} finds nothing wrong with it.
     */
    public static boolean isWebAddress(String address) {
        return problem(address).isEmpty();
    }

    /**
     * What keeps {@code address} from being a document's {@code url} (and a saved page's own
     * address), as a phrase that completes "the address …": empty when it is an absolute http or
     * https address with a host, as RFC 3986 writes one (so every browser and the HTML checker read
     * it as it is printed), without a user name or password (a citation never carries them; "user@"
     * before a host is a way to disguise one), a port past 65535, an invisible formatting character
     * (a right-to-left override shows "exe.jpg" for "gpj.exe"), or more than {@link #MAX_ADDRESS}
     * characters. A host may be an internationalised name, in its own letters or as Punycode.
     */
    public static java.util.Optional<String> problem(String address) {
        if (address.codePointCount(0, address.length()) > MAX_ADDRESS) {
            return java.util.Optional.of(String.format(java.util.Locale.ROOT, "is longer than %,d characters", MAX_ADDRESS));
        }
        for (int i = 0; i < address.length(); ) {
            int c = address.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return java.util.Optional.of("has a space in it (write it %20)");
            }
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                return java.util.Optional.of(String.format(java.util.Locale.ROOT, "has an invisible character in it (U+%04X),"
                        + " which can make it show as another address", c));
            }
            i += Character.charCount(c);
        }
        if (!hasWebForm(address)) {
            return java.util.Optional.of("is not an absolute http or https address (such as https://example.org/post)");
        }
        int hostStart = address.indexOf("://") + 3;
        int hostEnd = hostStart;
        while (hostEnd < address.length() && "/?#".indexOf(address.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        java.util.regex.Matcher port = PORT.matcher(address.substring(hostStart, hostEnd));
        if (port.find() && (port.group(1).length() > 5 || Integer.parseInt(port.group(1)) > 65535)) {
            return java.util.Optional.of("has a port past 65535");
        }
        java.net.URI uri;
        try {
            uri = new java.net.URI(address);
        } catch (java.net.URISyntaxException e) {
            // The first character no part of an address holds unencoded, where there is one; else where the parser stopped,
            // which for a bad host is the host's start.
            int index = indexOfAny(address, "\\{}|^`");
            index = index >= 0 ? index : e.getIndex();
            String at = index >= 0 && index < address.length()
                    ? " (“" + new String(Character.toChars(address.codePointAt(index))) + "” at character "
                            + (address.codePointCount(0, index) + 1) + ")"
                    : "";
            return java.util.Optional.of("has a character an address cannot hold as it is" + at + ": percent-encode it, as a"
                    + " browser's address bar copies it");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            return java.util.Optional.of("names a user before its host (“…@”), which a published address does not");
        }
        for (String part : java.util.Arrays.asList(uri.getRawPath(), uri.getRawQuery(), uri.getRawFragment())) {
            if (part != null && (part.indexOf('[') >= 0 || part.indexOf(']') >= 0)) {
                return java.util.Optional.of("has a bracket (“[” or “]”) after its host, which an address holds only"
                        + " percent-encoded (%5B, %5D)");
            }
        }
        String host = uri.getHost() != null ? uri.getHost() : internationalHost(uri).orElse(null);
        if (host == null) {
            return java.util.Optional.of("has no host a browser could reach");
        }
        if (host.startsWith("[")) {
            return host.indexOf('%') >= 0 ? java.util.Optional.of("names a network interface in its host (“%”), which only"
                    + " the machine it was copied on can reach") : java.util.Optional.empty();
        }
        for (String label : host.split("\\.")) {
            boolean punycode = label.regionMatches(true, 0, "xn--", 0, 4);
            if (label.length() > 63 || punycode && java.net.IDN.toUnicode(label).equalsIgnoreCase(label)) {
                return java.util.Optional.of("has a host name part (“" + shown(label) + "”) no domain can have");
            }
        }
        return java.util.Optional.empty();
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The port at the end of an address's authority (after an IPv6 host's "]", never inside it). */
    private static final Pattern PORT = Pattern.compile(":(\\d+)$");

    /**
     * {@code address} as a message quotes it: its first 80 characters, then "…", with control and
     * formatting characters shown as {@code U+XXXX}, so a message never hides or reorders what it quotes.
     */
    public static String shown(String address) {
        StringBuilder shown = new StringBuilder();
        int count = 0;
        for (int i = 0; i < address.length() && count < 80; count++) {
            int c = address.codePointAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                shown.append(String.format(java.util.Locale.ROOT, "U+%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return count < address.codePointCount(0, address.length()) ? shown + "…" : shown.toString();
    }

    /**
     * The host of {@code uri} in ASCII (Punycode) when its authority, which {@link java.net.URI}
     * reads only in ASCII, is a host name in other letters; empty when it is no host name.
     */
    private static java.util.Optional<String> internationalHost(java.net.URI uri) {
        String authority = uri.getRawAuthority();
        if (authority == null || authority.contains("@")) {
            return java.util.Optional.empty();
        }
        String host = authority.replaceFirst(":\\d+$", "");
        try {
            String ascii = java.net.IDN.toASCII(host, java.net.IDN.USE_STD3_ASCII_RULES);
            return java.util.Optional.ofNullable(ascii.isEmpty() ? null : new java.net.URI("https://" + ascii + "/").getHost());
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }

    /** Where an address stands in a text: {@code text.substring(start, end)} is the address. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }

    /** Every address in {@code text}, in order. */
    public static List<Span> find(String text) {
        if (!mayHoldAddress(text)) {
            return List.of(); // most paragraphs: one pass over the characters instead of the pattern at each
        }
        List<Span> spans = new ArrayList<>();
        Matcher url = URL.matcher(text);
        while (url.find()) {
            spans.add(new Span(url.start(), url.end()));
        }
        return spans;
    }

    /** Whether {@code text} has a "://" or a "www." (in any case), without which {@link #URL} cannot match. */
    private static boolean mayHoldAddress(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ':' && text.startsWith("//", i + 1)) || ((c == 'w' || c == 'W') && text.regionMatches(true, i, "www.", 0, 4))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The address cut where a line may break, following the Chicago Manual of Style: after a
     * colon or a double slash; before a single slash, a tilde, a period, a comma, a
     * hyphen, an underline, a question mark, a number sign or a percent sign; before or after an
     * equals sign or an ampersand. Joined, the pieces are the address.
     */
    public static List<String> pieces(String url) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            char before = url.charAt(i - 1);
            boolean afterDoubleSlash = before == '/' && i >= 2 && url.charAt(i - 2) == '/';
            boolean breakBefore = (c == '/' && before != '/' && (i + 1 >= url.length() || url.charAt(i + 1) != '/'))
                    || "~.,-_?#%=&".indexOf(c) >= 0;
            boolean breakAfter = (before == ':' && c != '/') || afterDoubleSlash || before == '=' || before == '&';
            if ((breakBefore || breakAfter) && i > start) {
                pieces.add(url.substring(start, i));
                start = i;
            }
        }
        pieces.add(url.substring(start));
        return pieces;
    }
}
