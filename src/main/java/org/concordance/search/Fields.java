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
    /**
     * The words of {@link #WORDS} whose folding changed them, as written (lower case, accents kept),
     * and their unaccented spelling in the same entry: read by {@link WrittenForms}.
     */
    static final String SPELLED = "spelled";
    /** A card's title and other names, through {@link Analysis#names()}: what finds the cards a query may name. */
    static final String NAMES = "names";
    /** Stored: a card's names as written, joined by {@link #SEPARATOR}. */
    static final String NAME_LIST = "namelist";
    /** Stored: each name's words through {@link Analysis#names()}, space-separated, names joined by {@link #SEPARATOR}. */
    static final String NAME_WORDS = "namewords";
    /** The ids of the cards a passage mentions, exact. */
    static final String MENTIONS = "mentions";
    /** How much the entry's words count: {@link Searchable#weight()}, a doc value. */
    static final String WEIGHT = "weight";
    /** How much having every word of a query counts: {@link Ranking#allWordsWeight}, a doc value. */
    static final String ALL_WORDS_WEIGHT = "allwordsweight";
    /** The ids of the concepts a passage defines, exact. */
    static final String DEFINES = "defines";
    /** The entry's place in the order of the entries ({@code IndexFeed.Positioned}), a doc value the index is sorted by. */
    static final String POSITION = "position";
    /** The entry's key, a doc value: its place and parts, hashed ({@link EntryDocuments#key}). */
    static final String KEY = "key";
    /** Exact, on the entries offered as completions ({@link Searchable#suggested()}): read back by {@link Suggestions}. */
    static final String SUGGESTED = "suggested";
    static final String YES = "yes";
    static final String SEPARATOR = "\u001F";

    private Fields() {
    }
}
