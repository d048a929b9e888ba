package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
    private static Entity organization(String slug, String name, String... variants) {
        return new Entity(slug, EntryKind.ORGANIZATION, name, List.of(variants), List.of(), Optional.empty(), List.of());
    }

    private static Entity person(String slug, String name, String... variants) {
        return new Entity(slug, EntryKind.PERSON, name, List.of(variants), List.of(), Optional.empty(), List.of());
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
            organization("hezbollah", "Hezbollah", "Hizballah", "真主党", "ヒズボラ", "ฮิซบุลลอฮ์", "헤즈볼라"),
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
    void aNameInsideAWebAddressIsNotAMention() {
        String note = "A. Writer, “Terrorist Affiliations,” https://www.example.org/wp-content/uploads/moghadam-islamic-state"
                + "-al-qaeda.pdf, and www.example.org/hezbollah. Moghadam again.";
        assertThat(found(note)).containsExactly("assaf-moghadam=Moghadam");
        assertThat(found("(see https://example.org/Amal).")).isEmpty();
    }

    @Test
    void inScriptsWrittenWithoutSpacesANameIsFoundBetweenLetters() {
        assertThat(found("我们研究真主党的历史")).containsExactly("hezbollah=真主党");
        assertThat(found("我们研究Hezbollah的历史")).containsExactly("hezbollah=Hezbollah");
        assertThat(found("ヒズボラは")).containsExactly("hezbollah=ヒズボラ");
        assertThat(found("กลุ่มฮิซบุลลอฮ์ในเลบานอน")).containsExactly("hezbollah=ฮิซบุลลอฮ์");
        // Korean writes its words apart, so a name there is a word of its own.
        assertThat(found("헤즈볼라 대원")).containsExactly("hezbollah=헤즈볼라");
        // Scripts with spaces keep whole words: not inside a longer Latin or Arabic word.
        assertThat(found("Hezbollahs' rivals, AmalX")).isEmpty();
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

    /**
     * The finder reads each text once; a naive scan (every name searched through the whole text,
     * longest first, left to right, none overlapping) must find exactly the same mentions, on the
     * bundled library's every paragraph and note and on random texts made of its names.
     */
    @Test
    void theOnePassFinderFindsWhatANaiveScanFinds() throws Exception {
        Library library = new ContentLoader(java.nio.file.Path.of("content")).load();
        MentionFinder finder = new MentionFinder(library.entries());
        List<String> texts = new java.util.ArrayList<>();
        for (Document document : library.documents()) {
            document.paragraphs().forEach(p -> texts.add(p.text()));
            document.notes().forEach(n -> texts.add(n.text()));
        }
        java.util.Random random = new java.util.Random(7);
        List<String> names = library.entries().stream().flatMap(e -> e.names().stream()).toList();
        List<String> glue = List.of(" ", ", ", "-", "s ", "’s ", " and ", "(", ") ", "“", "” ", "x", "É", "\u00A0");
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(12); j >= 0; j--) {
                String name = names.get(random.nextInt(names.size()));
                text.append(random.nextInt(4) == 0 ? name.toLowerCase(java.util.Locale.ROOT) : name)
                        .append(glue.get(random.nextInt(glue.size())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(finder.find(text)).as(text).isEqualTo(naive(library.entries(), text));
        }
    }

    private static List<MentionFinder.Hit> naive(List<Entry> entries, String text) {
        record Name(String folded, boolean exact, Entry entry, boolean byName) {
        }
        List<Name> names = new java.util.ArrayList<>();
        for (Entry entry : entries) {
            java.util.Map<String, Boolean> words = new java.util.LinkedHashMap<>();
            entry.names().forEach(name -> words.put(name, true));
            entry.phrases().forEach(phrase -> words.putIfAbsent(phrase, false));
            words.forEach((name, byName) -> {
                boolean exact = MentionFinder.isAbbreviation(name);
                java.util.Set<String> spellings = new java.util.LinkedHashSet<>(List.of(name.strip()));
                if (entry.kind() == EntryKind.CONCEPT && !exact) {
                    spellings.add(MentionFinder.plural(name.strip()));
                }
                spellings.forEach(s -> names.add(new Name(MentionFinder.fold(s, exact), exact, entry, byName)));
            });
        }
        names.sort(java.util.Comparator.comparingInt((Name n) -> -n.folded().length()).thenComparing(Name::folded));
        String exactText = MentionFinder.fold(text, true);
        String looseText = MentionFinder.fold(text, false);
        boolean[] taken = new boolean[text.length()];
        for (Urls.Span url : Urls.find(text)) {
            for (int i = url.start(); i < url.end(); i++) {
                taken[i] = true;
            }
        }
        List<MentionFinder.Hit> hits = new java.util.ArrayList<>();
        for (Name name : names) {
            String haystack = name.exact() ? exactText : looseText;
            for (int at = haystack.indexOf(name.folded()); at >= 0 && !name.folded().isEmpty(); at = haystack.indexOf(name.folded(), at + 1)) {
                int end = at + name.folded().length();
                boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                boolean free = true;
                for (int i = at; i < end; i++) {
                    free &= !taken[i];
                }
                if (whole && free) {
                    for (int i = at; i < end; i++) {
                        taken[i] = true;
                    }
                    hits.add(new MentionFinder.Hit(name.entry(), at, end, name.byName()));
                }
            }
        }
        hits.sort(java.util.Comparator.comparingInt(MentionFinder.Hit::start));
        return hits;
    }
}
