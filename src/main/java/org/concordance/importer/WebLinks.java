package org.concordance.importer;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * Where a saved page's links lead, as a document can carry them. A document links only to http,
 * https and mailto addresses, so a relative address is resolved against the page's own address
 * when the page states one ({@link WebMetadata#address}); in-page links, {@code javascript:},
 * {@code data:} and {@code file:} links, and relative ones on a page that states no address keep
 * only their words, and the summary says so. Not thread-safe; one per page.
 */
final class WebLinks {
    /** Where a link's address waits while Readability reads the page. */
    private static final String HREF = "data-concordance-href";
    /** What a browser ignores at an address's ends (C0 controls and space) and within it (tabs and line breaks). */
    private static final Pattern IGNORED = Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$|[\\t\\n\\r]");

    private final Optional<String> page;
    private final Report report;

    /**
     * @param page the page's own address, absolute, when it states one
     * @param report where the links kept without their address are counted
     */
    WebLinks(Optional<String> page, Report report) {
        this.page = page;
        this.report = report;
    }

    /**
     * Moves every link's address out of Readability's way: its clean-up rewrites relative addresses
     * against its own base by rules of its own ("../a" becomes "https://…/../a") and replaces
     * {@code javascript:} links by their text, which would then go unreported. Called once the
     * footnotes, which are found by their in-page links, are out.
     */
    static void shield(Document page) {
        for (Element link : page.select("a[href]")) {
            link.attr(HREF, link.attr("href")).removeAttr("href");
        }
    }

    /**
     * The address {@code link} leads to, when a document can carry it: an http, https or mailto
     * address, a relative one resolved against the page's, with what a browser would percent-encode
     * (spaces, controls, quotes, angle brackets) encoded. Empty for an element that is no link (an
     * anchor without an address) and for a link whose address cannot be carried, which is counted in
     * the summary with the reason.
     */
    Optional<String> address(Element link) {
        if (!link.hasAttr(HREF) && !link.hasAttr("href")) {
            return Optional.empty();
        }
        String written = link.hasAttr(HREF) ? link.attr(HREF) : link.attr("href");
        String href = IGNORED.matcher(written).replaceAll("");
        if (href.isEmpty() || href.startsWith("#")) {
            return notCarried("within the page", "the document does not keep the page's anchors", written);
        }
        Optional<String> scheme = Inline.Link.scheme(href);
        if (scheme.isPresent()) {
            return Inline.Link.SCHEMES.contains(scheme.get()) ? Optional.of(encoded(href))
                    : notCarried("to " + scheme.get() + ":", "a document links only to http, https and mailto addresses", written);
        }
        if (page.isEmpty()) {
            return notCarried("relative to the page", "the page does not state its own address to resolve them against",
                    written);
        }
        String resolved = resolve(page.get(), href);
        if (!Inline.Link.scheme(resolved).filter(Inline.Link.SCHEMES::contains).isPresent()) {
            return notCarried("relative to the page", "they do not resolve against the page's address, " + page.get(),
                    written);
        }
        return Optional.of(encoded(resolved));
    }

    private Optional<String> notCarried(String which, String because, String written) {
        report.linkAsText(which, because, written.strip());
        return Optional.empty();
    }

    /** {@code relative} resolved against the absolute {@code base} as jsoup (and a browser) resolves it; empty if it cannot be. */
    static String resolve(String base, String relative) {
        return new Element(Tag.valueOf("a"), base).attr("href", relative).absUrl("href");
    }

    /**
     * The address with what a browser percent-encodes before it follows a link, and Markdown cannot
     * hold in a link's destination, encoded: spaces and other whitespace, controls, quotation marks
     * and angle brackets (as UTF-8 bytes).
     */
    /**
     * An address as written in a page, as a browser reads it: spaces and control characters at its
     * ends and tabs and line breaks inside it dropped (the URL standard's first step), then what a
     * browser percent-encodes encoded ({@link #encoded}).
     */
    static String cleaned(String written) {
        return encoded(IGNORED.matcher(written).replaceAll(""));
    }

    static String encoded(String address) {
        StringBuilder out = new StringBuilder(address.length());
        address.codePoints().forEach(c -> {
            if (c <= ' ' || c == 0x7F || c == '"' || c == '<' || c == '>' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
                }
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
