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

/** Reads a content file as strict UTF-8, so a bad byte is reported with its line instead of becoming U+FFFD. */
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
            return new Result(Optional.of(text), Optional.empty());
        } catch (CharacterCodingException e) {
            return new Result(Optional.empty(), Optional.of(new ContentError(file, lineOfBadByte(bytes),
                    "the file is not valid UTF-8")));
        }
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
