package org.concordance.content;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How deep a YAML text nests, checked before it is parsed: snakeyaml-engine reads a nested
 * collection by recursion and sets no limit, so a line of a few thousand {@code [} (or {@code {a:})
 * ran the thread out of stack, which no content error reported. Content files nest two or three
 * levels; a text nesting past {@link #LIMIT} is refused at the line where it does.
 *
 * <p>Counts flow collections ({@code [ ] { }}) outside quoted scalars and comments, and the
 * block sequences a line opens with {@code - } before its content ({@code - - - x}). Deep block
 * nesting by indentation takes a line as wide as its depth; the parsers' callers also catch a
 * {@link StackOverflowError}, so whatever this misses is still reported, at line 1.
 */
final class YamlNesting {
    /** Deeper than any content file needs, far shallower than the parser's stack allows. */
    static final int LIMIT = 100;

    private YamlNesting() {
    }

    /**
     * An error naming the line where {@code yaml} nests deeper than {@link #LIMIT}, or empty.
     *
     * @param firstLine the file's line number of the text's first line (front matter starts on line 2)
     */
    static Optional<ContentError> tooDeep(Path file, String yaml, int firstLine) {
        int depth = 0;
        int line = 0;
        boolean lineStart = true;
        char quote = 0;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = true;
                if (quote == 0) {
                    continue;
                }
            }
            if (quote != 0) {
                if (c == quote) {
                    if (quote == '\'' && i + 1 < yaml.length() && yaml.charAt(i + 1) == '\'') {
                        i++; // '' is a quote inside a single-quoted scalar
                    } else {
                        quote = 0;
                    }
                } else if (c == '\\' && quote == '"') {
                    i++;
                }
                continue;
            }
            if (c == '#' && (i == 0 || Character.isWhitespace(yaml.charAt(i - 1)))) {
                while (i + 1 < yaml.length() && yaml.charAt(i + 1) != '\n') {
                    i++;
                }
                continue;
            }
            if (lineStart) {
                // A block sequence's entries on one line ("- - - x"): each dash nests one level, for this line only.
                int dashes = 0;
                int j = i;
                while (j < yaml.length() && (yaml.charAt(j) == ' ' || yaml.charAt(j) == '\t'
                        || yaml.charAt(j) == '-' && j + 1 < yaml.length() && yaml.charAt(j + 1) == ' ')) {
                    if (yaml.charAt(j) == '-') {
                        dashes++;
                    }
                    j++;
                }
                if (depth + dashes > LIMIT) {
                    return Optional.of(error(file, firstLine + line, depth + dashes));
                }
                lineStart = false;
            }
            if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                if (++depth > LIMIT) {
                    return Optional.of(error(file, firstLine + line, depth));
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return Optional.empty();
    }

    /** The error for a text the parser ran out of stack on: what {@link #tooDeep} did not see. */
    static ContentError outOfStack(Path file, int firstLine) {
        return new ContentError(file, firstLine, "the YAML nests too deeply to be read (more than " + LIMIT
                + " levels of lists and mappings): content files nest two or three");
    }

    private static ContentError error(Path file, int line, int depth) {
        return new ContentError(file, line, "the YAML nests more than " + LIMIT + " levels of lists and mappings here ("
                + (depth > LIMIT ? "at least " + depth : depth) + "): content files nest two or three");
    }
}
