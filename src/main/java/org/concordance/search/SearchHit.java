package org.concordance.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One result.
 *
 * @param snippetHtml safe HTML: the entry's text, escaped, with {@code <mark>} around the matches
 * @param matchedTerms the words of the text that matched, as they appear in it, for highlighting on
 *     the landing page
 */
public record SearchHit(String kind, String id, String title, Optional<String> documentSlug,
        Optional<String> documentTitle, Optional<String> section, String url, String snippetHtml,
        List<String> matchedTerms, float score) {

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(documentSlug, "documentSlug");
        Objects.requireNonNull(documentTitle, "documentTitle");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(snippetHtml, "snippetHtml");
        matchedTerms = List.copyOf(matchedTerms);
    }
}
