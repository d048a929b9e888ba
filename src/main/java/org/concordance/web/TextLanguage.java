package org.concordance.web;

import com.ibm.icu.util.ULocale;
import org.concordance.content.Document;
import org.concordance.content.Library;
import org.concordance.content.Quotation;
import org.concordance.content.RightToLeft;
import org.jsoup.parser.Parser;

/**
 * How a page marks a document's own words (its title, a passage, a snippet, a quotation) among the
 * site's English ones, on every page that shows them, so that a screen reader speaks them in their
 * language, a browser hyphenates and shapes them by its rules (WCAG 2.2, 3.1.2, language of parts)
 * and a right-to-left title or passage is laid out right to left, isolated from the English around
 * it. Every page template has it as {@code lang} ({@link Views}).
 */
public final class TextLanguage {
    /** The one instance, stateless, that every page is given. */
    static final TextLanguage PAGES = new TextLanguage();

    private TextLanguage() {
    }

    /**
     * The language of {@code document}'s words for their {@code lang} attribute: the BCP 47 tag its
     * metadata states when that is not the page's own (English); null (no attribute) otherwise,
     * including when none is stated.
     */
    public String of(Document document) {
        return document.metadata().language().filter(language -> !ULocale.forLanguageTag(language).getLanguage().equals("en"))
                .orElse(null);
    }

    /**
     * The language of a quotation for its {@code lang} attribute: its document's ({@link #of}) when
     * it is taken from a paragraph of the text; null when from a note, which often cites works in
     * other languages (a note claims none, as on the document page), or when the document is gone.
     */
    public String of(Quotation quotation, Library library) {
        return quotation.paragraph().isEmpty() ? null : library.document(quotation.document()).map(this::of).orElse(null);
    }

    /**
     * The direction of {@code text} (a title, a heading, a paragraph, a note) for its {@code dir}
     * attribute: "rtl" when most of its letters are written right to left (Arabic, Hebrew,
     * Syriac, Thaana…, by their Unicode bidirectional class), null (the page's own, left to right)
     * otherwise. Taken from the text itself, not its stated language: an Arabic text's notes often
     * cite English works, and an English paragraph may open with an Arabic quotation (which
     * {@code dir="auto"}, reading only the first letter, would set right to left).
     */
    public String dir(String text) {
        return RightToLeft.mostly(text) ? "rtl" : null;
    }

    /** As {@link #dir(String)}, of the text of {@code html} (safe HTML: a snippet, a note), its tags left out. */
    public String dirOfHtml(String html) {
        return dir(Parser.unescapeEntities(html.replaceAll("<[^>]*>", ""), false));
    }

    /**
     * {@code document}'s title as HTML (italics kept) for a page other than its own: in a
     * {@code span} saying its language and direction when either differs from the page's, so that
     * it can stand in a line of the site's words ("Title, ¶ 6", "Title, note 3").
     */
    public String title(Document document) {
        return marked(document.metadata().displayTitleHtml(), titleLanguage(document));
    }

    /**
     * The language of {@code document}'s title for its {@code lang} attribute: the document's
     * ({@link #of(Document)}) when the text gives a title; null for the descriptive label that
     * stands in for a missing one, which is the library's own English words.
     */
    public String titleLanguage(Document document) {
        return document.metadata().title().isPresent() ? of(document) : null;
    }

    /** {@code html} (safe HTML: a line of names and a venue) with its right-to-left runs isolated: {@link RightToLeft#isolated}. */
    public String isolated(String html) {
        return RightToLeft.isolated(html);
    }

    /** {@code text} (plain: a name, an author line) escaped, its right-to-left runs isolated: {@link RightToLeft#isolatedText}. */
    public String isolatedText(String text) {
        return RightToLeft.isolatedText(text);
    }

    /**
     * {@code html} (safe HTML: a title with its italics, a snippet with its marks) in a {@code span}
     * saying its language and direction when either differs from the page's; {@code html} itself
     * otherwise. For words set inside a line of the site's own ("Title, ¶ 6").
     */
    public String marked(String html, String language) {
        String direction = dirOfHtml(html);
        if (language == null && direction == null) {
            return html;
        }
        return "<span" + (language == null ? "" : " lang=\"" + language + "\"") + (direction == null ? "" : " dir=\"rtl\"") + ">"
                + html + "</span>";
    }
}
