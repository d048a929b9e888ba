package org.concordance.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Prose as the library's Markdown: every character that Markdown would read as markup is escaped,
 * so the content parser's text of a paragraph is the source's text, character for character.
 * Markers become {@code [^label]}; italics become {@code *…*} where Markdown's flanking rules let them
 * read back as italics, and plain text otherwise (the words are kept either way); a link becomes
 * {@code [words](address)}, its address escaped so that it reads back as it was.
 */
final class MarkdownText {
    /** Characters that open or close inline markup anywhere in a line. */
    private static final String ALWAYS = "\\*_`[]<";
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    /** What would start a block at the beginning of a line: heading, quote, list, rule, fence, setext line. */
    private static final Pattern BLOCK_START = Pattern.compile("^(#|>|[-+=~|]|\\d{1,9}[.)])");

    private static final Pattern LITERAL_MARKER = Pattern.compile("\\[\\^[^\\]\\s]+]");

    private MarkdownText() {
    }

    /**
     * Text the content format cannot hold verbatim: it reads "[^x]" in a paragraph's text as a note
     * marker even when escaped, so such text is named here and the import refused rather than changed.
     */
    static java.util.Optional<String> unwritable(Prose prose) {
        for (Inline inline : prose.inlines()) {
            var matcher = LITERAL_MARKER.matcher(inline.words());
            if (matcher.find()) {
                return java.util.Optional.of(matcher.group());
            }
        }
        return java.util.Optional.empty();
    }

    /** One paragraph on one line; with {@code emphasis} false, italics are written as plain text. */
    static String paragraph(Prose prose, boolean emphasis) {
        StringBuilder out = new StringBuilder();
        List<Inline> inlines = prose.inlines();
        for (int i = 0; i < inlines.size(); i++) {
            Inline inline = inlines.get(i);
            String next = i + 1 < inlines.size() ? firstText(inlines.get(i + 1)) : "";
            if (inline instanceof Inline.Text text) {
                appendText(out, text.text(), inlines, i);
            } else if (inline instanceof Inline.Emphasis italic) {
                appendEmphasis(out, italic.text(), next, emphasis, inlines, i);
            } else if (inline instanceof Inline.Link link) {
                int end = Prose.linkEnd(inlines, i);
                appendLink(out, inlines.subList(i, end), link.href(), emphasis);
                i = end - 1;
            } else if (inline instanceof Inline.Marker marker) {
                openBracket(out);
                out.append("[^").append(marker.label()).append(']');
            }
        }
        return out.toString();
    }

    /** Before a {@code [}: "wow![^1]" and "wow![words](…)" must not start an image. */
    private static void openBracket(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) == '!') {
            out.insert(out.length() - 1, '\\');
        }
    }

    /** One link, {@code runs} being its words in and out of italics. */
    private static void appendLink(StringBuilder out, List<Inline> runs, String href, boolean emphasis) {
        openBracket(out);
        out.append('[');
        for (int i = 0; i < runs.size(); i++) {
            Inline.Link run = (Inline.Link) runs.get(i);
            if (run.italic()) {
                // The closing bracket follows the last run; Markdown's flanking rules see it as punctuation.
                appendEmphasis(out, run.text(), i + 1 < runs.size() ? runs.get(i + 1).words() : "]", emphasis, runs, i);
            } else {
                out.append(escape(run.text(), false));
            }
        }
        out.append("](").append(destination(href)).append(')');
    }

    /**
     * A link's address as a Markdown destination that reads back as the address: parentheses and
     * backslashes escaped, and an ampersand that would begin an entity ({@code &amp;}). The address
     * holds no spaces or angle brackets ({@link Inline.Link}).
     */
    static String destination(String href) {
        StringBuilder out = new StringBuilder(href.length() + 8);
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c == '(' || c == ')' || c == '\\' || c == '&' && ENTITY.matcher(href).region(i, href.length()).lookingAt()) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A heading's text after {@code ## }: a closing {@code #} would be dropped, so every one is escaped. */
    static String heading(String text) {
        return escape(Prose.collapse(text).strip(), true).replace("#", "\\#");
    }

    private static void appendText(StringBuilder out, String text, List<Inline> inlines, int index) {
        String escaped = escape(text, out.length() == 0);
        // "[^1](x)" would read as a link, "[^1]:" at a line's start as a note definition.
        if (index > 0 && inlines.get(index - 1) instanceof Inline.Marker && !escaped.isEmpty()
                && (escaped.charAt(0) == '(' || escaped.charAt(0) == ':')) {
            escaped = "\\" + escaped;
        }
        out.append(escaped);
    }

    private static void appendEmphasis(StringBuilder out, String text, String next, boolean emphasis,
            List<Inline> inlines, int index) {
        String inner = text.strip();
        String leading = text.substring(0, text.indexOf(inner.isEmpty() ? text : inner));
        String trailing = text.substring(leading.length() + inner.length());
        char before = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
        char after = !trailing.isEmpty() || next.isEmpty() ? ' ' : next.charAt(0);
        boolean flanks = !inner.isEmpty()
                && !(isWordChar(before) && leading.isEmpty() && isPunctuation(inner.charAt(0)))
                && !(isWordChar(after) && isPunctuation(inner.charAt(inner.length() - 1)));
        if (!emphasis || !flanks) {
            appendText(out, text, inlines, index);
            return;
        }
        out.append(escape(leading, out.length() == 0));
        out.append('*').append(escape(inner, false)).append('*');
        out.append(escape(trailing, false));
    }

    /** Escapes {@code text}; {@code lineStart} when it begins a line, where block markup is read. */
    static String escape(String text, boolean lineStart) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ALWAYS.indexOf(c) >= 0 || c == '&' && ENTITY.matcher(text).region(i, text.length()).lookingAt()) {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = out.toString();
        if (lineStart) {
            String stripped = escaped.stripLeading();
            var start = BLOCK_START.matcher(stripped);
            if (start.find()) {
                int at = start.end() - 1;
                escaped = stripped.substring(0, at) + "\\" + stripped.substring(at);
            } else {
                escaped = stripped;
            }
        }
        return escaped;
    }

    /** What is written first for {@code inline}, as far as italics before it care: a link and a marker open with a bracket. */
    private static String firstText(Inline inline) {
        if (inline instanceof Inline.Text text) {
            return text.text();
        }
        if (inline instanceof Inline.Emphasis italic) {
            return italic.text();
        }
        return inline instanceof Inline.Link || inline instanceof Inline.Marker ? "[" : "";
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return c < 128 ? "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0
                : type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                        || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                        || type == Character.OTHER_PUNCTUATION;
    }
}
