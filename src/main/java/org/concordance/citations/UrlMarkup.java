package org.concordance.citations;

import java.util.ArrayList;
import java.util.List;
import org.concordance.content.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Web addresses in HTML made to fit a narrow screen: each is given break opportunities
 * ({@code <wbr>}) where the Chicago Manual of Style allows a break ({@link Urls#pieces}), and in
 * notes it becomes a link. The markup, which the stylesheet may target:
 * {@code <a class="url" href="ADDRESS">https:<wbr>//www.<wbr>example<wbr>.org…</a>} in notes and
 * {@code <span class="url">…</span>} in formatted citations (which may sit inside a link
 * themselves, and links must not nest). Stateless and thread-safe.
 */
public final class UrlMarkup {
    private UrlMarkup() {
    }

    /** {@code html} (a note) with each address in its text, outside existing links, made a breakable link. */
    public static String linked(String html) {
        return mark(html, true);
    }

    /** {@code html} (a formatted citation) with each address in its text made breakable, not linked. */
    public static String breakable(String html) {
        return mark(html, false);
    }

    /**
     * One address as breakable HTML, {@code <span class="url">…</span>}: what {@link #breakable}
     * makes of it, built without parsing (the formatter puts a document's URL into its cached
     * citation this way on every page).
     */
    static String breakableUrl(String url) {
        return pieces(new StringBuilder("<span class=\"url\">"), url).append("</span>").toString();
    }

    /**
     * One whole address as a breakable link, {@code <a class="url" href="ADDRESS">…</a>}, however it
     * ends (a closing bracket, a period: what {@link #linked} leaves out of an address in running text).
     */
    public static String link(String url) {
        StringBuilder html = new StringBuilder("<a class=\"url\" href=\"").append(Entities.escape(url)).append("\">");
        return pieces(html, url).append("</a>").toString();
    }

    private static StringBuilder pieces(StringBuilder html, String url) {
        List<String> pieces = Urls.pieces(url);
        for (int i = 0; i < pieces.size(); i++) {
            html.append(i > 0 ? "<wbr>" : "").append(Entities.escape(pieces.get(i)));
        }
        return html;
    }

    private static String mark(String html, boolean link) {
        if (!html.contains("://") && !html.contains("www.")) {
            return html;
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text && !insideLink(text)) {
                texts.add(text);
            }
        }, fragment.body());
        for (TextNode text : texts) {
            String whole = text.getWholeText();
            List<Urls.Span> urls = Urls.find(whole);
            if (urls.isEmpty()) {
                continue;
            }
            List<Node> replacement = new ArrayList<>();
            int at = 0;
            for (Urls.Span url : urls) {
                if (url.start() > at) {
                    replacement.add(new TextNode(whole.substring(at, url.start())));
                }
                String address = whole.substring(url.start(), url.end());
                Element element = link
                        ? new Element("a").addClass("url").attr("href", address.matches("(?i)https?://.*") ? address : "https://" + address)
                        : new Element("span").addClass("url");
                List<String> pieces = Urls.pieces(address);
                for (int i = 0; i < pieces.size(); i++) {
                    if (i > 0) {
                        element.appendElement("wbr");
                    }
                    element.appendText(pieces.get(i));
                }
                replacement.add(element);
                at = url.end();
            }
            if (at < whole.length()) {
                replacement.add(new TextNode(whole.substring(at)));
            }
            for (Node node : replacement) {
                text.before(node);
            }
            text.remove();
        }
        return fragment.body().html();
    }

    private static boolean insideLink(Node node) {
        for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
            if (parent instanceof Element element && element.nameIs("a")) {
                return true;
            }
        }
        return false;
    }
}
