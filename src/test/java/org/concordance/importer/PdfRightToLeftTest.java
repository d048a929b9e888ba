package org.concordance.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.concordance.content.Document;
import org.concordance.content.Paragraph;
import org.concordance.content.Title;
import org.concordance.importer.TestPdf.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hebrew and Arabic in a PDF are imported as they are read, not as they are seen: a PDF places each
 * glyph where it stands, and a line read left to right gives them backwards (found by a trial: the
 * title "בריתות בין ארגוני טרור" was imported as "רורט ינוגרא ןיב תותירב", and an Arabic phrase in
 * an English sentence likewise). The pages are drawn as a typesetter draws them: right-to-left text
 * backwards, a number or a Latin word in it left to right, a bracket in it as its mirror image.
 */
class PdfRightToLeftTest {
    @TempDir
    Path folder;

    /** {@code text} as a typesetter draws it right to left: backwards, each bracket mirrored. */
    static String seen(String text) {
        StringBuilder out = new StringBuilder();
        new StringBuilder(text).reverse().codePoints()
                .map(c -> c == '(' ? ')' : c == ')' ? '(' : c)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    @Test
    void aHebrewTitleAndParagraphAreReadRightToLeft() {
        TestPdf pdf = new TestPdf().page(null, null);
        PDFont font = pdf.unicodeFont();
        byte[] bytes = pdf
                .rightAligned(24, new Run(seen("בריתות בין ארגוני טרור"), font, 1, 0))
                .space(12)
                // A number and a Latin word within Hebrew are drawn left to right; the brackets mirrored.
                .rightAligned(TestPdf.BODY, new Run(seen(".") + "2018" + seen(" (חמאס) נוסד לפי המחקר של באקון משנת ")
                        + "Hamas" + seen("ארגון "), font, 1, 0))
                .bytes();
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("hebrew.pdf", bytes)).document();
        assertThat(document.metadata().title().map(Title::plain)).contains("בריתות בין ארגוני טרור");
        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly(
                "ארגון Hamas (חמאס) נוסד לפי המחקר של באקון משנת 2018.");
    }

    /**
     * A Hebrew paragraph starts at the right margin, is indented from the right, and its last line
     * is short on the left: it was split before its last line, taken for an indented first line.
     */
    @Test
    void hebrewParagraphsAreFoundByTheirRightHandIndentsAndLastLines() {
        TestPdf pdf = new TestPdf().page(null, null);
        PDFont font = pdf.unicodeFont();
        byte[] bytes = pdf
                .rightAligned(24, new Run(seen("בריתות בין ארגוני טרור"), font, 1, 0))
                .space(12)
                .rightJustified(0, font, seen("ארגוני טרור משתפים פעולה מסיבות רבות: ארגון חלש מחפש משאבים אצל ארגון חזק,"))
                .rightJustified(0, font, seen("וארגון חזק מחפש שותפים נאמנים באזורים שבהם אין לו נוכחות משלו. שיתוף הפעולה"))
                .rightAligned(TestPdf.BODY, new Run(seen("נמשך לעתים שנים רבות."), font, 1, 0))
                .rightJustified(18, font, seen(" מראה שארגון קטן מצטרף לרוב לארגון שכבר מארח") + "2018" + seen("המחקר של באקון משנת "))
                .rightJustified(0, font, seen("ארגונים אחרים, ושהבריתות האלה נשארות בלתי רשמיות ברוב המקרים שנבדקו"))
                .rightAligned(TestPdf.BODY, new Run(seen("במחקר."), font, 1, 0))
                .bytes();
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("hebrew.pdf", bytes)).document();
        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly(
                "ארגוני טרור משתפים פעולה מסיבות רבות: ארגון חלש מחפש משאבים אצל ארגון חזק, וארגון חזק מחפש שותפים נאמנים"
                        + " באזורים שבהם אין לו נוכחות משלו. שיתוף הפעולה נמשך לעתים שנים רבות.",
                "המחקר של באקון משנת 2018 מראה שארגון קטן מצטרף לרוב לארגון שכבר מארח ארגונים אחרים, ושהבריתות האלה נשארות"
                        + " בלתי רשמיות ברוב המקרים שנבדקו במחקר.");
    }

    /**
     * Chromium draws a bracket in right-to-left text as its mirror image but writes the bracket meant
     * as the glyph's {@code /ActualText}: that one is taken as it is, not mirrored again.
     */
    @Test
    void anArabicLineWithANumberALatinWordAndBracketsIsReadRightToLeft() {
        TestPdf pdf = new TestPdf().page(null, null);
        PDFont font = pdf.unicodeFont();
        byte[] bytes = pdf
                .rightAligned(24, new Run(seen("تحالفات الجماعات المسلحة"), font, 1, 0))
                .space(12)
                .rightAligned(TestPdf.BODY,
                        new Run(seen(" الخلافة."), font, 1, 0),
                        new Run("(", font, 1, 0, ")"),
                        new Run("ISIS", font, 1, 0),
                        new Run(")", font, 1, 0, "("),
                        new Run(seen(" أعلن تنظيم داعش ") + "2014" + seen("في عام "), font, 1, 0))
                .bytes();
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("arabic.pdf", bytes)).document();
        assertThat(document.metadata().title().map(Title::plain)).contains("تحالفات الجماعات المسلحة");
        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly(
                "في عام 2014 أعلن تنظيم داعش (ISIS) الخلافة.");
    }

    /**
     * A line of an Arabic paragraph that cites an English title has more Latin letters than Arabic
     * ones: it is laid out right to left as its paragraph is, and read so (it was read left to right,
     * its Arabic words at the wrong ends of the title).
     */
    @Test
    void anArabicLineThatIsMostlyAnEnglishTitleIsReadInItsParagraphsDirection() {
        TestPdf pdf = new TestPdf().page(null, null);
        PDFont font = pdf.unicodeFont();
        byte[] bytes = pdf
                .rightAligned(24, new Run(seen("تحالفات الجماعات المسلحة"), font, 1, 0))
                .space(12)
                .rightJustified(0, font, seen("يرى كثير من الباحثين أن التحالفات بين الجماعات تقوم على الثقة، ويشرح"))
                .rightJustified(0, font, seen(" لبيكن") + "Why Terrorist Groups Form International Alliances" + seen("كتاب "))
                .rightAligned(TestPdf.BODY, new Run(seen("لماذا تختار الجماعات شركاءها."), font, 1, 0))
                .bytes();
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("arabic.pdf", bytes)).document();
        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly(
                "يرى كثير من الباحثين أن التحالفات بين الجماعات تقوم على الثقة، ويشرح كتاب"
                        + " Why Terrorist Groups Form International Alliances لبيكن لماذا تختار الجماعات شركاءها.");
    }

    /** A line of that kind standing alone, a paragraph of its own, is read in the page's direction. */
    @Test
    void aLoneArabicLineThatIsMostlyAnEnglishTitleIsReadInThePagesDirection() {
        TestPdf pdf = new TestPdf().page(null, null);
        PDFont font = pdf.unicodeFont();
        byte[] bytes = pdf
                .rightAligned(24, new Run(seen("تحالفات الجماعات المسلحة"), font, 1, 0))
                .space(12)
                .rightAligned(TestPdf.BODY, new Run(seen(" لبيكن.") + "Why Terrorist Groups Form International Alliances"
                        + seen("انظر كتاب "), font, 1, 0))
                .bytes();
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("arabic.pdf", bytes)).document();
        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly(
                "انظر كتاب Why Terrorist Groups Form International Alliances لبيكن.");
    }

    /**
     * A citation in brackets within Hebrew keeps the order it was typed in: its year follows the
     * name it is joined to by a comma, as the Unicode algorithm lays them out ("(Bacon, 2018)" was
     * read "(2018 ,Bacon)", each number taken as a run of its own).
     */
    @Test
    void aLatinCitationWithItsYearInAHebrewLineKeepsItsOrder() {
        TestPdf pdf = new TestPdf().page(null, null);
        PDFont font = pdf.unicodeFont();
        byte[] bytes = pdf
                .rightAligned(24, new Run(seen("בריתות בין ארגוני טרור"), font, 1, 0))
                .space(12)
                .rightAligned(TestPdf.BODY, new Run(seen(" מראה שארגון קטן מצטרף לארגון גדול ") + "(Bacon 2018: 45–50)"
                        + seen(" ומחקר נוסף ") + "(Bacon, 2018)" + seen("המחקר של באקון "), font, 1, 0))
                .bytes();
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("hebrew.pdf", bytes)).document();
        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly(
                "המחקר של באקון (Bacon, 2018) ומחקר נוסף (Bacon 2018: 45–50) מראה שארגון קטן מצטרף לארגון גדול");
    }

    @Test
    void anArabicPhraseInAnEnglishSentenceIsReadRightToLeftAndTheSentenceLeftToRight() {
        TestPdf pdf = new TestPdf().page(null, null);
        PDFont font = pdf.unicodeFont();
        byte[] bytes = pdf
                .line(font, 20, "Shared Sanctuary and Militant Alliances")
                .space(12)
                .last(0, new Run("The Arabic term " + seen("ملاذ آمن") + " (safe haven) appears in several statements.",
                        font, 1, 0))
                .bytes();
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("sanctuary.pdf", bytes)).document();
        assertThat(document.metadata().title().map(Title::plain)).contains("Shared Sanctuary and Militant Alliances");
        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly(
                "The Arabic term ملاذ آمن (safe haven) appears in several statements.");
    }
}
