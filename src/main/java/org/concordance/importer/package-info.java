/**
 * {@code concordance import}: turns a reader's own files (plain text, saved web pages, PDFs) into
 * documents of the content format, finding title, authors, headings, notes and their markers, and
 * removing the page furniture that copies carry. One {@link org.concordance.importer.Format} per
 * kind of file reads it into units; the shared recognisers decide what each unit is; the writer
 * emits exactly what the content parser reads, and every document is read back through the content
 * loader before it is written. Only the command line uses this package; the web never does.
 */
package org.concordance.importer;
