package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
    private static Entity organization(String slug, String name, String... variants) {
        return new Entity(slug, EntryKind.ORGANIZATION, name, List.of(variants), Optional.empty(), List.of());
    }

    private static Entity person(String slug, String name, String... variants) {
        return new Entity(slug, EntryKind.PERSON, name, List.of(variants), Optional.empty(), List.of());
    }

    private static Concept concept(String slug, String name, String... variants) {
        return conceptWithPhrases(slug, name, List.of(variants), List.of());
    }

    private static Concept conceptWithPhrases(String slug, String name, List<String> variants, List<String> phrases) {
        return new Concept(slug, name, variants, phrases, true, Optional.empty(), List.of(), "a definition",
                new Quotation("words", "a-document", "p-1"), "<p>body</p>");
    }

    private static final MentionFinder FINDER = new MentionFinder(List.of(
            organization("amal", "Amal"),
            organization("islamic-state", "Islamic State", "ISIS", "IS", "ISIL"),
            organization("islamic-state-khorasan", "Islamic State in the Khorasan"),
            organization("al-qaeda", "Al Qaeda", "AQ"),
            organization("al-qaeda-central", "Al Qaeda Central"),
            organization("hezbollah", "Hezbollah", "Hizballah"),
            person("kozo-okamoto", "Kozo Okamoto"),
            person("assaf-moghadam", "Assaf Moghadam", "Moghadam"),
            concept("safe-haven", "Safe haven"),
            concept("ongoing-conflict", "Ongoing conflict", "insurgency"),
            concept("pooled-alliance", "Pooled alliance", "“pooled” alliance"),
            conceptWithPhrases("lethality", "Lethality", List.of("lethal"), List.of("level of violence")),
            conceptWithPhrases("terrorist-cooperation", "Terrorist inter-group cooperation",
                    List.of("terrorist cooperation"), List.of("cooperation"))));

    private List<String> found(String text) {
        return FINDER.find(text).stream()
                .map(hit -> hit.entry().slug() + "=" + text.substring(hit.start(), hit.end()))
                .toList();
    }

    @Test
    void amalIsNotFoundInsideAmalgam() {
        assertThat(found("an amalgam of groups")).isEmpty();
        assertThat(found("competing with Amal for power")).containsExactly("amal=Amal");
    }

    @Test
    void theVerbIsIsNeverTheIslamicState() {
        assertThat(found("This is what it is. Is it?")).isEmpty();
        assertThat(found("IS claimed the attack")).containsExactly("islamic-state=IS");
    }

    @Test
    void isisIsFoundOnlyInCapitalsAndAsAWholeWord() {
        assertThat(found("such as AQ or ISIS.")).containsExactly("al-qaeda=AQ", "islamic-state=ISIS");
        assertThat(found("the goddess Isis, an aqueduct, aq")).isEmpty();
        assertThat(found("ISIS’s allies")).containsExactly("islamic-state=ISIS");
    }

    @Test
    void namesMatchWithoutRegardToCaseOrDiacritics() {
        assertThat(found("HEZBOLLAH and hizballah")).containsExactly("hezbollah=HEZBOLLAH", "hezbollah=hizballah");
        assertThat(found("JRA leader Kōzō Okamoto stated")).containsExactly("kozo-okamoto=Kōzō Okamoto");
    }

    @Test
    void theLongestNameWinsAndTheShorterOneInsideItIsNotCounted() {
        assertThat(found("between Al Qaeda Central and its affiliates"))
                .containsExactly("al-qaeda-central=Al Qaeda Central");
        assertThat(found("The Islamic State in the Khorasan has conducted attacks for the Islamic State"))
                .containsExactly("islamic-state-khorasan=Islamic State in the Khorasan", "islamic-state=Islamic State");
    }

    @Test
    void conceptsMatchTheirRegularPlurals() {
        assertThat(found("safe havens or ongoing conflicts, insurgencies"))
                .containsExactly("safe-haven=safe havens", "ongoing-conflict=ongoing conflicts",
                        "ongoing-conflict=insurgencies");
    }

    @Test
    void aPhraseFindsItsEntryButIsMarkedAsNotNamingIt() {
        List<MentionFinder.Hit> hits = FINDER.find("Terrorist cooperation raises the level of violence; cooperation lasts.");
        assertThat(hits).extracting(hit -> hit.entry().slug(), MentionFinder.Hit::byName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("terrorist-cooperation", true),
                org.assertj.core.groups.Tuple.tuple("lethality", false),
                org.assertj.core.groups.Tuple.tuple("terrorist-cooperation", false));
        assertThat(FINDER.find("more lethal attacks")).singleElement().satisfies(hit -> assertThat(hit.byName()).isTrue());
    }

    @Test
    void actorsDoNotGetInventedPlurals() {
        assertThat(found("two Amals")).isEmpty();
    }

    @Test
    void aPossessiveStillCountsAsTheName() {
        assertThat(found("Moghadam’s book")).containsExactly("assaf-moghadam=Moghadam");
    }

    @Test
    void typographicAndStraightQuotesMatchAlike() {
        assertThat(found("The result is a “pooled” alliance.")).containsExactly("pooled-alliance=“pooled” alliance");
        assertThat(found("The result is a \"pooled\" alliance.")).containsExactly("pooled-alliance=\"pooled\" alliance");
    }

    @Test
    void foldingNeverChangesTheLengthSoOffsetsHold() {
        String text = "Kōzō “pooled” – Hizbollah’s ﬁrst";
        assertThat(MentionFinder.fold(text, false)).hasSameSizeAs(text);
        assertThat(MentionFinder.fold(text, true)).hasSameSizeAs(text);
    }

    @Test
    void onlyCapitalWordsOfTwoOrMoreLettersAreAbbreviations() {
        assertThat(MentionFinder.isAbbreviation("IS")).isTrue();
        assertThat(MentionFinder.isAbbreviation("ISIS-K")).isTrue();
        assertThat(MentionFinder.isAbbreviation("LeJ")).isFalse();
        assertThat(MentionFinder.isAbbreviation("Amal")).isFalse();
        assertThat(MentionFinder.isAbbreviation("A")).isFalse();
    }
}
