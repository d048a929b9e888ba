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

    public static Optional<WorkType> fromCsl(String type) {
        return Arrays.stream(values()).filter(t -> t.csl.equals(type)).findFirst();
    }

    static WorkType of(CitationForm form) {
        return switch (form) {
            case BOOK -> BOOK;
            case JOURNAL_ARTICLE -> JOURNAL_ARTICLE;
            case CHAPTER -> CHAPTER;
            case REPORT -> REPORT;
            case WEB_PAGE -> WEB_PAGE;
            case SHORT_TITLE, SHORT_AUTHOR_PAGE, IBID -> UNKNOWN;
        };
    }
}
