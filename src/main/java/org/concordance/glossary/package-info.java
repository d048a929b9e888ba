/**
 * What the web layer asks of the glossary: concepts and actors with their mentions, each entry's
 * first mention by name in a document wrapped as a link in paragraph HTML, one keyword-in-context
 * line per paragraph or note, counts per document, concepts discussed alongside an actor, and
 * related passages across documents shown by their sentences. Built from a
 * {@link org.concordance.content.Library}; depends on nothing but the content model, jsoup and
 * ICU4J (sentence boundaries).
 */
package org.concordance.glossary;
