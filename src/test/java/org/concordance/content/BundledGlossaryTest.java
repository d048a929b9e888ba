package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledGlossaryTest {
    private static final String EXCERPT = "journal-excerpt-on-terrorist-affiliations";
    private static final String MOGHADAM = "why-terrorist-actors-cooperate";
    private static final String BACON = "allies-poised-to-help-the-islamic-state-recover";

    private static final Library LIBRARY = load();

    private static Library load() {
        try {
            return new ContentLoader(Path.of("content")).load();
        } catch (ContentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Each mention as "document-initial paragraph [note] text", e.g. "M5 Hezbollah" or "E1 n15 Al Qaeda". */
    private static List<String> places(String entry) {
        return LIBRARY.mentions().stream().filter(m -> m.entry().equals(entry))
                .map(m -> initial(m.document()) + m.paragraph() + m.note().map(n -> " n" + n).orElse("") + " " + m.text())
                .toList();
    }

    private static String initial(String document) {
        return switch (document) {
            case EXCERPT -> "E";
            case MOGHADAM -> "M";
            case BACON -> "B";
            default -> document;
        };
    }

    @Test
    void alliesTheTextNamesOnlyByTheirCountryAreFoundByAPhraseNeverByName() {
        // "allies in Saudi Arabia, Yemen, …": the country stands for the group but is not its name, so a
        // page never links it; the passage is still one about the ally.
        for (String province : List.of("saudi-arabia", "yemen", "algeria", "libya", "sinai", "nigeria", "bangladesh",
                "philippines")) {
            List<Mention> found = LIBRARY.mentions().stream().filter(m -> m.entry().equals("islamic-state-" + province)).toList();
            assertThat(found).as(province).isNotEmpty().noneMatch(Mention::byName);
        }
        assertThat(LIBRARY.mentions()).filteredOn(m -> m.entry().equals("al-qaeda-affiliates"))
                .isNotEmpty().noneMatch(Mention::byName);
        assertThat(LIBRARY.mentions()).filteredOn(m -> m.entry().equals("terrorist-alliance") && m.byName())
                .noneMatch(m -> m.text().equalsIgnoreCase("alliance network"));
    }

    @Test
    void hezbollahIsNamedInThreeParagraphsOfMoghadamsPostAndNowhereElse() {
        assertThat(places("hezbollah")).containsExactly("M5 Hezbollah", "M7 Hezbollah", "M9 Hezbollah");
    }

    @Test
    void pooledIsFoundOnceInTheExcerptAsThePooledAlliance() {
        assertThat(places("pooled-alliance")).containsExactly("E1 “pooled” alliance");
    }

    @Test
    void theIslamicStateIsNamedByItsAbbreviationInTheExcerptAndTheStandfirst() {
        assertThat(places("islamic-state")).filteredOn(p -> p.endsWith("ISIS"))
                .containsExactly("B1 ISIS", "E1 ISIS", "E1 ISIS");
        assertThat(places("islamic-state")).hasSize(21).noneMatch(p -> p.endsWith(" IS"));
    }

    @Test
    void theKhorasanProvinceIsOneMentionNotAlsoOneOfTheIslamicState() {
        assertThat(places("islamic-state-khorasan")).containsExactly("B6 Islamic State in the Khorasan");
        assertThat(places("islamic-state")).filteredOn(p -> p.startsWith("B6 ")).hasSize(3);
    }

    @Test
    void alQaedaIsNamedAsAqInTheExcerptAndInFullElsewhere() {
        assertThat(places("al-qaeda")).containsExactly("E1 AQ", "E1 n15 Al Qaeda", "M1 Al Qaeda", "M5 Al Qaeda",
                "M5 Al Qaeda", "M7 Al Qaeda", "M9 Al Qaeda");
        assertThat(places("al-qaeda-central")).containsExactly("M9 Al Qaeda Central");
    }

    @Test
    void bymanIsNamedInTheExcerptAndInThreeOfItsNotes() {
        assertThat(places("daniel-byman")).containsExactly("E1 Byman", "E1 n14 Byman", "E1 n15 D. Byman", "E1 n16 Byman");
    }

    @Test
    void safeHavensAppearInAllThreeDocuments() {
        assertThat(places("safe-haven")).containsExactly("B1 safe haven", "E1 safe haven", "M5 safe haven",
                "M11 safe havens", "M11 safe havens");
    }

    @Test
    void processGoalsAreMoghadamsAndTheExcerptsSummaryOfHim() {
        assertThat(places("process-goals")).containsExactly("E1 process goals", "M4 process goals",
                "M5 Process goals", "M5 survive and thrive", "M5 process goals", "M6 process goal", "M7 process goal",
                "M8 process goals", "M8 survive and thrive");
    }

    @Test
    void theProvincesAreNamedOnlyInBaconsPost() {
        assertThat(places("provinces")).containsExactly("B4 wilayats", "B4 provinces", "B4 provinces");
        assertThat(places("pledge-of-allegiance")).containsExactly("B4 bayat", "B4 pledges", "E1 pledges of allegiance");
    }

    @Test
    void theFarcIsFoundUnderTheSpellingTheTextUses() {
        assertThat(places("farc")).containsExactly("M7 Revolutionary Armed Forces of Columbia", "M7 FARC");
    }

    @Test
    void mentionOffsetsPointAtTheirWordsInTheText() {
        for (Mention mention : LIBRARY.mentions()) {
            Document document = LIBRARY.document(mention.document()).orElseThrow();
            String text = mention.note().map(label -> document.note(label).orElseThrow().text())
                    .orElseGet(() -> document.paragraph(mention.paragraph()).orElseThrow().text());
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
        }
    }

    @Test
    void everyEntryIsNamedSomewhereAndEveryRelationResolves() {
        for (Entry entry : LIBRARY.entries()) {
            assertThat(LIBRARY.mentions()).as(entry.slug()).anyMatch(m -> m.entry().equals(entry.slug()));
        }
        for (Concept concept : LIBRARY.concepts()) {
            assertThat(concept.related()).allSatisfy(slug -> assertThat(LIBRARY.concept(slug)).isPresent());
        }
    }

    @Test
    void theGlossaryCoversTheIdeasTheIssueAsksFor() {
        assertThat(LIBRARY.concepts()).extracting(Concept::slug).contains("process-goals", "outcome-goals",
                "facilitating-factors", "motives-for-alliance", "types-of-affiliation", "pooled-alliance",
                "alliance-hubs", "safe-haven", "state-sponsorship", "ideological-affinity", "common-enemy",
                "pledge-of-allegiance", "provinces", "brand-and-cachet", "knowledge-transfer",
                "organizational-resilience", "legitimacy", "counterterrorism", "disrupting-alliances");
        Concept pooled = LIBRARY.concept("pooled-alliance").orElseThrow();
        // The excerpt cites Bacon only as "Bacon, 753": the work is not named, so it is not guessed.
        assertThat(pooled.introducedBy()).hasValue(new Concept.Attribution("Bacon",
                "the work the journal excerpt cites as “Bacon, 753” (note 19), not named there"));
        assertThat(pooled.related()).contains("types-of-affiliation");
        assertThat(pooled.quotation().document()).isEqualTo(EXCERPT);
        assertThat(pooled.quotation().anchor()).isEqualTo("p-1");
        assertThat(pooled.bodyHtml()).startsWith("<p>");
    }

    @Test
    void nameGroupsPutTheCanonicalNameFirstAndKeepEveryName() {
        // "IS" stays: search matches it only in capitals, so it never stands for the word "is".
        assertThat(LIBRARY.nameGroups()).contains(List.of("Islamic State", "ISIS", "IS", "ISIL", "Daesh",
                "Islamic State of Iraq and Syria"));
        assertThat(LIBRARY.nameGroups()).contains(List.of("Hezbollah", "Hizballah", "Hizbullah", "Hizbollah"));
    }

    @Test
    void organizationsAndPeopleAreKeptApart() {
        assertThat(LIBRARY.entities()).filteredOn(e -> e.kind() == EntryKind.PERSON).extracting(Entity::slug)
                .containsExactlyInAnyOrder("daniel-byman", "assaf-moghadam", "tricia-bacon", "kozo-okamoto",
                        "abu-bakr-al-baghdadi");
        assertThat(LIBRARY.entity("hezbollah").orElseThrow().kind()).isEqualTo(EntryKind.ORGANIZATION);
    }
}
