/**
 * Full-text search over the library with Lucene. The web layer calls one door,
 * {@link org.concordance.search.SearchIndex}; behind it, by concern: the entries that can be found
 * ({@code Searchable}, {@code Searchables}) and how each becomes a Lucene document
 * ({@code EntryDocuments}, each text analysed once for all its fields: {@code Tokens}); the index on
 * disk, built from the entries and stamped with what it was built from ({@code IndexStore}), the
 * entries fed to its writer in order ({@code IndexFeed}), its segments kept in the entries' order
 * ({@code Segments}), and updated in place when few entries changed ({@code IndexUpdate}); the analysis of English prose and names ({@code Analysis},
 * {@code Synonyms}, and a name's word its variants spell two ways searched both ways: {@code Respellings},
 * {@code NameSpellings}); the query as typed ({@code QueryTranslator}, {@code QueryWords}); the entries a
 * query names, shown as cards ({@code NamedEntries}); the order of hits ({@code Ranking}); one pass
 * counting hits for the filters ({@code Counting}); snippets ({@code Highlighting}, {@code Snippets});
 * spelling ({@code Spelling}) and completions ({@code Suggestions}, made once per index and kept
 * inside its folder), both showing a word as the texts spell it ({@code WrittenForms}). It knows nothing of the web.
 */
package org.concordance.search;
