/**
 * Full-text search over the library with Lucene: the entries that can be found, the analysis of
 * English prose, the on-disk index and its queries, highlighting, "did you mean" and suggestions.
 * It knows nothing of the web; the web layer calls {@link org.concordance.search.SearchIndex}.
 */
package org.concordance.search;
