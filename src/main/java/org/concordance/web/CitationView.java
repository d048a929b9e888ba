package org.concordance.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.concordance.citations.Bibliography;
import org.concordance.citations.CitationFormatter;
import org.concordance.citations.CitationStyle;
import org.concordance.citations.FormattedCitation;
import org.concordance.citations.LibraryCopies;
import org.concordance.citations.Mention;
import org.concordance.citations.MetaTag;
import org.concordance.citations.PageMetadata;
import org.concordance.citations.Person;
import org.concordance.citations.ResolvedCitation;
import org.concordance.citations.ResolvedNote;
import org.concordance.citations.UrlMarkup;
import org.concordance.citations.Work;
import org.concordance.content.Document;
import org.concordance.content.Library;
import org.concordance.content.Note;
import org.concordance.content.Paragraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The citation parts of a document page: "Cite this" for the document and each paragraph, the
 * resolved works behind each note, links from the works a paragraph names to their pages, and the
 * metadata reference managers read. Everything absolute is built from the site's {@link BaseUrl},
 * never from the request, so one cached page is right for every reader.
 */
public final class CitationView {
    static final DateTimeFormatter ACCESSED = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private final Document document;
    private final Library library;
    private final Bibliography bibliography;
    private final CitationFormatter formatter;
    private final BaseUrl baseUrl;
    /**
     * {@link #works(Note)} by note label: a page asks for each note's, then for all of them
     * ({@link #bibliography()}). A view is made for one page's render, on one thread.
     */
    private final Map<String, List<NoteWork>> worksByNote = new HashMap<>();
    /** {@link #bibliography()}, which a page asks for three times: made on the first. */
    private List<NoteWork> documentBibliography;

    CitationView(Document document, Library library, Bibliography bibliography, CitationFormatter formatter, BaseUrl baseUrl) {
        this.document = document;
        this.library = library;
        this.bibliography = bibliography;
        this.formatter = formatter;
        this.baseUrl = baseUrl;
    }

    /** The document page's canonical URL. */
    public String url() {
        return baseUrl.resolve("/documents/" + document.slug());
    }

    /** Whether the citations give the address the text was published at, and its paragraphs no number ({@link CitationFormatter#citesOriginal}). */
    public boolean citesOriginal() {
        return CitationFormatter.citesOriginal(document);
    }

    /** The document for a reference manager: BibTeX, RIS and CSL-JSON, beside its page. */
    public List<WorkView.Download> downloads() {
        return WorkView.downloads("/documents/" + document.slug());
    }

    public List<MetaTag> metaTags() {
        return PageMetadata.metaTags(document, url(), formatter.siteName());
    }

    public String coins() {
        return PageMetadata.coins(document, url());
    }

    public String jsonLd() {
        return PageMetadata.jsonLd(document, url());
    }

    /** The document's reference in each style. */
    public List<Cited> document() {
        return Arrays.stream(CitationStyle.values())
                .map(style -> new Cited(style, "cite-doc-" + style.code(), Optional.empty(), formatter.format(document, url(), style),
                        accessedNote()))
                .toList();
    }

    /**
     * What an access date in these citations means: the day the text was taken into the library,
     * never the day of reading, so every copy of the page is the same.
     */
    private Optional<String> accessedNote() {
        return document.metadata().accessed().map(day -> "Where a style gives an access date (“Accessed”, “Retrieved”), it is "
                + "the day this text was taken into the library, " + ACCESSED.format(day) + ".");
    }

    /**
     * The note's HTML with each web address in it a link whose text can break on a narrow screen:
     * {@code <a class="url" href="…">https:<wbr>//…</a>} ({@link UrlMarkup}).
     */
    public String noteHtml(Note note) {
        return UrlMarkup.linked(note.html());
    }

    /**
     * A paragraph cited at its permalink, in each style: the note or in-text form, which locates the
     * paragraph (a Chicago note by the permalink, APA and MLA by "para."), then the full reference,
     * which is the whole text's, as the guides list a work once however many places are cited.
     */
    public List<Cited> paragraph(Paragraph paragraph) {
        String permalink = url() + "#" + paragraph.anchor();
        List<Cited> cited = new ArrayList<>();
        for (CitationStyle style : CitationStyle.values()) {
            String id = "cite-" + paragraph.anchor() + "-" + style.code();
            cited.add(new Cited(style, id, Optional.of(formatter.note(document, paragraph, permalink, style)),
                    formatter.format(document, url(), style), accessedNote()));
        }
        return cited;
    }

    /**
     * A paragraph as a quotation: its HTML with its emphasis (a work's title in italics) but without
     * its note markers, links or ids, for the paragraph's citation page.
     */
    public String quotation(Paragraph paragraph) {
        org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(paragraph.html());
        fragment.outputSettings().prettyPrint(false);
        Element body = fragment.body();
        body.select("sup.noteref").remove();
        body.select("a").unwrap();
        body.select("[id]").removeAttr("id");
        return body.html();
    }

    /** How many of an author's documents a note names at most; past that, it links to the author's page. */
    static final int LISTED_DOCUMENTS = 2;

    /**
     * The works a note cites, each with its Chicago reference and its authors' other documents in the
     * library: each named when there are at most {@value #LISTED_DOCUMENTS}, else the number of all
     * their documents (as their page counts them), linking to where they are listed.
     */
    public List<NoteWork> works(Note note) {
        return worksByNote.computeIfAbsent(note.label(), label -> worksOf(note));
    }

    private List<NoteWork> worksOf(Note note) {
        List<NoteWork> works = new ArrayList<>();
        for (ResolvedCitation citation : bibliography.note(document.slug(), note.label()).map(ResolvedNote::citations).orElse(List.of())) {
            citation.work().filter(work -> works.stream().noneMatch(w -> w.work().equals(work))).ifPresent(work -> {
                List<AuthorDocuments> documents = new ArrayList<>();
                for (Person author : bibliography.authorsOf(work)) {
                    // One more than are named tells whether to name them: a prolific author's thousands are not read.
                    List<Document> others = author.documents().stream().filter(slug -> !slug.equals(document.slug()))
                            .flatMap(slug -> library.document(slug).stream()).limit(LISTED_DOCUMENTS + 1).toList();
                    if (others.size() > LISTED_DOCUMENTS) {
                        // A prolific author's documents are listed on their page, not under every note citing them.
                        documents.add(new AuthorDocuments(author.name().display(), List.of(new DocumentLink(
                                author.documents().size() + " documents", writingOf(author, library)))));
                    } else if (!others.isEmpty()) {
                        documents.add(new AuthorDocuments(author.name().display(), others.stream()
                                .map(d -> new DocumentLink(TextLanguage.PAGES.title(d), "/documents/" + d.slug())).toList()));
                    }
                }
                works.add(new NoteWork(work, formatter.format(work, CitationStyle.CHICAGO), documents,
                        citation.citation().form().isShort(), inLibrary(work, library, bibliography)));
            });
        }
        return List.copyOf(works);
    }

    /**
     * The document's bibliography: every work its notes cite, once, resolved (a short form to the
     * work it stands for), in Chicago style and alphabetical order, as a bibliography is printed.
     */
    public List<NoteWork> bibliography() {
        if (documentBibliography == null) {
            documentBibliography = bibliographyOf();
        }
        return documentBibliography;
    }

    private List<NoteWork> bibliographyOf() {
        List<NoteWork> entries = new ArrayList<>();
        for (Note note : document.notes()) {
            for (NoteWork work : works(note)) {
                if (entries.stream().noneMatch(e -> e.work().equals(work.work()))) {
                    entries.add(work);
                }
            }
        }
        entries.sort(java.util.Comparator.comparing((NoteWork e) -> e.reference().text(), org.concordance.content.Collation.NAMES));
        return List.copyOf(entries);
    }

    /**
     * {@code html} (the paragraph's HTML, perhaps already decorated by another view) with each work
     * the paragraph names wrapped in a link to the work's page. Links already inside the title give
     * way, so links never nest.
     */
    public String linkWorks(Paragraph paragraph, String html) {
        List<Mention> mentions = bibliography.mentionsIn(document.slug()).stream()
                .filter(m -> m.paragraph() == paragraph.number()).toList();
        if (mentions.isEmpty()) {
            return html;
        }
        org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        Element body = fragment.body();
        for (Mention mention : mentions) {
            bibliography.work(mention.workSlug()).ifPresent(work -> {
                for (Element em : body.select("em, i")) {
                    if (em.text().strip().equals(mention.text().strip()) && em.closest("a") == null) {
                        em.select("a").unwrap();
                        em.wrap("<a class=\"work-mention\"></a>");
                        em.parent().attr("href", work.path());
                        break;
                    }
                }
            });
        }
        return body.html();
    }

    /** The library's document that is {@code work}, linked, when it is one ({@link LibraryCopies}). */
    static Optional<DocumentLink> inLibrary(Work work, Library library, Bibliography bibliography) {
        return LibraryCopies.of(work, bibliography, library)
                .map(d -> new DocumentLink(TextLanguage.PAGES.title(d), "/documents/" + d.slug()));
    }

    /**
     * Where a reader finds everything {@code author} wrote in the library: their page when the
     * library lists them, else a search for their name as author.
     */
    static String writingOf(Person author, Library library) {
        return library.entity(author.slug()).isPresent() ? author.path()
                : "/search?q=" + java.net.URLEncoder.encode("author:\"" + author.name().display() + "\"",
                        java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * One citation in one style, with the id its copy button points at.
     *
     * @param accessed what an access date in the citation means, for a document that has one
     */
    public record Cited(CitationStyle style, String id, Optional<FormattedCitation> note, FormattedCitation reference,
            Optional<String> accessed) {
        /** What the style calls a short citation in running text. */
        public String noteLabel() {
            return style == CitationStyle.CHICAGO ? "Note" : "In text";
        }

        /** What the style calls its list of references. */
        public String referenceLabel() {
            return switch (style) {
                case CHICAGO -> "Bibliography";
                case APA -> "Reference list";
                case MLA -> "Works cited";
            };
        }
    }

    /**
     * A work a note cites.
     *
     * @param shortForm true when the note cites it by a short form ("Byman, “Breaking the Bonds.”",
     *     "Ibid."), so a printed copy adds the reference the short form stands for
     * @param inLibrary the library's document that is the work, when it is one
     */
    public record NoteWork(Work work, FormattedCitation reference, List<AuthorDocuments> authorDocuments, boolean shortForm,
            Optional<DocumentLink> inLibrary) {
    }

    /**
     * What an author of a cited work wrote in the library, for "By A, who wrote X and Y in this
     * library": one or two documents, or one link reading "13 documents".
     */
    public record AuthorDocuments(String author, List<DocumentLink> links) {
        public AuthorDocuments {
            links = List.copyOf(links);
        }
    }

    /**
     * A link in {@link AuthorDocuments}: a document's title (as HTML, italics inside it kept) and
     * page, or "13 documents" and where they are listed.
     */
    public record DocumentLink(String html, String href) {
    }
}
