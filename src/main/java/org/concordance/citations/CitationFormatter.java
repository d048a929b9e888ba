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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.concordance.content.Document;
import org.concordance.content.Metadata;
import org.concordance.content.Paragraph;
import org.concordance.content.RightToLeft;
import org.concordance.content.Sentences;
import org.concordance.content.Title;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Formats works and documents with citeproc-java and the official CSL styles (Chicago notes and
 * bibliography, APA, MLA): as bibliography entries ({@code format}) and as notes or in-text
 * citations with a page or paragraph ({@code note}).
 *
 * <p>citeproc-java 3 is pure Java (no JavaScript engine); it loads a style by its file name from
 * the {@code org.citationstyles:styles} jar on the class path. Parsing a style takes a while, so
 * one processor per style is built on first use and kept; a processor is stateful, so calls to it
 * are serialised, and every result is cached by style and item, which makes repeated page views
 * a map lookup. Each style gets the item as it needs it ({@link CslItems.Target}): APA titles in
 * sentence case, names arranged around citeproc-java's gaps, italics inside titles put back as
 * {@code <i>} after formatting. Nothing depends on the clock: the same item gives the same bytes.
 * Thread-safe.
 */
public final class CitationFormatter {
    /** What stands where a bibliography entry would, for a work the library knows only by a note's short form. */
    static final String SHORT_FORM_ONLY = "full reference not given in the text";
    /** A single page number, Arabic or Roman: "21", "xiv"; not a range. */
    private static final Pattern ONE_PAGE = Pattern.compile("[0-9]+|(?i)[ivxlcdm]+");
    /** Stands for a document's URL while its entry is formatted; has nothing a style would change. */
    private static final String PLACEHOLDER = "https://concordance.invalid/url-placeholder";
    /**
     * One processor per style, and for MLA a second one for citations of pages ({@link CslStyles}).
     * They depend on nothing of a library, so every formatter shares them, and they can be made
     * before a library is read ({@link #prepareStyles}).
     */
    private static final Map<String, Engine> ENGINES = new ConcurrentHashMap<>();
    private final Map<String, FormattedCitation> cache = new ConcurrentHashMap<>();
    private final SentenceCase sentenceCase;
    private final String siteName;

    private CitationFormatter(SentenceCase sentenceCase, String siteName) {
        this.sentenceCase = Objects.requireNonNull(sentenceCase, "sentenceCase");
        this.siteName = Objects.requireNonNull(siteName, "siteName");
    }

    /**
     * A formatter for one library. The processors of the styles are shared by every formatter and
     * built when first asked for, unless {@link #prepareStyles} built them before, as a start-up
     * does on a thread of its own so the first page view does not pay for them. Make one per
     * library and share it.
     *
     * @param sentenceCase the library's proper names, which APA's sentence-case titles keep
     *     ({@link Bibliography#sentenceCase()})
     * @param siteName the name of the site documents are cited at, for a blog post whose blog the
     *     text does not name (cited as a page of this site)
     */
    public static CitationFormatter create(SentenceCase sentenceCase, String siteName) {
        return new CitationFormatter(sentenceCase, siteName);
    }

    /** The name of the site documents are cited at ({@link #create}). */
    public String siteName() {
        return siteName;
    }

    /**
     * A work's bibliography entry. A work known only by its short form is not dressed up as a full
     * reference, in any style: it is what the short form states of the work (its author, and its
     * title when the short form gives one, as the note prints it), then "full reference not given
     * in the text". Never the page the note cites, which belongs to the note, not to the work.
     */
    public FormattedCitation format(Work work, CitationStyle style) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(style, "style");
        if (work.knownOnlyByShortForm()) {
            return shortFormOnly(work, style);
        }
        CslItems.Target target = CslItems.Target.forStyle(style, true, sentenceCase);
        return format(CslItems.item(work, target), target, style);
    }

    private static FormattedCitation shortFormOnly(Work work, CitationStyle style) {
        StringBuilder html = new StringBuilder(Entities.escape(work.authorLine()));
        StringBuilder text = new StringBuilder(work.authorLine());
        work.title().ifPresent(title -> {
            String separator = text.isEmpty() ? "" : ", ";
            // A short title the note italicises is a book's; one it prints in roman, it quotes.
            boolean quoted = !title.hasItalics();
            html.append(separator).append(quoted ? "“" : "").append(title.html()).append(quoted ? "”" : "");
            text.append(separator).append(quoted ? "“" : "").append(title.plain()).append(quoted ? "”" : "");
        });
        String remark = (text.isEmpty() ? "" : " — ") + SHORT_FORM_ONLY;
        html.append(" <span class=\"short-form-only\">").append(Entities.escape(remark.strip())).append("</span>");
        return new FormattedCitation(style, RightToLeft.isolated(html.toString().strip()), (text + remark).strip());
    }

    /**
     * A library document, cited at {@code url} (its page), or at the address it was published at
     * when it gives one ({@link CslItems#item(Document, String, String, CslItems.Target)}). The
     * entry is formatted once per style with a placeholder address and the URL put in afterwards,
     * so any URL costs a cache lookup.
     */
    public FormattedCitation format(Document document, String url, CitationStyle style) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(style, "style");
        CslItems.Target target = CslItems.Target.forStyle(style, true, sentenceCase);
        return withUrl(format(CslItems.item(document, PLACEHOLDER, siteName, target), target, style), url);
    }

    /**
     * A work as cited in running text: a Chicago footnote, or an APA or MLA in-text citation, with
     * the page cited when there is one ("442", "iv-v").
     */
    public FormattedCitation note(Work work, Optional<String> pinpoint, CitationStyle style) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(pinpoint, "pinpoint");
        Objects.requireNonNull(style, "style");
        if (work.knownOnlyByShortForm()) {
            return format(work, style);
        }
        CslItems.Target target = CslItems.Target.forStyle(style, false, sentenceCase);
        return cite(CslItems.item(work, target), target, pinpoint.orElse(null), CSLLabel.PAGE, style);
    }

    /**
     * A paragraph cited in running text, at its permalink. A text printed on one page (its
     * {@code pages} one number, as the journal excerpt's "21") is cited by that page in every style,
     * as the style guides prefer a page to a paragraph. A text cited at the address it was published
     * at ({@link #citesOriginal}) is cited there with no paragraph number: the numbers are this
     * library's (its standfirst and list items are paragraphs of their own), and the style guides
     * give a paragraph number only as the cited text counts them (MLA 9, 6.18: only where the source
     * numbers them). Otherwise each style adds its paragraph number, as the page at the permalink
     * shows it: Chicago "para. 5", APA "para. 5", MLA "par. 5".
     */
    public FormattedCitation note(Document document, Paragraph paragraph, String permalink, CitationStyle style) {
        checkParagraph(document, paragraph);
        Objects.requireNonNull(permalink, "permalink");
        Objects.requireNonNull(style, "style");
        Optional<String> page = document.metadata().pages().map(String::strip).filter(ONE_PAGE.asMatchPredicate());
        String locator = page.orElse(citesOriginal(document) ? null : String.valueOf(paragraph.number()));
        CSLLabel label = page.isPresent() ? CSLLabel.PAGE : CSLLabel.PARAGRAPH;
        CslItems.Target target = CslItems.Target.forStyle(style, false, sentenceCase);
        return withUrl(cite(CslItems.item(document, PLACEHOLDER, siteName, target), target, locator, label, style),
                permalink);
    }

    /**
     * Whether {@code document} is cited at the address it was published at ({@link Metadata#url}),
     * not at this library's page, and so its paragraphs by no number of this library's.
     */
    public static boolean citesOriginal(Document document) {
        return document.metadata().url().isPresent();
    }

    /** The template with the placeholder, as the style prints a URL ({@link CslItems#printedUrl}), replaced by {@code url}. */
    private static FormattedCitation withUrl(FormattedCitation template, String url) {
        String placeholder = CslItems.printedUrl(PLACEHOLDER, template.style());
        String printed = CslItems.printedUrl(url, template.style());
        String html = template.html().replace(UrlMarkup.breakableUrl(placeholder), UrlMarkup.breakableUrl(printed))
                .replace(placeholder, Entities.escape(printed));
        return new FormattedCitation(template.style(), html, template.text().replace(placeholder, printed));
    }

    private static void checkParagraph(Document document, Paragraph paragraph) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(paragraph, "paragraph");
        if (!document.paragraph(paragraph.number()).equals(Optional.of(paragraph))) {
            throw new IllegalArgumentException("paragraph " + paragraph.number() + " is not part of " + document.slug());
        }
    }

    private FormattedCitation format(Map<String, Object> item, CslItems.Target target, CitationStyle style) {
        List<Title.Run> runs = target.runs();
        String key = style + "\u0000entry\u0000" + item + "\u0000" + runs;
        return cache.computeIfAbsent(key, k -> engine(style, false).format(CSLItemData.fromJson(item), runs, style));
    }

    private FormattedCitation cite(Map<String, Object> item, CslItems.Target target, String locator, CSLLabel label,
            CitationStyle style) {
        List<Title.Run> runs = target.runs();
        String key = style + "\u0000cite\u0000" + locator + "\u0000" + label + "\u0000" + item + "\u0000" + runs;
        boolean pages = locator != null && label == CSLLabel.PAGE;
        Engine engine = engine(style, pages);
        String formatted = pages ? PageRanges.format(locator, engine.pageRangeFormat) : locator;
        return cache.computeIfAbsent(key, k -> engine.cite(CSLItemData.fromJson(item), runs, formatted, label, style));
    }

    /** How many formatted citations are kept: each style's form of each item and locator once, whatever its URL. */
    int kept() {
        return cache.size();
    }

    private static Engine engine(CitationStyle style, boolean pages) {
        // MLA's and Chicago's XML differ for citations of pages (CslStyles); APA's share one processor.
        boolean own = pages && style != CitationStyle.APA;
        return ENGINES.computeIfAbsent(style.code() + (own ? "+pages" : ""), k -> new Engine(style, own));
    }

    /**
     * Builds the processor of every style (about 0.7 s of CPU on a cold JVM), if not built yet: a
     * start-up calls it on a thread of its own, so no page waits for it.
     */
    public static void prepareStyles() {
        for (CitationStyle style : CitationStyle.values()) {
            engine(style, false);
            engine(style, true);
        }
    }

    /** One CSL processor and the single item it is asked to format. */
    private static final class Engine implements ItemDataProvider {
        private final CSL csl;
        /** How the style shortens page ranges, for the pages a citation cites ({@link PageRanges}). */
        private final String pageRangeFormat;
        private CSLItemData current;

        Engine(CitationStyle style, boolean pages) {
            String xml = CslStyles.xml(style, pages);
            pageRangeFormat = CslStyles.pageRangeFormat(xml);
            try {
                csl = new CSL(this, xml);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the CSL style " + style.cslName() + " from the class path", e);
            }
            csl.setOutputFormat("html");
        }

        synchronized FormattedCitation format(CSLItemData item, List<Title.Run> runs, CitationStyle style) {
            current = item;
            try {
                // The processor keeps the items it has seen; reset so each entry is formatted alone.
                csl.reset();
                csl.registerCitationItems(item.getId());
                Bibliography bibliography = csl.makeBibliography();
                return result(String.join("", bibliography.getEntries()), runs, style, item.getURL());
            } finally {
                current = null;
            }
        }

        synchronized FormattedCitation cite(CSLItemData item, List<Title.Run> runs, String locator, CSLLabel label,
                CitationStyle style) {
            current = item;
            try {
                csl.reset();
                CSLCitationItemBuilder cited = new CSLCitationItemBuilder(item.getId());
                if (locator != null) {
                    cited.locator(locator).label(label);
                }
                List<Citation> citations = csl.makeCitation(new CSLCitation(cited.build()));
                return result(citations.isEmpty() ? "" : citations.get(0).getText(), runs, style, item.getURL());
            } finally {
                current = null;
            }
        }

        /** @param url the item's URL as the style prints it, or null */
        private static FormattedCitation result(String html, List<Title.Run> runs, CitationStyle style, String url) {
            Element entry = Jsoup.parseBodyFragment(html.strip()).body();
            // Plain <i> and <b> instead of inline style attributes, which a strict CSP would block.
            entry.select("span[style*=italic]").forEach(span -> span.tagName("i").removeAttr("style"));
            entry.select("span[style*=bold]").forEach(span -> span.tagName("b").removeAttr("style"));
            restoreRuns(entry, runs);
            Elements divs = entry.select("div.csl-entry");
            String inner = UrlMarkup.breakable((divs.isEmpty() ? entry.html() : divs.html()).strip());
            // An address without its scheme (MLA's) and without "www." is not found as one; mark it all the same.
            if (url != null && !inner.contains(UrlMarkup.breakableUrl(url))) {
                inner = inner.replace(Entities.escape(url), UrlMarkup.breakableUrl(url));
            }
            inner = noPeriodAfterTerminal(inner);
            return new FormattedCitation(style, RightToLeft.isolated(inner), Jsoup.parseBodyFragment(inner).text());
        }

        /**
         * {@code html} without the period the style sets after a title that ends a sentence in a
         * script other than Latin ("…الإرهابية؟.”" becomes "…الإرهابية؟”"), as the processor
         * already leaves it out after "?" and "!": it knows only those. Sentence terminals are
         * Unicode's ({@link Sentences#isTerminal}): "؟", "。", "।", "？"…; an ellipsis is not one here.
         */
        static String noPeriodAfterTerminal(String html) {
            StringBuilder out = new StringBuilder(html.length());
            for (int i = 0; i < html.length(); i++) {
                char c = html.charAt(i);
                if (c == '.' && afterForeignTerminal(html, i)) {
                    continue;
                }
                out.append(c);
            }
            return out.toString();
        }

        /** Whether the text before {@code at}, closing quotation marks and tags left aside, ends at a terminal other than ASCII's. */
        private static boolean afterForeignTerminal(String html, int at) {
            int i = at;
            while (i > 0) {
                int before = html.codePointBefore(i);
                if (before == '>') {
                    int open = html.lastIndexOf('<', i - 1);
                    if (open < 0) {
                        return false;
                    }
                    i = open;
                } else if (before == '\u201D' || before == '\u2019' || before == '\u00BB') {
                    i -= Character.charCount(before);
                } else {
                    return before > 0x7F && before != '\u2026' && Sentences.isTerminal(before);
                }
            }
            return false;
        }

        /**
         * Puts each run of a title back where its token stands: an italic run as {@code <i>}, a
         * protected word as text. Inside an italic title (a book named in a book's title) the run is
         * an {@code <i>} within an {@code <i>}, which the stylesheet sets in roman, as the guides ask.
         */
        private static void restoreRuns(Element entry, List<Title.Run> runs) {
            if (runs.isEmpty()) {
                return;
            }
            List<TextNode> texts = new ArrayList<>();
            NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
                if (node instanceof TextNode text && text.getWholeText().indexOf(CslItems.RUN_START) >= 0) {
                    texts.add(text);
                }
            }, entry);
            for (TextNode text : texts) {
                String whole = text.getWholeText();
                StringBuilder plain = new StringBuilder();
                int at = 0;
                for (int start = whole.indexOf(CslItems.RUN_START); start >= 0; start = whole.indexOf(CslItems.RUN_START, at)) {
                    int end = whole.indexOf(CslItems.RUN_END, start);
                    plain.append(whole, at, start);
                    Title.Run run = runs.get(Integer.parseInt(whole.substring(start + 1, end)));
                    if (run.italic()) {
                        flush(plain, text);
                        text.before(new Element("i").appendText(run.text()));
                    } else {
                        plain.append(run.text());
                    }
                    at = end + 1;
                }
                plain.append(whole.substring(at));
                flush(plain, text);
                text.remove();
            }
        }

        private static void flush(StringBuilder plain, TextNode before) {
            if (!plain.isEmpty()) {
                before.before(new TextNode(plain.toString()));
                plain.setLength(0);
            }
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
