package org.concordance.content;

/** What a glossary entry is: an idea, or an actor that the texts name. */
public enum EntryKind {
    CONCEPT("concepts"), ORGANIZATION("organizations"), PERSON("people");

    private final String path;

    EntryKind(String path) {
        this.path = path;
    }

    /** The URL folder of the entry's pages: {@code /concepts}, {@code /organizations}, {@code /people}. */
    public String path() {
        return path;
    }

    public String href(String slug) {
        return "/" + path + "/" + slug;
    }
}
