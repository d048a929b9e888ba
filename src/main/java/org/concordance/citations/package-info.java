/**
 * The library's scholarly apparatus: footnotes parsed into Chicago-style citations
 * ({@link org.concordance.citations.NoteParser}; on every core for a large library, in document
 * order: {@code ParsedNotes}), short forms resolved to works and authors
 * ({@link org.concordance.citations.Bibliography}), exports as BibTeX, RIS and CSL-JSON
 * ({@link org.concordance.citations.Exports}), CSL formatting in Chicago, APA and MLA
 * ({@link org.concordance.citations.CitationFormatter}), and the metadata reference managers read
 * from a page ({@link org.concordance.citations.PageMetadata}). Titles keep the italics inside them
 * ({@link org.concordance.citations.Title}) and names their particles
 * ({@link org.concordance.citations.Name}) in every form they are written in.
 *
 * <p>Nothing here is stored: the bibliography is a pure function of the library and
 * {@code content/references.json}, built at start-up (in milliseconds for the bundled library,
 * seconds for 10,000 documents) from the library the catalog
 * hands back, so there is no second copy to keep in step. Built again after an edit, it reuses
 * what the edit cannot have changed: the citations of unchanged notes ({@code Bibliography.Earlier}),
 * the whole of it when only notes' words changed ({@code EditedNotes}), and what each citation
 * resolved to where no lookup can decide otherwise ({@code Replay}), always to the bibliography
 * a build from nothing gives. Depends only on {@code content}; nothing
 * here touches the web or the database. Every public value is immutable and thread-safe.
 */
package org.concordance.citations;
