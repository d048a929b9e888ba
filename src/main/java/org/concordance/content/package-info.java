/**
 * The library's source files turned into validated, immutable records: documents with their
 * paragraphs, headings and notes; the glossary of concepts ({@code concepts/*.md}) and actors
 * ({@code organizations.yaml}, {@code people.yaml}); and every mention of a concept or actor in the
 * paragraphs and notes. Every problem found in a file is reported with the file and line, and
 * nothing here touches the database or the web.
 *
 * <p>A concept file is YAML front matter ({@code name}, {@code variants}, {@code introduced_by:
 * {author, work}}, {@code related}, {@code definition}, {@code quote: {text, document, paragraph |
 * note}}) and a Markdown body. The quote must stand verbatim in the cited paragraph or note.
 *
 * <p>Two helpers for long work over a library, used by the packages built on this one: how far it
 * has got ({@code Progress}) and work made item by item on other threads, taken in order
 * ({@code InOrder}). The content's fingerprint, which tells a start whether anything changed, is
 * taken with each file's digest as last read ({@code FileDigests}): a file whose state on disk
 * is unchanged is not read again. A file written beside its place is put over it in one step
 * ({@code AtomicReplace}), for every package that keeps files.
 */
package org.concordance.content;
