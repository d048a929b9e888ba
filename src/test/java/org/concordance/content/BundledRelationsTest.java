package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled relations.yaml: every quote verbatim, character for character, and the relations the texts state. */
class BundledRelationsTest {
    private static final Library LIBRARY = load();

    private static Library load() {
        try {
            return new ContentLoader(Path.of("content")).load();
        } catch (ContentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static List<String> ids(String organization) {
        return LIBRARY.relations().stream().filter(r -> r.involves(organization)).map(Relation::id).toList();
    }

    @Test
    void everyQuoteStandsInItsPassageExactlyWithTheTextsTypographicQuotes() {
        assertThat(LIBRARY.relations()).isNotEmpty();
        for (Relation relation : LIBRARY.relations()) {
            for (Quotation quote : relation.evidence()) {
                Document document = LIBRARY.document(quote.document()).orElseThrow();
                String passage = quote.paragraph().isPresent()
                        ? document.paragraph(quote.paragraph().getAsInt()).orElseThrow().text()
                        : document.note(quote.note().orElseThrow()).orElseThrow().text();
                // Stricter than `check`, which folds quotes and spacing: the bundled texts are quoted exactly.
                assertThat(passage).as(relation.id()).contains(quote.text());
            }
        }
    }

    @Test
    void hezbollahHasThreePartnersATacticalPartnerAndOneRival() {
        assertThat(ids("hezbollah")).containsExactlyInAnyOrder("hezbollah-rivalry-amal",
                "hezbollah-cooperation-abu-nidal-organization", "hezbollah-knowledge-transfer-al-qaeda",
                "hezbollah-knowledge-transfer-hamas", "al-qaeda-tactical-partnership-hezbollah");
    }

    @Test
    void theIslamicStateHasFiveProvincesFourLaterAlliesAndARival() {
        assertThat(ids("islamic-state")).hasSize(10)
                .filteredOn(id -> id.endsWith("-province-islamic-state")).hasSize(5);
        assertThat(ids("islamic-state")).contains("islamic-state-alliance-islamic-state-khorasan",
                "islamic-state-rivalry-al-qaeda");
        assertThat(LIBRARY.relations()).filteredOn(r -> r.type() == RelationType.PROVINCE)
                .allMatch(r -> r.directed() && r.to().equals("islamic-state") && r.when().equals(java.util.Optional.of("2014")));
    }

    @Test
    void generalStatementsAddNoParty() {
        // "militant groups" (the PLO's clients) and "smaller terrorist organizations" (pledges to ISIS) are not entered.
        assertThat(ids("plo")).isEmpty();
        assertThat(LIBRARY.relations()).noneMatch(r -> r.evidence().stream()
                .anyMatch(q -> q.document().equals("journal-excerpt-on-terrorist-affiliations")));
    }

    @Test
    void theAlliesByCountryAreNamedInTheTextByTheirCountryOnly() {
        for (String country : List.of("saudi-arabia", "yemen", "algeria", "libya", "sinai", "nigeria", "bangladesh", "philippines")) {
            Entity ally = LIBRARY.entity("islamic-state-" + country).orElseThrow();
            assertThat(ally.description()).get().asString().endsWith("the text does not name the group.");
            assertThat(LIBRARY.mentions()).as(country).anyMatch(m -> m.entry().equals(ally.slug())
                    && m.document().equals("allies-poised-to-help-the-islamic-state-recover"));
        }
    }
}
