package org.concordance.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as safe HTML: every character of the text escaped, matches wrapped in
 * {@code <mark>}, and gaps marked with an ellipsis. Collects the matched words on the way.
 */
final class Snippets extends PassageFormatter {
    static final String ELLIPSIS = "\u2026";
    private static final int PLAIN_CHARS = 240;

    /** A formatted snippet and the words in it that matched. */
    record Snippet(String html, List<String> terms) {
    }

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        Set<String> terms = new LinkedHashSet<>();
        int end = 0;
        for (Passage passage : passages) {
            if (passage.getStartOffset() > end || (end == 0 && passage.getStartOffset() > 0)) {
                html.append(html.isEmpty() ? "" : " ").append(ELLIPSIS).append(' ');
            }
            int position = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int stop = passage.getMatchEnds()[i];
                if (start < position) {
                    // The same word matched twice (as written and as a stem): mark it once.
                    continue;
                }
                escape(content, position, start, html);
                html.append("<mark>");
                escape(content, start, stop, html);
                html.append("</mark>");
                terms.add(content.substring(start, stop));
                position = stop;
            }
            escape(content, position, Math.max(position, passage.getEndOffset()), html);
            end = passage.getEndOffset();
        }
        if (end < content.strip().length()) {
            html.append(' ').append(ELLIPSIS);
        }
        return new Snippet(html.toString().strip(), List.copyOf(terms));
    }

    /** The start of a text, escaped and cut at a word near {@code PLAIN_CHARS}, for an entry nothing in which was marked. */
    static Snippet plain(String text) {
        String stripped = text.strip();
        if (stripped.length() <= PLAIN_CHARS) {
            return new Snippet(escape(stripped), List.of());
        }
        int cut = stripped.lastIndexOf(' ', PLAIN_CHARS);
        return new Snippet(escape(stripped.substring(0, cut > 0 ? cut : PLAIN_CHARS)) + " " + ELLIPSIS, List.of());
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escape(text, 0, text.length(), out);
        return out.toString();
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
