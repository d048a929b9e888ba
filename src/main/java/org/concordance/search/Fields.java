package org.concordance.search;

/** The names of the index's fields, in one place. */
final class Fields {
    static final String ID = "id";
    static final String KIND = "kind";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String SECTION = "section";
    static final String BODY = "body";
    static final String AUTHORS = "authors";
    /** Title, section, authors and body together: what plain words search. */
    static final String ALL = "all";
    /** The document's slug, exact, for the document filter and {@code doc:}. */
    static final String DOC = "doc";
    static final String DOC_TITLE = "doctitle";
    /** Slug and title of the document joined by {@link #SEPARATOR}, for counting hits per document. */
    static final String DOC_FACET = "docfacet";
    /** Words as written, for spelling suggestions and frequent terms. */
    static final String WORDS = "words";
    static final String SEPARATOR = "\u001F";

    private Fields() {
    }
}
