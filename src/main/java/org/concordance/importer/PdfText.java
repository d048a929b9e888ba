package org.concordance.importer;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs of a PDF, page by page, with where each stands and in which font and size: what
 * {@link PdfLines} needs to rebuild lines, find raised note markers and tell headings from text.
 * PDFBox's own text output is not used; it loses the sizes and rises that mark notes.
 */
final class PdfText extends PDFTextStripper {
    /**
     * One glyph.
     *
     * @param x left edge, in points from the page's left
     * @param y baseline, in points from the page's top
     * @param size font size in points
     * @param written its text is its span's {@code /ActualText}, the text as written rather than the
     *     glyph drawn: a bracket in right-to-left text is the one meant, not its mirror image (as
     *     Chromium writes each there)
     */
    record Glyph(String text, float x, float y, float width, float size, boolean bold, boolean italic, boolean written) {
        float right() {
            return x + width;
        }
    }

    /**
     * One page's glyphs, in the order the page draws them.
     *
     * @param unmapped how many glyphs a font maps to no text (no Unicode map, no encoding PDFBox
     *     knows) and whose code PDFBox took for a control character, left out of {@code glyphs}: the
     *     sure sign of such a font (its other codes come out as letters that are not the glyphs',
     *     "6DQFWXDU" for "Sanctuary"; a font whose codes are its letters is not counted)
     */
    record Page(int number, float width, float height, List<Glyph> glyphs, int unmapped) {
        Page {
            glyphs = List.copyOf(glyphs);
        }
    }

    private final List<Page> pages = new ArrayList<>();
    private final long maxGlyphs;
    private List<Glyph> current = new ArrayList<>();
    private int unmapped;
    private long glyphCount;
    private float width;
    private float height;
    /**
     * The marked-content sequences open, each with its {@code /ActualText} or null: a span with one
     * stands for its glyphs (a ligature drawn from a glyph the font maps to no text, as Chromium
     * writes "ﬁ"), as in PDFBox's own text output.
     */
    private final Deque<java.util.Optional<String>> marked = new ArrayDeque<>();
    /** The text of the innermost span with an {@code /ActualText}, until a glyph of it has taken it. */
    private String actualText;
    private boolean actualTextTaken;

    private PdfText(long maxGlyphs) throws IOException {
        this.maxGlyphs = maxGlyphs;
        setSortByPosition(true);
    }

    /**
     * Every page's glyphs.
     *
     * @param maxGlyphs stop once this many are read (a guard against enormous files); the caller
     *     compares the count with it
     */
    static List<Page> read(PDDocument pdf, long maxGlyphs) throws IOException {
        PdfText text = new PdfText(maxGlyphs);
        text.getText(pdf);
        return text.pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        current = new ArrayList<>();
        unmapped = 0;
        width = page.getCropBox().getWidth();
        height = page.getCropBox().getHeight();
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        pages.add(new Page(pages.size() + 1, width, height, current, unmapped));
        super.endPage(page);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        String actual = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
        marked.push(java.util.Optional.ofNullable(actual));
        if (actual != null) {
            actualText = actual.replace("\u00ad", ""); // soft hyphens, as PDFBox does
            actualTextTaken = false;
        }
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        if (!marked.isEmpty() && marked.pop().isPresent()) {
            actualText = null;
        }
        super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition position) {
        if (glyphCount > maxGlyphs) {
            return;
        }
        String unicode = position.getUnicode();
        boolean written = actualText != null;
        if (written) {
            // The span's first glyph stands for its text; the others are part of it.
            unicode = actualTextTaken ? "" : actualText;
            actualTextTaken = true;
        }
        PDFont font = position.getFont();
        String text = withoutControls(unicode);
        if (actualText == null && text.length() < unicode.length()) {
            unmapped++;
        }
        if (text.isEmpty()) {
            return;
        }
        glyphCount++;
        unicode = Input.unligated(text);
        String name = font == null || font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        boolean bold = name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold");
        boolean italic = name.contains("italic") || name.contains("oblique");
        current.add(new Glyph(unicode, position.getXDirAdj(), position.getYDirAdj(), position.getWidthDirAdj(),
                position.getFontSizeInPt(), bold, italic, written));
    }

    /**
     * {@code unicode} without control characters (C0, DEL, C1): what PDFBox gives for a character code
     * a font maps to no text, which it takes as the code itself (a PDF cut short before its fonts'
     * Unicode maps gives "\u0000\u0014" for "1"); no text holds them. Empty for null.
     */
    static String withoutControls(String unicode) {
        if (unicode == null) {
            return "";
        }
        if (unicode.chars().noneMatch(Character::isISOControl)) {
            return unicode;
        }
        StringBuilder kept = new StringBuilder(unicode.length());
        unicode.codePoints().filter(c -> !Character.isISOControl(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** How many glyphs were read, to compare with the limit. */
    static long count(List<Page> pages) {
        return pages.stream().mapToLong(p -> p.glyphs().size()).sum();
    }
}
