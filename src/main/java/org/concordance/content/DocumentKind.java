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

    public static Optional<DocumentKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(DocumentKind::code).toList());
    }
}
