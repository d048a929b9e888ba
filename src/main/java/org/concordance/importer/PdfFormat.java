package org.concordance.importer;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A PDF ({@code .pdf}), read with Apache PDFBox: its glyphs become lines ({@link PdfLines}) and the
 * lines a document ({@link PdfLayout}). An encrypted PDF, one whose owner forbids copying its text,
 * and one that holds only images of pages (a scan without text) are refused with that reason.
 */
final class PdfFormat implements Format {
    /** About two megabytes of text: the same bound as plain text. */
    private static final long MAX_GLYPHS = Input.MAX_TEXT_BYTES;
    /** What a PDF cut short is said to be, refused or imported. */
    private static final String DAMAGED = "the PDF is damaged: it ends before its end-of-file marker, as a download stopped"
            + " early leaves it";

    @Override
    public Layout read(Input input, Report report, Vocabulary vocabulary) throws ImportFailure {
        java.util.Optional<String> other = notAPdf(input.bytes());
        if (other.isPresent()) {
            throw new ImportFailure(other.get());
        }
        boolean cutShort = cutShort(input.bytes());
        try (PDDocument pdf = Loader.loadPDF(input.bytes())) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new ImportFailure("the PDF is encrypted and its owner does not allow copying its text");
            }
            List<PdfText.Page> pages = PdfText.read(pdf, MAX_GLYPHS);
            long glyphs = PdfText.count(pages);
            if (glyphs >= MAX_GLYPHS) {
                throw new ImportFailure("the PDF holds more than " + Input.megabytes(MAX_GLYPHS) + " of text; the importer"
                        + " takes texts up to that size: split it into parts and import each");
            }
            if (pages.stream().allMatch(page -> page.glyphs().stream().allMatch(g -> g.text().isBlank()))) {
                throw new ImportFailure(cutShort ? DAMAGED + ", and no text could be read from what there is; fetch or save it again"
                        : hasImages(pdf)
                        ? "the PDF holds only images of its pages and no text (a scan?): run text recognition (OCR) on it first"
                        : "the PDF holds no text");
            }
            long unmapped = pages.stream().mapToLong(PdfText.Page::unmapped).sum();
            if (unmapped * 4 > glyphs + unmapped) {
                // PDFBox takes such a glyph's code for a letter: "6DQFWXDU\" for "Sanctuary".
                throw new ImportFailure((cutShort ? DAMAGED + ", and" : "the PDF's fonts do not say which letters their glyphs are"
                        + " (they have no Unicode maps), so") + String.format(Locale.ROOT, " %,d of its %,d characters cannot be read as"
                        + " text", unmapped, glyphs + unmapped) + (cutShort ? " (their maps may be in what is missing): fetch or save it again"
                        : ": export it again as PDF from the program that made it, or copy its text and import that"));
            }
            if (cutShort) {
                report.warn(DAMAGED + "; " + pages.size() + (pages.size() == 1 ? " page was" : " pages were") + " read, and what came after"
                        + " is missing: compare the document with the original, or fetch it again and import it with --force");
            }
            Layout layout = PdfLayout.build(pages, report, vocabulary);
            // The language the PDF declares for its text (ISO 32000-1, 14.9.2: the catalog's /Lang).
            layout.facts().language(pdf.getDocumentCatalog().getLanguage());
            return layout;
        } catch (InvalidPasswordException e) {
            throw new ImportFailure("the PDF is encrypted and needs a password to open; save an unprotected copy and import that");
        } catch (IOException e) {
            throw new ImportFailure((cutShort ? DAMAGED + ", and cannot be read (" + e.getMessage() + "); fetch or save it again"
                    : "the file is not a readable PDF (" + e.getMessage() + ")"), e);
        }
    }

    /**
     * Why a file named .pdf is none, when it is none: a PDF's header ("%PDF-") stands within its
     * first 1,024 bytes (ISO 32000-1, 7.5.2, as readers allow); without it, PDFBox's message ("End-of-File,
     * expected line") says nothing a user can act on. A saved web page or a text is named as such, also
     * one saved as UTF-16 or UTF-32 with a byte-order mark (Notepad's "Unicode"), read in that encoding:
     * byte by byte its NULs looked like binary data.
     */
    private static java.util.Optional<String> notAPdf(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.contains("%PDF-")) {
            return java.util.Optional.empty();
        }
        java.util.Optional<java.nio.charset.Charset> marked = Input.unicodeMark(bytes);
        if (marked.isPresent()) {
            head = new String(bytes, 0, Math.min(bytes.length, 1024), marked.get()).replaceFirst("^\uFEFF", "");
        }
        String start = head.replaceFirst("^(?:\u00EF\u00BB\u00BF)?\\s+", "").toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<!--") || start.startsWith("<?xml")
                || start.contains("<head") || start.contains("<body")) {
            return java.util.Optional.of("the file is a web page, not a PDF: name it .html");
        }
        boolean text = head.chars().noneMatch(c -> c == 0 || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f');
        return java.util.Optional.of(text ? "the file is text, not a PDF: name it .txt (or .md)"
                : "the file is not a PDF (it does not begin with %PDF-) and not text either");
    }

    /**
     * Whether a file that begins as a PDF does ends without the "%%EOF" marker a PDF's last line holds
     * (ISO 32000-1, 7.5.5; readers allow up to 1,024 bytes after it, as this does): a file cut short.
     */
    static boolean cutShort(byte[] bytes) {
        if (!new String(bytes, 0, Math.min(bytes.length, 5), java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return false; // not a PDF's header either: not a PDF, rather than a damaged one
        }
        int from = Math.max(0, bytes.length - 1024 - 5);
        String tail = new String(bytes, from, bytes.length - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        return !tail.contains("%%EOF");
    }

    private static boolean hasImages(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    return true;
                }
            }
        }
        return false;
    }
}
