package org.concordance.importer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes test PDFs with PDFBox the way a journal typesets a page: running head, justified lines
 * with first-line indents, raised note markers in a smaller size, notes at the page foot, and a
 * page number at the bottom. Positions are in points from the page's top.
 */
final class TestPdf {
    static final PDType1Font ROMAN = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
    static final float LEFT = 72;
    static final float TEXT_WIDTH = 468;
    static final float BODY = 10.5f;
    static final float LEADING = 13;

    /**
     * A run of one line: text in a font, raised or not.
     *
     * @param actualText what the run stands for, written as a marked-content span's
     *     {@code /ActualText} around it (as Chromium writes a ligature), or null
     */
    record Run(String text, PDFont font, float scale, float rise, String actualText) {
        Run(String text, PDFont font, float scale, float rise) {
            this(text, font, scale, rise, null);
        }
    }

    static Run text(String text) {
        return new Run(text, ROMAN, 1, 0);
    }

    static Run italic(String text) {
        return new Run(text, ITALIC, 1, 0);
    }

    /** {@code drawn} in a span whose {@code /ActualText} is {@code actual}: the text it stands for. */
    static Run actual(String drawn, String actual) {
        return new Run(drawn, ROMAN, 1, 0, actual);
    }

    static Run sup(String text) {
        return new Run(text, ROMAN, 0.62f, 3.8f);
    }

    private final PDDocument document = new PDDocument();
    private PDFont unicode;
    private PDPageContentStream stream;
    private float y;

    /** Starts a page with a running head and a page number. */
    TestPdf page(String head, String number) {
        return page(head, number, 760);
    }

    /** {@link #page(String, String)} with the page number {@code numberTop} points from the page's top. */
    TestPdf page(String head, String number, float numberTop) {
        try {
            close();
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            if (head != null) {
                draw(LEFT, 40, 9, List.of(new Run(head, ITALIC, 1, 0)), 0);
            }
            if (number != null) {
                draw(LEFT + TEXT_WIDTH / 2 - 6, numberTop, 9, List.of(text(number)), 0);
            }
            y = 80;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line in {@code size} points of {@code font}, at the current position. */
    TestPdf line(PDFont font, float size, String text) {
        draw(LEFT, y, size, List.of(new Run(text, font, 1, 0)), 0);
        y += size * 1.35f;
        return this;
    }

    /**
     * A line of right-to-left text in {@code size} points, set against the right margin as Hebrew
     * and Arabic are. Each run is drawn as given, left to right: its text is what is seen, so a
     * typesetter's Hebrew is given backwards.
     */
    TestPdf rightAligned(float size, Run... runs) {
        try {
            float width = 0;
            for (Run run : runs) {
                width += run.font().getStringWidth(run.text()) / 1000 * size * run.scale();
            }
            draw(LEFT + TEXT_WIDTH - width, y, size, List.of(runs), 0);
            y += size * 1.35f;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A justified line of right-to-left body text in {@code font}, indented from the right by
     * {@code indent} points: {@code seen}'s words (as they are seen, left to right) spread over the
     * measure. Each word is drawn on its own, as word spacing moves only a one-byte font's spaces.
     */
    TestPdf rightJustified(float indent, PDFont font, String seen) {
        try {
            String[] words = seen.strip().split(" ");
            float natural = 0;
            for (String word : words) {
                natural += font.getStringWidth(word) / 1000 * BODY;
            }
            float space = (TEXT_WIDTH - indent - natural) / (words.length - 1);
            if (space < BODY * 0.25f) {
                throw new IllegalArgumentException("too long for a line: " + seen);
            }
            float x = LEFT;
            for (String word : words) {
                draw(x, y, BODY, List.of(new Run(word, font, 1, 0)), 0);
                x += font.getStringWidth(word) / 1000 * BODY + space;
            }
            y += LEADING;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * DejaVu Sans, embedded: a font with Hebrew and Arabic letters (the standard 14 have none).
     * CI installs it (fonts-dejavu-core); a test using it is skipped where it is missing.
     */
    PDFont unicodeFont() {
        java.nio.file.Path file = java.nio.file.Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(file),
                file + " is missing; right-to-left PDF tests skipped (apt-get install fonts-dejavu-core)");
        try {
            if (unicode == null) {
                unicode = PDType0Font.load(document, file.toFile());
            }
            return unicode;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestPdf space(float points) {
        y += points;
        return this;
    }

    /** A justified line of body text (the full measure), indented by {@code indent} points. */
    TestPdf justified(float indent, Run... runs) {
        drawJustified(LEFT + indent, y, BODY, List.of(runs), TEXT_WIDTH - indent);
        y += LEADING;
        return this;
    }

    /** A paragraph's last line: set at its natural width. */
    TestPdf last(float indent, Run... runs) {
        draw(LEFT + indent, y, BODY, List.of(runs), 0);
        y += LEADING;
        return this;
    }

    /** A note at the page foot, {@code n} lines up from the page number, its label raised. */
    TestPdf footnote(int fromBottom, String label, Run... runs) {
        List<Run> all = new java.util.ArrayList<>();
        if (label != null) {
            all.add(new Run(label, ROMAN, 0.7f, 3));
        }
        all.addAll(List.of(runs));
        draw(LEFT, 740 - fromBottom * 10f, 8, all, 0);
        return this;
    }

    /** A note at {@code top} points from the page's top, its label raised. */
    TestPdf footnoteAt(float top, String label, Run... runs) {
        List<Run> all = new java.util.ArrayList<>();
        all.add(new Run(label, ROMAN, 0.7f, 3));
        all.addAll(List.of(runs));
        draw(LEFT, top, 8, all, 0);
        return this;
    }

    /** A page holding only an image, like a scan. */
    TestPdf imagePage() {
        try {
            close();
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            image.getGraphics().drawString("Scanned text", 20, 50);
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            stream = new PDPageContentStream(document, page);
            stream.drawImage(xobject, 72, 500, 400, 200);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        return save(null);
    }

    /** The PDF encrypted with a user password, as a protected download is. */
    byte[] encrypted(String password) {
        return save(new StandardProtectionPolicy("owner-" + password, password, new AccessPermission()));
    }

    private byte[] save(StandardProtectionPolicy policy) {
        try {
            close();
            if (policy != null) {
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    private void drawJustified(float x, float top, float size, List<Run> runs, float width) {
        try {
            float natural = 0;
            int spaces = 0;
            for (Run run : runs) {
                natural += run.font().getStringWidth(run.text()) / 1000 * size * run.scale();
                spaces += run.text().chars().filter(c -> c == ' ').count();
            }
            draw(x, top, size, runs, spaces == 0 ? 0 : (width - natural) / spaces);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(float x, float top, float size, List<Run> runs, float wordSpacing) {
        try {
            stream.beginText();
            stream.newLineAtOffset(x, PDRectangle.LETTER.getHeight() - top);
            stream.setWordSpacing(wordSpacing);
            for (Run run : runs) {
                stream.setFont(run.font(), size * run.scale());
                stream.setTextRise(run.rise());
                if (run.actualText() != null) {
                    org.apache.pdfbox.cos.COSDictionary span = new org.apache.pdfbox.cos.COSDictionary();
                    span.setString(org.apache.pdfbox.cos.COSName.ACTUAL_TEXT, run.actualText());
                    stream.beginMarkedContent(org.apache.pdfbox.cos.COSName.getPDFName("Span"),
                            org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList.create(span));
                    stream.showText(run.text());
                    stream.endMarkedContent();
                } else {
                    stream.showText(run.text());
                }
            }
            stream.setTextRise(0);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
