package org.concordance.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** One file given to {@code import}: its name and bytes, read once, with the checks every format needs. */
final class Input {
    /** Larger inputs are refused before any parsing; a long book is about 1 MB of text. */
    static final long MAX_TEXT_BYTES = 2L * 1024 * 1024;
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final Path path;
    private final byte[] bytes;

    private Input(Path path, byte[] bytes) {
        this.path = path;
        this.bytes = bytes;
    }

    /** Reads {@code path}; fails with the reason when it cannot be read or is empty. */
    static Input read(Path path) throws ImportFailure {
        try {
            if (Files.isDirectory(path)) {
                throw new ImportFailure("it is a folder, not a file");
            }
            long size = Files.size(path);
            if (size > MAX_FILE_BYTES) {
                throw new ImportFailure("it is " + megabytes(size) + "; the importer reads files up to " + megabytes(MAX_FILE_BYTES));
            }
            byte[] bytes = Files.readAllBytes(path);
            if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
                throw new ImportFailure("the file is empty");
            }
            return new Input(path, bytes);
        } catch (NoSuchFileException e) {
            throw new ImportFailure("no such file");
        } catch (AccessDeniedException e) {
            throw new ImportFailure("cannot read the file: permission denied");
        } catch (IOException e) {
            throw new ImportFailure("cannot read the file: " + e.getMessage(), e);
        }
    }

    Path path() {
        return path;
    }

    String fileName() {
        return path.getFileName().toString();
    }

    /** The lower-case extension without its dot ("pdf"), or empty. */
    String extension() {
        String name = fileName();
        int dot = name.lastIndexOf('.');
        return dot < 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    byte[] bytes() {
        return bytes;
    }

    /**
     * The bytes as text: UTF-8 when they are valid UTF-8, otherwise Windows-1252 (what most
     * non-UTF-8 text from Windows and older web pages is) with a warning. Line ends become "\n".
     *
     * @throws ImportFailure when the bytes are not text at all, or too much of it
     */
    String text(Report report) throws ImportFailure {
        return text(report, MAX_TEXT_BYTES);
    }

    /** As {@link #text(Report)}, for files of up to {@code maxBytes} (a web page's markup outweighs its text). */
    String text(Report report, long maxBytes) throws ImportFailure {
        return text(report, maxBytes, Optional.empty());
    }

    /**
     * As {@link #text(Report, long)}, for a file that declares its character set ({@code declared}, a
     * web page's {@code <meta charset>}): read in it, unless the bytes are valid UTF-8 and not all
     * ASCII. Such a page was saved again as UTF-8 with its old declaration kept (bytes of another
     * set are almost never valid UTF-8 by chance); it is read as UTF-8, with a warning.
     */
    String text(Report report, long maxBytes, Optional<Charset> declared) throws ImportFailure {
        Optional<Charset> marked = unicodeMark(bytes);
        if (marked.isPresent()) {
            return markedText(marked.get(), maxBytes);
        }
        String kind = binaryKind();
        if (kind != null) {
            throw new ImportFailure("the file is not text but binary data (" + kind + ")");
        }
        if (bytes.length > maxBytes) {
            throw tooMuchText(bytes.length);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
                if (isAscii(bytes)) {
                    text = new String(bytes, declared.get());
                } else {
                    report.warn("the page declares the character set " + declared.get().name() + ", but its bytes are valid"
                            + " UTF-8 (a page saved again keeps its old declaration); it was read as UTF-8");
                }
            }
        } catch (CharacterCodingException e) {
            Charset charset = declared.orElse(Charset.forName("windows-1252"));
            // A UTF-8 byte-order mark before bytes that are not UTF-8 (an editor's save of mixed text)
            // is no letter in any other character set: left, Windows-1252 made it "ï»¿" in the title.
            int mark = startsWithUtf8Mark(bytes) ? 3 : 0;
            text = new String(bytes, mark, bytes.length - mark, charset);
            if (declared.isEmpty()) {
                report.warn("the file is not valid UTF-8; it was read as Windows-1252 (check accented letters and quotation marks)");
            } else if (text.indexOf('\uFFFD') >= 0) {
                report.warn("some bytes of the page are not " + charset.name() + ", as it declares; they were read as \uFFFD"
                        + " (check the text for it)");
            }
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return unligated(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /**
     * {@code unicode} with the Latin ligatures (U+FB00–U+FB06: "ﬁ", "ﬂ", "ﬀ", "ﬃ", "ﬄ", "ﬅ", "ﬆ")
     * written as their letters: a glyph the typesetter chose, not text, which would otherwise reach
     * titles, citations and exports as "Conﬂict" (and search
     * would not match them as typed). Nothing else is changed. For every format: a PDF's glyphs, and
     * text copied from one.
     */
    static String unligated(String unicode) {
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                StringBuilder out = new StringBuilder(unicode.length() + 2);
                for (int j = 0; j < unicode.length(); j++) {
                    char d = unicode.charAt(j);
                    out.append(d >= '\uFB00' && d <= '\uFB06'
                            ? java.text.Normalizer.normalize(String.valueOf(d), java.text.Normalizer.Form.NFKC) : String.valueOf(d));
                }
                return out.toString();
            }
        }
        return unicode;
    }

    /**
     * The character set a byte-order mark at the start of {@code bytes} names: UTF-16 (what Windows
     * Notepad saves as "Unicode", little-endian) or UTF-32, either byte order; empty without one
     * (UTF-8's mark is read with UTF-8). Their bytes hold NULs, which would otherwise refuse them as
     * binary data, or a text named .pdf as neither a PDF nor text.
     */
    static Optional<Charset> unicodeMark(byte[] bytes) {
        if (startsWith(bytes, "\u00FF\u00FE\u0000\u0000")) {
            return Optional.of(Charset.forName("UTF-32LE"));
        }
        if (startsWith(bytes, "\u0000\u0000\u00FE\u00FF")) {
            return Optional.of(Charset.forName("UTF-32BE"));
        }
        if (startsWith(bytes, "\u00FF\u00FE")) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, "\u00FE\u00FF")) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** The text after a byte-order mark, in the character set it names; refused when the bytes are not that, or too much text. */
    private String markedText(Charset charset, long maxBytes) throws ImportFailure {
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportFailure("the file begins with the byte-order mark of " + charset.name()
                    + " text, but its bytes are not " + charset.name() + "; save it as UTF-8 and import it again");
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        long utf8 = text.getBytes(StandardCharsets.UTF_8).length;
        if (utf8 > maxBytes) {
            throw tooMuchText(utf8);
        }
        return unligated(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** The failure of a text of {@code bytes} bytes, more than the importer takes. */
    private static ImportFailure tooMuchText(long bytes) {
        return new ImportFailure("it is " + megabytes(bytes) + " of text; the importer takes texts up to "
                + megabytes(MAX_TEXT_BYTES) + " (a long book is about 1 MB): split it into parts and import each");
    }

    private static boolean startsWithUtf8Mark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** What binary data the bytes look like, or null when they look like text. */
    private String binaryKind() {
        if (startsWith("%PDF")) {
            return "a PDF; name it .pdf";
        }
        if (startsWith("PK\u0003\u0004")) {
            return "a ZIP archive, such as a Word or OpenDocument file; save it as plain text or PDF";
        }
        if (startsWith("\u0089PNG") || startsWith("\u00FF\u00D8\u00FF") || startsWith("GIF8")) {
            return "an image";
        }
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                // Text saved as UTF-16 without a byte-order mark has a NUL beside every Latin letter.
                return "it holds NUL bytes; if it is text saved as UTF-16 (\"Unicode\" in Windows Notepad), save it as UTF-8";
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 100 > sample ? "it holds control characters" : null;
    }

    private boolean startsWith(String magic) {
        return startsWith(bytes, magic);
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((bytes[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
