package org.concordance.citations;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.output.Citation;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.concordance.content.Document;
import org.concordance.content.Paragraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Elements;

/**
 * Formats works and documents with citeproc-java and the official CSL styles (Chicago notes and
 * bibliography, APA, MLA): as bibliography entries ({@code format}) and as notes or in-text
 * citations with a page or paragraph ({@code note}).
 *
 * <p>citeproc-java 3 is pure Java (no JavaScript engine); it loads a style by its file name from
 * the {@code org.citationstyles:styles} jar on the class path. Parsing a style takes a while, so
 * one processor per style is built on first use and kept; a processor is stateful, so calls to it
 * are serialised, and every result is cached by style and item, which makes repeated page views
 * a map lookup. Thread-safe.
 */
public final class CitationFormatter {
    static final String SHORT_FORM_ONLY = "(short form as cited in the notes; the full reference is not in the library)";
    /** Stands for a document's URL while its entry is formatted; has nothing a style would change. */
    private static final String PLACEHOLDER = "https://concordance.invalid/url-placeholder";
    private final Map<CitationStyle, Engine> engines = new EnumMap<>(CitationStyle.class);
    private final Map<String, FormattedCitation> cache = new ConcurrentHashMap<>();

    private CitationFormatter() {
    }

    /**
     * Builds the processors for every style now (about a second in all), so the first page view
     * does not pay for it. Make one at start-up and share it.
     */
    public static CitationFormatter create() {
        CitationFormatter formatter = new CitationFormatter();
        for (CitationStyle style : CitationStyle.values()) {
            formatter.engine(style);
        }
        return formatter;
    }

    /**
     * A work's bibliography entry. A work known only by its short form is not dressed up as a full
     * reference: the entry is the short form as the note prints it, saying that it is one.
     */
    public FormattedCitation format(Work work, CitationStyle style) {
        Objects.requireNonNull(work, "work");
        if (work.knownOnlyByShortForm()) {
            String shortForm = work.shortForm().orElse(work.authorLine());
            String text = shortForm + " " + SHORT_FORM_ONLY;
            return new FormattedCitation(Objects.requireNonNull(style, "style"),
                    Entities.escape(shortForm) + " <span class=\"short-form-only\">" + Entities.escape(SHORT_FORM_ONLY) + "</span>",
                    text);
        }
        return format(CslItems.item(work), style);
    }

    /**
     * A library document, cited at {@code url} (its page). The entry is formatted once per style
     * with a placeholder address and the URL put in afterwards, so any URL costs a cache lookup.
     */
    public FormattedCitation format(Document document, String url, CitationStyle style) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(url, "url");
        FormattedCitation template = format(CslItems.item(document, PLACEHOLDER), style);
        return new FormattedCitation(style, template.html().replace(PLACEHOLDER, Entities.escape(url)),
                template.text().replace(PLACEHOLDER, url));
    }

    /**
     * A paragraph of a document, cited at its permalink: the document's reference with the
     * permalink as its URL, so a reader lands on the paragraph.
     */
    public FormattedCitation format(Document document, Paragraph paragraph, String permalink, CitationStyle style) {
        checkParagraph(document, paragraph);
        return format(document, permalink, style);
    }

    /**
     * A work as cited in running text: a Chicago footnote, or an APA or MLA in-text citation, with
     * the page cited when there is one ("442", "iv-v").
     */
    public FormattedCitation note(Work work, Optional<String> pinpoint, CitationStyle style) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(pinpoint, "pinpoint");
        if (work.knownOnlyByShortForm()) {
            return format(work, style);
        }
        return cite(CslItems.item(work), pinpoint.orElse(null), CSLLabel.PAGE, style);
    }

    /**
     * A paragraph cited in running text, at its permalink: APA and MLA add "para. N". The Chicago
     * style prints a paragraph locator as a bare number after the date, which reads as a page, so
     * Chicago relies on the permalink alone.
     */
    public FormattedCitation note(Document document, Paragraph paragraph, String permalink, CitationStyle style) {
        checkParagraph(document, paragraph);
        Objects.requireNonNull(permalink, "permalink");
        Objects.requireNonNull(style, "style");
        String locator = style == CitationStyle.CHICAGO ? null : String.valueOf(paragraph.number());
        FormattedCitation template = cite(CslItems.item(document, PLACEHOLDER), locator, CSLLabel.PARAGRAPH, style);
        return new FormattedCitation(style, template.html().replace(PLACEHOLDER, Entities.escape(permalink)),
                template.text().replace(PLACEHOLDER, permalink));
    }

    private static void checkParagraph(Document document, Paragraph paragraph) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(paragraph, "paragraph");
        if (!document.paragraph(paragraph.number()).equals(Optional.of(paragraph))) {
            throw new IllegalArgumentException("paragraph " + paragraph.number() + " is not part of " + document.slug());
        }
    }

    private FormattedCitation format(Map<String, Object> item, CitationStyle style) {
        Objects.requireNonNull(style, "style");
        String key = style + "\u0000entry\u0000" + item;
        return cache.computeIfAbsent(key, k -> engine(style).format(CSLItemData.fromJson(item), style));
    }

    private FormattedCitation cite(Map<String, Object> item, String locator, CSLLabel label, CitationStyle style) {
        Objects.requireNonNull(style, "style");
        String key = style + "\u0000cite\u0000" + locator + "\u0000" + label + "\u0000" + item;
        return cache.computeIfAbsent(key, k -> engine(style).cite(CSLItemData.fromJson(item), locator, label, style));
    }

    private synchronized Engine engine(CitationStyle style) {
        return engines.computeIfAbsent(style, Engine::new);
    }

    /** One CSL processor and the single item it is asked to format. */
    private static final class Engine implements ItemDataProvider {
        private final CSL csl;
        private CSLItemData current;

        Engine(CitationStyle style) {
            try {
                csl = new CSL(this, style.cslName());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the CSL style " + style.cslName() + " from the class path", e);
            }
            csl.setOutputFormat("html");
        }

        synchronized FormattedCitation format(CSLItemData item, CitationStyle style) {
            current = item;
            try {
                // The processor keeps the items it has seen; reset so each entry is formatted alone.
                csl.reset();
                csl.registerCitationItems(item.getId());
                Bibliography bibliography = csl.makeBibliography();
                return result(String.join("", bibliography.getEntries()), style);
            } finally {
                current = null;
            }
        }

        synchronized FormattedCitation cite(CSLItemData item, String locator, CSLLabel label, CitationStyle style) {
            current = item;
            try {
                csl.reset();
                CSLCitationItemBuilder cited = new CSLCitationItemBuilder(item.getId());
                if (locator != null) {
                    cited.locator(locator).label(label);
                }
                List<Citation> citations = csl.makeCitation(new CSLCitation(cited.build()));
                return result(citations.isEmpty() ? "" : citations.get(0).getText(), style);
            } finally {
                current = null;
            }
        }

        private static FormattedCitation result(String html, CitationStyle style) {
            Element entry = Jsoup.parseBodyFragment(html.strip()).body();
            // Plain <i> and <b> instead of inline style attributes, which a strict CSP would block.
            entry.select("span[style*=italic]").forEach(span -> span.tagName("i").removeAttr("style"));
            entry.select("span[style*=bold]").forEach(span -> span.tagName("b").removeAttr("style"));
            Elements divs = entry.select("div.csl-entry");
            String inner = (divs.isEmpty() ? entry.html() : divs.html()).strip();
            return new FormattedCitation(style, inner, Jsoup.parseBodyFragment(inner).text());
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return current != null && current.getId().equals(id) ? current : null;
        }

        @Override
        public Collection<String> getIds() {
            return current == null ? List.of() : List.of(current.getId());
        }
    }
}
