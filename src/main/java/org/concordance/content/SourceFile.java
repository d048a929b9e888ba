package org.concordance.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a content file as strict UTF-8, so a bad byte is reported with its line instead of becoming
 * U+FFFD; the control characters and noncharacters no page may hold are then dropped
 * ({@link #withoutControls}).
 */
final class SourceFile {
    private SourceFile() {
    }

    /** The file's text, or an error naming the file (and the line, for a bad byte). */
    static Result read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Result(Optional.empty(), Optional.of(new ContentError(file, 0,
                    "cannot read the file: " + ContentError.reason(e))));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            String text = chars.toString().replace("\r\n", "\n");
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new Result(Optional.of(withoutControls(text)), Optional.empty());
        } catch (CharacterCodingException e) {
            return new Result(Optional.empty(), Optional.of(new ContentError(file, lineOfBadByte(bytes),
                    "the file is not valid UTF-8")));
        }
    }

    /**
     * {@code text} without the code points HTML forbids in a page, as text or as a character
     * reference: control characters other than tab, line feed and carriage return (C0, DEL, C1),
     * and noncharacters (U+FDD0–U+FDEF, and the last two of every plane). Text copied from a PDF
     * or a terminal may hold them (a bell, an escape, a NUL); they show as nothing, or as a box,
     * and make the page invalid. U+0085 (next line) becomes a space, as it does in a title
     * ({@code Title#clean}). Nothing else changes: the lines stay where they were, so an error
     * still names its line.
     */
    static String withoutControls(String text) {
        int first = 0;
        while (first < text.length() && !forbidden(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text; // the common case: nothing to drop, no copy
        }
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0085') {
                kept.append(' ');
            } else if (!forbidden(c)) {
                kept.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                int point = Character.toCodePoint(c, text.charAt(i + 1));
                if (!forbidden(point)) {
                    kept.appendCodePoint(point);
                }
                i++;
            }
        }
        return kept.toString();
    }

    /**
     * Whether {@code c} is, or may begin (a high surrogate), a code point {@link #withoutControls}
     * drops.
     */
    private static boolean forbidden(int c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return (c >= 0x7F && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE
                || (c >= 0xD800 && c <= 0xDBFF);
    }

    /** The 1-based line holding the first byte sequence that is not UTF-8. */
    private static int lineOfBadByte(byte[] bytes) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }

    record Result(Optional<String> text, Optional<ContentError> error) {
    }
}
