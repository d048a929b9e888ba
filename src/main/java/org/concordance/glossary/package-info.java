/**
 * What the web layer asks of the glossary: concepts and actors with their mentions, first mentions
 * per section wrapped as links in paragraph HTML, keyword-in-context lines, counts per document,
 * concepts discussed alongside an actor, and related passages across documents. Built from a
 * {@link org.concordance.content.Library}; depends on nothing but the content model and jsoup.
 */
package org.concordance.glossary;
