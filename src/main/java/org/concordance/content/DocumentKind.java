package org.concordance.content;

import java.util.Arrays;
import java.util.Optional;

/** What sort of publication a document is; the code is what content files write. */
public enum DocumentKind {
    JOURNAL_ARTICLE("journal-article", "Journal article"),
    BLOG_POST("blog-post", "Blog post"),
    BOOK_CHAPTER("book-chapter", "Book chapter"),
    REPORT("report", "Report"),
    /** A text whose kind the source does not make clear (an imported file, say): cited as a plain document. */
    DOCUMENT("document", "Document");

    private final String code;
    private final String label;

    DocumentKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /**
     * Whether a document of this kind names its venue in italics, as the citation styles set it:
     * a journal's, a blog's or a book's name is; a report's venue is its institution, and an
     * unknown kind's a site's name, both set in roman.
     */
    public boolean venueInItalics() {
        return this == JOURNAL_ARTICLE || this == BLOG_POST || this == BOOK_CHAPTER;
    }

    public static Optional<DocumentKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(DocumentKind::code).toList());
    }
}
