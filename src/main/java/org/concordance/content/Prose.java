package org.concordance.content;

import java.nio.charset.StandardCharsets;

/**
 * The text of paragraphs and notes as it is kept in memory: UTF-8 bytes, and the plain text only
 * when it cannot be read back from the HTML.
 *
 * <p>A library's prose is nearly all ASCII, but one curly quote or dash makes a Java string two
 * bytes a character, so UTF-8 keeps it in about half the space (at 10,000 documents, 142 MB
 * instead of 233 MB); it is decoded on each use, which comes once per page rendered or entry indexed.
 *
 * <p>The plain text is the HTML without its tags and note markers, its four escapes undone and its
 * white space collapsed, for every paragraph and note the content format allows (no raw HTML). So
 * it is kept only when that reading gives something else, which a constructor checks, and is
 * otherwise read from the HTML on each use: at 10,000 documents this took 57 MB out of a live heap
 * of about 360 MB (src/docs/performance-history.md).
 */
final class Prose {
    /** How a note marker's HTML begins: the marker, the number a reader sees, is not in the plain text. */
    static final String MARKER_START = "<sup class=\"noteref\">";
    private static final String MARKER_END = "</sup>";

    private Prose() {
    }

    static byte[] encode(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String decode(byte[] utf8) {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /**
     * What to keep beside {@code html} for {@code text}: null when {@code text} is what
     * {@link #plainText} reads from {@code html}, else its UTF-8 bytes.
     */
    static byte[] textBeside(String html, String text) {
        return text.equals(plainText(html)) ? null : encode(text);
    }

    /** The plain text kept as {@link #textBeside} left it: {@code text} if kept, else read from {@code html}. */
    static String text(byte[] html, byte[] text) {
        return text != null ? decode(text) : plainText(decode(html));
    }

    /**
     * {@code html} as plain text, as {@link Markdown#plainText} makes it from the Markdown: tags and
     * note markers left out, {@code &amp; &lt; &gt; &quot;} read as the characters they escape, runs
     * of white space as one space, none at either end; null for HTML this cannot read (another
     * escape, a tag left open).
     */
    static String plainText(String html) {
        StringBuilder text = new StringBuilder(html.length());
        boolean space = false;
        int length = html.length();
        int i = 0;
        while (i < length) {
            char c = html.charAt(i);
            if (c == '<') {
                String closing = html.startsWith(MARKER_START, i) ? MARKER_END : ">";
                int end = html.indexOf(closing, i);
                if (end < 0) {
                    return null;
                }
                i = end + closing.length();
                continue;
            }
            if (c == '&') {
                char escaped;
                if (html.startsWith("&amp;", i)) {
                    escaped = '&';
                } else if (html.startsWith("&lt;", i)) {
                    escaped = '<';
                } else if (html.startsWith("&gt;", i)) {
                    escaped = '>';
                } else if (html.startsWith("&quot;", i)) {
                    escaped = '"';
                } else {
                    return null;
                }
                i = html.indexOf(';', i) + 1;
                c = escaped;
            } else {
                i++;
            }
            // The white space of Java's \s, which Markdown#plainText collapses.
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (space) {
                text.append(' ');
                space = false;
            }
            text.append(c);
        }
        if (space) {
            text.append(' ');
        }
        return text.toString().strip();
    }
}
