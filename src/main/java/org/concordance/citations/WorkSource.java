package org.concordance.citations;

/** Where what the library knows about a work comes from. */
public enum WorkSource {
    /** A note cites it in full. */
    FULL_NOTE,
    /** A note cites it by a short form only. */
    SHORT_FORM,
    /** A document's own text names it (an author's biography, a standfirst). */
    DOCUMENT_TEXT,
    /** An editor supplied it in {@code content/references.json}. */
    REFERENCES
}
