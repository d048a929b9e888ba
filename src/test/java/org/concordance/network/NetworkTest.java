package org.concordance.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordance.content.ContentLoader;
import org.concordance.content.Entity;
import org.concordance.content.EntryKind;
import org.concordance.content.Library;
import org.concordance.content.Quotation;
import org.concordance.content.Relation;
import org.concordance.content.RelationType;
import org.junit.jupiter.api.Test;

/** The network of a small hand-made library, and of the bundled one. */
class NetworkTest {
    private static Entity organization(String slug, String name) {
        return new Entity(slug, EntryKind.ORGANIZATION, name, List.of(), List.of(), Optional.empty(), List.of());
    }

    private static Relation relation(String from, String to, RelationType type, boolean directed, String document) {
        return new Relation(from, to, type, directed, Optional.empty(), List.of(),
                List.of(new Quotation(from + " and " + to, document, "p-1")));
    }

    /** Hezbollah is tied to Al Qaeda twice (a multigraph), which counts as one partner; Amal is its rival, no partner. */
    private static final Library SMALL = new Library(List.of(), List.of(),
            List.of(organization("al-qaeda", "Al Qaeda"), organization("amal", "Amal"), organization("hamas", "Hamas"),
                    organization("hezbollah", "Hezbollah"), organization("idle", "Idle Front")),
            List.of(),
            List.of(relation("hezbollah", "al-qaeda", RelationType.KNOWLEDGE_TRANSFER, true, "moghadam"),
                    relation("al-qaeda", "hezbollah", RelationType.TACTICAL_PARTNERSHIP, false, "moghadam"),
                    relation("hezbollah", "hamas", RelationType.KNOWLEDGE_TRANSFER, true, "moghadam"),
                    relation("hezbollah", "amal", RelationType.RIVALRY, false, "bacon")),
            Optional.empty(), "small");

    @Test
    void partnersAreCountedOnceHoweverManyRelationsJoinThemAndARivalIsNone() {
        Network network = Network.of(SMALL);
        NetworkNode hezbollah = network.node("hezbollah").orElseThrow();
        assertThat(hezbollah.figures().degree()).as("Al Qaeda and Hamas; Amal is its rival").isEqualTo(2);
        assertThat(hezbollah.relations()).isEqualTo(4);
        assertThat(hezbollah.figures().betweenness()).as("between its two partners; a rival is not reached through it").isEqualTo(1);
        assertThat(network.node("amal").orElseThrow().figures().degree()).isZero();
        assertThat(network.node("amal").orElseThrow().figures().component())
                .as("on the map, a rival is drawn with its rival").isEqualTo(hezbollah.figures().component());
        assertThat(network.hubs()).isEmpty();
        assertThat(network.ranked()).extracting(NetworkNode::slug).containsExactly("hezbollah", "al-qaeda", "hamas", "amal");
    }

    @Test
    void onlyOrganizationsInARelationAreNodes() {
        assertThat(Network.of(SMALL).nodes()).extracting(NetworkNode::slug).containsExactly("al-qaeda", "amal", "hamas", "hezbollah");
        assertThat(Network.of(SMALL).node("idle")).isEmpty();
    }

    @Test
    void relationsAreFoundByOrganizationPassageAndFilter() {
        Network network = Network.of(SMALL);
        assertThat(network.relationsOf("amal")).extracting(Relation::id).containsExactly("hezbollah-rivalry-amal");
        assertThat(network.statedIn("moghadam", "p-1")).hasSize(3);
        assertThat(network.statedIn("moghadam", "p-2")).isEmpty();
        assertThat(network.documents()).isEmpty(); // the hand-made library has no documents to order them by
        assertThat(network.relations(new Filter(Optional.of(RelationType.KNOWLEDGE_TRANSFER), Optional.empty()))).hasSize(2);
        assertThat(network.relations(new Filter(Optional.empty(), Optional.of("bacon")))).extracting(Relation::id)
                .containsExactly("hezbollah-rivalry-amal");
        assertThat(network.relations(new Filter(Optional.of(RelationType.ALLIANCE), Optional.of("bacon")))).isEmpty();
    }

    @Test
    void theMapLinksEveryNodeAndEveryEdgeAndMarksOnlyDirectedOnesWithArrows() {
        String svg = Network.of(SMALL).svg(Filter.NONE);
        assertThat(count(svg, "<a class=\"node")).isEqualTo(4);
        for (String slug : List.of("al-qaeda", "amal", "hamas", "hezbollah")) {
            assertThat(svg).contains("href=\"/organizations/" + slug + "\"");
        }
        assertThat(count(svg, "<a class=\"edge ")).isEqualTo(4);
        assertThat(svg).contains("href=\"/relations/hezbollah-rivalry-amal\"", "href=\"/relations/al-qaeda-tactical-partnership-hezbollah\"");
        assertThat(count(svg, "marker-end=")).isEqualTo(2);
        assertThat(svg).contains("class=\"edge-gap\"").as("the rivalry is a double line");
        // The two relations between Hezbollah and Al Qaeda bow apart instead of lying on each other.
        assertThat(Pattern.compile("\\d Q-?\\d").matcher(svg).results().count()).isEqualTo(2);
        assertThat(Network.of(SMALL).svg(new Filter(Optional.of(RelationType.ALLIANCE), Optional.empty()))).isEmpty();
    }

    @Test
    void aFilteredMapShowsOnlyTheOrganizationsOfItsRelations() {
        String svg = Network.of(SMALL).svg(new Filter(Optional.of(RelationType.RIVALRY), Optional.empty()));
        assertThat(count(svg, "<a class=\"node")).isEqualTo(2);
        assertThat(svg).contains("/organizations/amal", "/organizations/hezbollah").doesNotContain("/organizations/hamas");
    }

    @Test
    void theSameLibraryGivesTheSameMapToTheByte() throws Exception {
        Library bundled = new ContentLoader(Path.of("content")).load();
        Library again = new ContentLoader(Path.of("content")).load();
        assertThat(Network.of(again).svg(Filter.NONE)).isEqualTo(Network.of(bundled).svg(Filter.NONE));
        // Coordinates are plain numbers with one decimal, whatever the default locale.
        Matcher numbers = Pattern.compile("cx=\"([^\"]+)\"").matcher(Network.of(bundled).svg(Filter.NONE));
        while (numbers.find()) {
            assertThat(numbers.group(1)).matches("-?[0-9]+\\.[0-9]");
        }
    }

    /** A start serving the library the last run kept is given the figures and layout it measured. */
    @Test
    void aNetworkGivenTheMeasuresOfTheSameLibraryIsTheNetworkComputedAgain() throws Exception {
        Library bundled = new ContentLoader(Path.of("content")).load();
        Network computed = Network.of(bundled);
        Network.Measures measures = computed.measures();
        Network given = Network.of(bundled, Optional.of(measures));
        assertThat(given.measures().layout()).isSameAs(measures.layout());
        assertThat(given.measures().figures()).isEqualTo(measures.figures());
        assertThat(given.svg(Filter.NONE)).isEqualTo(computed.svg(Filter.NONE));
        assertThat(given.ranked()).isEqualTo(computed.ranked());
        assertThat(given.components()).isEqualTo(computed.components());
    }

    /**
     * A library read again after an edit that leaves the graph as it was is given the figures and
     * layout of the library before; one whose graph changed (a tie added, an organization renamed,
     * which resizes its label) has them computed again, as a fresh network would.
     */
    @Test
    void measuresAreReusedOnlyForTheSameGraph() {
        Network.Measures before = Network.of(SMALL).measures();
        Library evidenceEdited = new Library(List.of(), List.of(), SMALL.entities(), List.of(),
                SMALL.relations().stream().map(r -> new Relation(r.from(), r.to(), r.type(), r.directed(), Optional.empty(),
                        List.of(), List.of(new Quotation("another passage", "bacon", "p-7")))).toList(),
                Optional.empty(), "edited");
        assertThat(Network.of(evidenceEdited, Optional.of(before)).measures().layout()).isSameAs(before.layout());

        Library tied = new Library(List.of(), List.of(), SMALL.entities(), List.of(),
                java.util.stream.Stream.concat(SMALL.relations().stream(),
                        java.util.stream.Stream.of(relation("amal", "hamas", RelationType.ALLIANCE, false, "bacon"))).toList(),
                Optional.empty(), "tied");
        Library renamed = new Library(List.of(), List.of(),
                List.of(organization("al-qaeda", "Al Qaeda"), organization("amal", "Amal Movement of the Dispossessed"),
                        organization("hamas", "Hamas"), organization("hezbollah", "Hezbollah"), organization("idle", "Idle Front")),
                List.of(), SMALL.relations(), Optional.empty(), "renamed");
        for (Library changed : List.of(tied, renamed)) {
            Network given = Network.of(changed, Optional.of(before));
            Network fresh = Network.of(changed);
            assertThat(given.measures().layout()).as(changed.fingerprint()).isNotSameAs(before.layout());
            assertThat(given.measures().figures()).as(changed.fingerprint()).isEqualTo(fresh.measures().figures());
            assertThat(given.measures().graph()).as(changed.fingerprint()).isEqualTo(fresh.measures().graph())
                    .isNotEqualTo(before.graph());
            assertThat(given.svg(Filter.NONE)).as(changed.fingerprint()).isEqualTo(fresh.svg(Filter.NONE));
        }
        assertThat(Network.of(tied).node("amal").orElseThrow().figures())
                .isNotEqualTo(Network.of(SMALL).node("amal").orElseThrow().figures());
    }

    @Test
    void theBundledHubsAreTheIslamicStateAlQaedaAndHezbollah() throws Exception {
        Network network = Network.of(new ContentLoader(Path.of("content")).load());
        assertThat(network.hubs()).extracting(NetworkNode::slug).containsExactly("islamic-state", "al-qaeda", "hezbollah");
        assertThat(network.node("islamic-state").orElseThrow().figures().degree()).as("its rival Al Qaeda is no partner").isEqualTo(9);
        assertThat(network.node("islamic-state").orElseThrow().figures().betweenness()).isEqualTo(36);
        assertThat(network.node("al-qaeda").orElseThrow().figures().betweenness())
                .as("its rivalry with the Islamic State makes it no broker between their partners").isEqualTo(7);
        assertThat(network.components()).isEqualTo(5);
    }

    @Test
    void aRelationToAnOrganizationTheLibraryLacksIsRefused() {
        Library broken = new Library(List.of(), List.of(), List.of(organization("amal", "Amal")), List.of(),
                List.of(relation("amal", "ghost", RelationType.RIVALRY, false, "d")), Optional.empty(), "broken");
        assertThatThrownBy(() -> Network.of(broken)).hasMessageContaining("'ghost'");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
