package org.concordance.search;

import java.nio.file.Path;
import java.util.List;
import org.concordance.content.ContentException;
import org.concordance.content.ContentLoader;
import org.concordance.content.Library;

/** The bundled library and the name groups the tests search with. */
final class TestLibrary {
    static final Library BUNDLED = load();

    static final Synonyms SYNONYMS = Synonyms.of(List.of(
            List.of("Al Qaeda", "AQ", "al-Qaeda", "al-Qaida"),
            List.of("Islamic State", "ISIS", "ISIL", "IS", "Daesh"),
            List.of("Japanese Red Army", "JRA"),
            List.of("Abu Nidal Organization", "ANO"),
            List.of("Revolutionary Armed Forces of Colombia", "Revolutionary Armed Forces of Columbia", "FARC"),
            List.of("Irish Republican Army", "IRA")));

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
        return SearchIndex.open(dir, BUNDLED.fingerprint(), Searchables.of(BUNDLED), SYNONYMS);
    }

    static List<String> topIds(SearchIndex index, String query, int n) {
        return index.search(SearchRequest.of(query)).hits().stream().limit(n).map(SearchHit::id).toList();
    }
}
