package org.concordance.citations;

import java.util.Arrays;
import java.util.Optional;

/** What sort of work a reference is, with its names in CSL, BibTeX and RIS. */
public enum WorkType {
    BOOK("book", "book", "BOOK"),
    JOURNAL_ARTICLE("article-journal", "article", "JOUR"),
    CHAPTER("chapter", "incollection", "CHAP"),
    REPORT("report", "techreport", "RPRT"),
    WEB_PAGE("webpage", "online", "ELEC"),
    BLOG_POST("post-weblog", "online", "BLOG"),
    /**
     * A press release: CSL's generic {@code article} with the genre "press release", which the
     * styles print after the title, quoted (CMOS 14.198, APA 10.16 "[Press release]"); biblatex's
     * {@code @misc} with that {@code type}; RIS's own type.
     */
    PRESS_RELEASE("article", "misc", "PRESS"),
    /** Known only by a short form that does not say what the work is. */
    UNKNOWN("document", "misc", "GEN");

    private final String csl;
    private final String bibtex;
    private final String ris;

    WorkType(String csl, String bibtex, String ris) {
        this.csl = csl;
        this.bibtex = bibtex;
        this.ris = ris;
    }

    public String csl() {
        return csl;
    }

    public String bibtex() {
        return bibtex;
    }

    public String ris() {
        return ris;
    }

    /**
     * The type of a CSL type; never {@link #PRESS_RELEASE}, whose CSL type ({@code article}) is
     * every kind of article and which only its genre tells apart.
     */
    public static Optional<WorkType> fromCsl(String type) {
        return Arrays.stream(values()).filter(t -> t != PRESS_RELEASE && t.csl.equals(type)).findFirst();
    }

    /**
     * Whether a Chicago note sets such a work's title in italics (a book, a report) rather than in
     * quotation marks (an article, a chapter, a web page, a post); false for {@link #UNKNOWN}, whose
     * setting is not known.
     */
    boolean italicTitle() {
        return this == BOOK || this == REPORT;
    }

    static WorkType of(CitationForm form) {
        return switch (form) {
            case BOOK -> BOOK;
            case JOURNAL_ARTICLE -> JOURNAL_ARTICLE;
            case CHAPTER -> CHAPTER;
            case REPORT -> REPORT;
            case WEB_PAGE -> WEB_PAGE;
            case BLOG_POST -> BLOG_POST;
            case PRESS_RELEASE -> PRESS_RELEASE;
            case SHORT_TITLE, SHORT_AUTHOR_PAGE, IBID, PLAIN_TITLE -> UNKNOWN;
        };
    }
}
