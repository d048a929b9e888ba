package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.concordance.content.Concept;
import org.concordance.content.ContentLoader;
import org.concordance.content.EntryKind;
import org.concordance.content.Library;
import org.junit.jupiter.api.Test;

/** The warming queries are made from the library's own names, the same on every run and replica. */
class SearchWarmingTest {
    @Test
    void theQueriesAreTheLibrarysNamesInEveryFormAReaderTypes() throws Exception {
        Library library = new ContentLoader(Path.of("content")).load();
        List<String> queries = SearchWarming.queries(library);

        assertThat(queries).isEqualTo(SearchWarming.queries(new ContentLoader(Path.of("content")).load()));
        assertThat(queries).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(4 * SearchWarming.ROUNDS);
        String organization = library.entities().stream().filter(e -> e.kind() == EntryKind.ORGANIZATION).findFirst()
                .orElseThrow().name();
        String concept = library.concepts().get(0).name();
        assertThat(queries).startsWith(organization, concept, organization + " " + concept, "\"" + concept + "\"");
        assertThat(queries).as("a prefix").anyMatch(q -> q.matches("\\p{L}{4}\\*"));
        assertThat(queries).as("a misspelling of a concept's name: its letters, two swapped")
                .anyMatch(q -> library.concepts().stream().anyMatch(c -> !c.name().equals(q) && c.name().length() == q.length()
                        && sorted(c.name()).equals(sorted(q))));
    }

    @Test
    void aNameOutsideTheBasicPlaneIsNeverCutInHalf() throws Exception {
        Library library = new ContentLoader(Path.of("content")).load();
        Concept first = library.concepts().get(0);
        // A concept named in a script beyond the Basic Multilingual Plane (Adlam: U+1E900…), one letter a surrogate pair.
        Concept adlam = new Concept(first.slug(), "\uD83A\uDD00\uD83A\uDD01\uD83A\uDD02", first.variants(),
                first.phrases(), first.linked(), first.introducedBy(), first.related(), first.definition(),
                first.quotation(), first.bodyHtml());
        List<Concept> concepts = new java.util.ArrayList<>(library.concepts());
        concepts.set(0, adlam);
        Library renamed = new Library(library.documents(), concepts, library.entities(), library.mentions(),
                library.relations(), library.references(), library.fingerprint());
        assertThat(SearchWarming.queries(renamed)).allSatisfy(query -> assertThat(query.codePoints()
                .filter(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)).as("a lone surrogate in " + query)
                .isEmpty());
    }

    @Test
    void aLibraryWithoutEntriesHasNoWarmingQueries() {
        assertThat(SearchWarming.queries(new Library(List.of(), "empty"))).isEmpty();
    }

    private static String sorted(String text) {
        return text.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
