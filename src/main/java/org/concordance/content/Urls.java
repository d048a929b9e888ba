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
     * Whether {@code address} is an absolute http or https address with a host, without spaces,
     * control characters, quotation marks or angle brackets (which a browser would have
     * percent-encoded), and at most {@link #MAX_ADDRESS} characters: what a document's {@code url}
     * and a saved page's own address must be.
     */
    public static boolean isWebAddress(String address) {
        return address.length() <= MAX_ADDRESS && WEB_ADDRESS.matcher(address).matches()
                && address.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.isSpaceChar(c) || c == '"' || c == '<'
                        || c == '>');
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
