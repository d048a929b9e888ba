package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.concordance.content.Entity;
import org.concordance.content.Entry;
import org.concordance.content.EntryKind;
import org.junit.jupiter.api.Test;

/** The people index lists names as a back-of-book index does (CMOS 16.41, 16.71, 16.76). */
class EntryIndexTest {
    private static Entry person(String slug, String name) {
        return new Entity(slug, EntryKind.PERSON, name, List.of(), List.of(), Optional.empty(), List.of());
    }

    private static List<String> listed(List<Entry> people) {
        return new EntryIndex(EntryKind.PERSON, people).letters().stream()
                .flatMap(letter -> letter.items().stream()).map(EntryIndex.Item::label).toList();
    }

    @Test
    void aSuffixFollowsTheInvertedNameAndARulersNumberStaysWithTheName() {
        assertThat(listed(List.of(person("king", "Martin Luther King Jr."), person("abdullah", "Abdullah II"),
                person("baghdadi", "Abu Bakr al-Baghdadi"), person("velde", "Anna van de Velde"), person("bacon", "Tricia Bacon"))))
                .containsExactly("Abdullah II", "Bacon, Tricia", "al-Baghdadi, Abu Bakr", "King, Martin Luther, Jr.",
                        "van de Velde, Anna");
    }
}
