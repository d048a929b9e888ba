package org.concordance.search;

import java.nio.file.Path;
import java.util.List;
import org.concordance.content.ContentException;
import org.concordance.content.ContentLoader;
import org.concordance.content.Library;
import org.concordance.content.Progress;

/** The bundled library, indexed as the app indexes it (its cited works aside). */
final class TestLibrary {
    static final Library BUNDLED = load();

    /** The library's own names, as the app uses them. */
    static final Synonyms SYNONYMS = Synonyms.of(BUNDLED.nameGroups());

    private TestLibrary() {
    }

    private static Library load() {
        try {
            return new ContentLoader(Path.of("content")).load();
        } catch (ContentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static SearchIndex open(Path dir) {
        return SearchIndex.open(dir, BUNDLED.fingerprint(), () -> Searchables.of(BUNDLED), SYNONYMS, Progress.NONE);
    }

    static List<String> topIds(SearchIndex index, String query, int n) {
        return index.search(SearchRequest.of(query)).hits().stream().limit(n).map(SearchHit::id).toList();
    }
}
