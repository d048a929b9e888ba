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
    /** The longest part of one passage shown; the sentences chosen are about 200 characters. */
    static final int MAX_PASSAGE_CHARS = 400;

    /** A formatted snippet and the words in it that matched. */
    record Snippet(String html, List<String> terms) {
    }

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        Set<String> terms = new LinkedHashSet<>();
        int end = 0;
        for (Passage passage : passages) {
            int from = from(passage, content);
            int to = to(passage, content, from);
            if (from > end || (end == 0 && from > 0)) {
                html.append(html.isEmpty() ? "" : " ").append(ELLIPSIS).append(' ');
            }
            int position = from;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                int stop = passage.getMatchEnds()[i];
                if (stop > to) {
                    break; // past the part of a long passage shown
                }
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
            escape(content, position, Math.max(position, to), html);
            end = to;
        }
        if (end < content.strip().length()) {
            html.append(' ').append(ELLIPSIS);
        }
        return new Snippet(html.toString().strip(), List.copyOf(terms));
    }

    /**
     * Where the part of {@code passage} shown begins: the passage's start, or in a passage longer
     * than {@link #MAX_PASSAGE_CHARS} (a paragraph without sentence ends, which the sentence breaks
     * cannot cut) the word a quarter of that before its first match.
     */
    private static int from(Passage passage, String content) {
        int from = passage.getStartOffset();
        if (passage.getEndOffset() - from <= MAX_PASSAGE_CHARS || passage.getNumMatches() == 0) {
            return from;
        }
        int first = passage.getMatchStarts()[0];
        int start = Math.max(from, first - MAX_PASSAGE_CHARS / 4);
        if (start > from) {
            int space = content.indexOf(' ', start);
            start = space >= 0 && space < first ? space + 1 : start;
        }
        return Character.isLowSurrogate(content.charAt(start)) ? start + 1 : start;
    }

    /** Where the part of {@code passage} shown from {@code from} ends: at most {@link #MAX_PASSAGE_CHARS} on, at a word. */
    private static int to(Passage passage, String content, int from) {
        int end = passage.getEndOffset();
        if (end - from <= MAX_PASSAGE_CHARS) {
            return end;
        }
        int stop = from + MAX_PASSAGE_CHARS;
        int space = content.lastIndexOf(' ', stop);
        stop = space > from ? space : stop;
        return Character.isLowSurrogate(content.charAt(stop)) ? stop - 1 : stop;
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
