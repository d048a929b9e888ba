package org.concordance.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Prose as the library's Markdown: every character that Markdown would read as markup is escaped,
 * so the content parser's text of a paragraph is the source's text, character for character.
 * Markers become {@code [^label]}; italics become {@code *…*} where Markdown's flanking rules let them
 * read back as italics, and plain text otherwise (the words are kept either way).
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
            String text = inline instanceof Inline.Text t ? t.text() : inline instanceof Inline.Emphasis e ? e.text() : "";
            var matcher = LITERAL_MARKER.matcher(text);
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
            } else if (inline instanceof Inline.Marker marker) {
                // "wow![^1]" must not start an image.
                if (out.length() > 0 && out.charAt(out.length() - 1) == '!') {
                    out.insert(out.length() - 1, '\\');
                }
                out.append("[^").append(marker.label()).append(']');
            }
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

    private static String firstText(Inline inline) {
        if (inline instanceof Inline.Text text) {
            return text.text();
        }
        if (inline instanceof Inline.Emphasis italic) {
            return italic.text();
        }
        return "";
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
