/**
 * The library's source files turned into validated, immutable records: documents with their
 * paragraphs, headings and notes. Every problem found in a file is reported with the file and line,
 * and nothing here touches the database or the web.
 */
package org.concordance.content;
