/**
 * The library's scholarly apparatus: footnotes parsed into Chicago-style citations, short forms
 * resolved to works, works and people as a {@link org.concordance.citations.Bibliography}, exports
 * (BibTeX, RIS, CSL-JSON), CSL formatting, and the metadata reference managers read from a page.
 * Depends only on {@code content}; nothing here touches the web or the database.
 */
package org.concordance.citations;
