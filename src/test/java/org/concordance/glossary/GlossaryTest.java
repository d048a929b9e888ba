package org.concordance.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.concordance.content.Concept;
import org.concordance.content.Deferred;
import org.concordance.content.ContentException;
import org.concordance.content.ContentLoader;
import org.concordance.content.Document;
import org.concordance.content.Entity;
import org.concordance.content.Entry;
import org.concordance.content.Library;
import org.concordance.content.Mention;
import org.concordance.content.Paragraph;
import org.concordance.content.Part;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class GlossaryTest {
    private static final String EXCERPT = "journal-excerpt-on-terrorist-affiliations";
    private static final String MOGHADAM = "why-terrorist-actors-cooperate";
    private static final String BACON = "allies-poised-to-help-the-islamic-state-recover";

    private static final Glossary GLOSSARY = load();

    private static Glossary load() {
        try {
            return new Glossary(new ContentLoader(Path.of("content")).load());
        } catch (ContentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static Paragraph paragraph(String document, int number) {
        return GLOSSARY.library().document(document).orElseThrow().paragraph(number).orElseThrow();
    }

    @Test
    void theWordPooledInTheExcerptLinksToThePooledAlliancePageWithItsDefinition() {
        String html = GLOSSARY.linkedHtml(EXCERPT, paragraph(EXCERPT, 1));
        assertThat(html).contains("<a href=\"/concepts/pooled-alliance\" class=\"mention\" data-definition=\"The closest"
                + " of Bacon's types of affiliation: partners share resources with no end in sight, until they depend on"
                + " each other and the line between their authorities disappears.\" data-name=\"Pooled alliance\">“pooled” alliance</a>.");
        assertThat(html).contains("<a href=\"/concepts/types-of-affiliation\" class=\"mention\"");
    }

    @Test
    void linkingKeepsEveryNoteMarkerAndChangesNoWord() {
        Paragraph paragraph = paragraph(EXCERPT, 1);
        String html = GLOSSARY.linkedHtml(EXCERPT, paragraph);
        assertThat(html.split("<sup class=\"noteref\">", -1)).hasSize(7);
        assertThat(html).contains("<sup class=\"noteref\"><a href=\"#fn-19\" id=\"fnref-19\" role=\"doc-noteref\">");
        org.jsoup.nodes.Document linked = Jsoup.parseBodyFragment(html);
        linked.select("a.mention").unwrap();
        org.jsoup.nodes.Document original = Jsoup.parseBodyFragment(paragraph.html());
        assertThat(linked.body().html()).isEqualTo(original.body().html());
    }

    @Test
    void hezbollahIsLinkedAtItsFirstMentionInTheDocumentOnly() {
        assertThat(GLOSSARY.firstMentions(MOGHADAM)).filteredOn(m -> m.entry().equals("hezbollah"))
                .extracting(Mention::paragraph).containsExactly(5);
        assertThat(GLOSSARY.linkedHtml(MOGHADAM, paragraph(MOGHADAM, 5))).contains("href=\"/organizations/hezbollah\"");
        assertThat(GLOSSARY.linkedHtml(MOGHADAM, paragraph(MOGHADAM, 7))).doesNotContain("/organizations/hezbollah")
                .contains("Hezbollah famously transferred");
        assertThat(GLOSSARY.linkedHtml(MOGHADAM, paragraph(MOGHADAM, 9))).doesNotContain("/organizations/hezbollah");
    }

    @Test
    void everyDocumentLinksEachEntryAtMostOnce() {
        for (Document document : GLOSSARY.library().documents()) {
            List<String> linked = GLOSSARY.firstMentions(document.slug()).stream().map(Mention::entry).toList();
            assertThat(linked).as(document.slug()).doesNotHaveDuplicates().isNotEmpty();
            long links = document.paragraphs().stream()
                    .mapToLong(p -> Jsoup.parseBodyFragment(GLOSSARY.linkedHtml(document.slug(), p)).select("a.mention").size())
                    .sum();
            assertThat(links).as(document.slug()).isEqualTo(linked.size());
        }
    }

    @Test
    void onlyTheWordsThatNameAnEntryCarryItsLink() {
        String second = GLOSSARY.linkedHtml(MOGHADAM, paragraph(MOGHADAM, 2));
        // "Terrorist inter-group cooperation" names the concept; "cooperation" and "level of violence" only find it.
        assertThat(Jsoup.parseBodyFragment(second).select("a.mention").eachText()).contains("Terrorist inter-group cooperation")
                .doesNotContain("level of violence", "cooperation", "collaboration");
        assertThat(Jsoup.parseBodyFragment(GLOSSARY.linkedHtml(MOGHADAM, paragraph(MOGHADAM, 1))).select("a.mention").eachText())
                .containsExactly("Al Qaeda", "Islamic State");
        assertThat(GLOSSARY.mentions("lethality")).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("level of violence");
            assertThat(m.byName()).isFalse();
        });
    }

    @Test
    void entriesNamedByEverydayWordsAreFoundButNeverLinked() {
        assertThat(GLOSSARY.concept("resources").orElseThrow().linked()).isFalse();
        assertThat(GLOSSARY.mentions("resources")).isNotEmpty();
        for (Document document : GLOSSARY.library().documents()) {
            assertThat(GLOSSARY.firstMentions(document.slug())).extracting(Mention::entry)
                    .doesNotContain("resources", "lethality", "legitimacy", "counterterrorism");
        }
    }

    @Test
    void aBookTitleInEmphasisIsLeftUnlinkedAndPhrasesAreNotLinks() {
        String html = GLOSSARY.linkedHtml(BACON, paragraph(BACON, 1));
        assertThat(html).contains("<em>Why Terrorist Groups Form International Alliances</em>");
        assertThat(html).contains("<a href=\"/people/tricia-bacon\"");
        assertThat(Jsoup.parseBodyFragment(html).select("a.mention").eachText()).doesNotContain("allies", "alliances", "training");
    }

    @Test
    void aParagraphWithoutMentionsComesBackUnchanged() {
        Paragraph about = paragraph(MOGHADAM, 14);
        assertThat(GLOSSARY.linkedHtml("no-such-document", about)).isEqualTo(about.html());
    }

    @Test
    void hezbollahsMentionsReadAsKeywordInContextLines() {
        List<DocumentMentions> groups = GLOSSARY.mentionsByDocument("hezbollah");
        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.document().slug()).isEqualTo(MOGHADAM);
            assertThat(group.paragraphs()).isEqualTo(3);
            assertThat(group.lines()).extracting(KeywordInContext::anchor).containsExactly("p-5", "p-7", "p-9");
            assertThat(group.lines()).allSatisfy(line -> assertThat(line.terms()).containsOnly("Hezbollah"));
            KeywordInContext first = group.lines().get(0);
            assertThat(first.text()).startsWith("…").contains("in the late 1980s, for example, Hezbollah decided to collaborate"
                    + " with the Abu Nidal Organization");
        });
    }

    @Test
    void aParagraphNamingAnEntryTwiceIsOneLineWithBothMarked() {
        DocumentMentions moghadam = GLOSSARY.mentionsByDocument("terrorist-cooperation").stream()
                .filter(g -> g.document().slug().equals(MOGHADAM)).findFirst().orElseThrow();
        assertThat(moghadam.lines()).extracting(KeywordInContext::anchor).doesNotHaveDuplicates();
        KeywordInContext second = moghadam.lines().stream().filter(l -> l.anchor().equals("p-2")).findFirst().orElseThrow();
        assertThat(second.hits()).isEqualTo(second.terms().size()).isGreaterThanOrEqualTo(3);
        assertThat(second.terms()).contains("Terrorist inter-group cooperation", "Terrorist cooperation", "collaboration");
        assertThat(moghadam.count()).isEqualTo(GLOSSARY.mentions("terrorist-cooperation").stream()
                .filter(m -> m.document().equals(MOGHADAM)).count());
    }

    @Test
    void mentionsInNotesLinkToTheNote() {
        assertThat(GLOSSARY.mentionsByDocument("daniel-byman")).singleElement().satisfies(group -> {
            assertThat(group.lines()).extracting(KeywordInContext::anchor).containsExactly("p-1", "fn-14", "fn-15", "fn-16");
            assertThat(group.paragraphs()).isEqualTo(1);
            assertThat(group.lines().get(2).text()).startsWith("D. Byman");
            assertThat(group.lines().get(2).terms()).containsExactly("D. Byman");
        });
    }

    @Test
    void safeHavensAreCountedPerDocument() {
        assertThat(GLOSSARY.countsByDocument("safe-haven").entrySet()).extracting(e -> e.getKey().slug(), e -> e.getValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(BACON, 1),
                        org.assertj.core.groups.Tuple.tuple(EXCERPT, 1),
                        org.assertj.core.groups.Tuple.tuple(MOGHADAM, 3));
    }

    @Test
    void hezbollahIsDiscussedAlongsideCompetitionKnowledgeTransferAndIdeology() {
        List<CoMention> alongside = GLOSSARY.conceptsAlongside("hezbollah");
        assertThat(alongside).extracting(c -> c.concept().slug()).contains("inter-group-competition",
                "knowledge-transfer", "ideological-affinity", "process-goals");
        assertThat(alongside.get(0).concept().slug()).isEqualTo("terrorist-cooperation");
        assertThat(alongside.get(0).paragraphs()).isEqualTo(3);
    }

    @Test
    void relatedPassagesAreSentencesOfOtherDocumentsNamingRareSharedEntries() {
        List<RelatedPassage> related = GLOSSARY.relatedPassages(MOGHADAM).get(2);
        assertThat(related).extracting(r -> r.document().slug() + "#" + r.paragraph().anchor()).containsExactly(BACON + "#p-7");
        RelatedPassage lethal = related.get(0);
        assertThat(lethal.shared()).extracting(Entry::slug).containsExactly("lethality", "organizational-resilience");
        String shown = lethal.excerpt().stream().map(Span::text).collect(java.util.stream.Collectors.joining());
        assertThat(shown).startsWith("Terrorist groups with allies tend to conduct more lethal attacks")
                .doesNotContain("These outcomes are consistent");
        assertThat(lethal.marks()).containsExactly("lethal", "weapons of mass destruction", "surviving losses");
    }

    @Test
    void relatedPassagesNeverOfferStandfirstsOrTheSameSentencesTwiceOnAPage() {
        for (Document document : GLOSSARY.library().documents()) {
            Map<Integer, List<RelatedPassage>> related = GLOSSARY.relatedPassages(document.slug());
            List<String> offered = new java.util.ArrayList<>();
            related.forEach((number, passages) -> {
                assertThat(document.paragraph(number).orElseThrow().part()).isEqualTo(Part.BODY);
                assertThat(passages).hasSizeBetween(1, 3).noneMatch(r -> r.document().slug().equals(document.slug()))
                        .allMatch(r -> r.paragraph().part() == Part.BODY);
                for (RelatedPassage passage : passages) {
                    String text = passage.excerpt().stream().map(Span::text).collect(java.util.stream.Collectors.joining());
                    assertThat(text.length()).as(text).isLessThanOrEqualTo(RelatedPassages.MAX_EXCERPT + 2);
                    assertThat(passage.excerpt()).anyMatch(Span::marked);
                    offered.add(passage.document().slug() + "#" + passage.paragraph().number() + " " + text);
                }
            });
            assertThat(offered).as(document.slug()).doesNotHaveDuplicates();
            assertThat(offered.stream().map(o -> o.substring(0, o.indexOf(' ')))
                    .collect(java.util.stream.Collectors.groupingBy(o -> o, java.util.stream.Collectors.counting())).values())
                    .as(document.slug()).allMatch(n -> n <= RelatedPassages.PER_TARGET_PARAGRAPH);
        }
        assertThat(GLOSSARY.relatedPassages("no-such-document")).isEmpty();
    }

    @Test
    void organizationsPeopleAndConceptsAreListedApartAndLookedUpByKind() {
        assertThat(GLOSSARY.organizations()).extracting(Entity::slug).contains("hezbollah", "japanese-red-army")
                .doesNotContain("kozo-okamoto");
        assertThat(GLOSSARY.people()).extracting(Entity::name).startsWith("Abu Bakr al-Baghdadi");
        assertThat(GLOSSARY.person("hezbollah")).isEmpty();
        assertThat(GLOSSARY.organization("hezbollah")).isPresent();
        assertThat(GLOSSARY.concepts()).extracting(Concept::name).isSortedAccordingTo(org.concordance.content.Collation.NAMES);
        Concept pooled = GLOSSARY.concept("pooled-alliance").orElseThrow();
        assertThat(GLOSSARY.related(pooled)).extracting(Entry::slug).startsWith("types-of-affiliation");
        assertThat(GLOSSARY.related(GLOSSARY.person("kozo-okamoto").orElseThrow())).extracting(Entry::href)
                .containsExactly("/organizations/japanese-red-army");
    }

    /**
     * A restart serves documents whose text is read only when first asked for, and a change found
     * then makes a new glossary at once: making it must not read every document's text (at 10,003
     * documents that read was half of the second and a half the change took to be shown).
     */
    @Test
    void aGlossaryIsMadeWithoutReadingAnyDocumentsTextAndRelatesTheSamePassages() {
        Library read = GLOSSARY.library();
        List<Document> deferred = read.documents().stream().map(d -> new Document(d.slug(), d.metadata(), d.figure(),
                d.passages(), Deferred.later(() -> d.body().get()))).toList();
        Library kept = new Library(deferred, read.concepts(), read.entities(), read.mentions(), read.relations(),
                read.references(), read.fingerprint());
        Glossary glossary = new Glossary(kept);
        assertThat(deferred).noneMatch(d -> d.body().isMade());
        for (Document document : read.documents()) {
            assertThat(text(glossary.relatedPassages(document.slug()))).as(document.slug())
                    .isEqualTo(text(GLOSSARY.relatedPassages(document.slug())));
        }
        assertThat(GLOSSARY.relatedPassages(MOGHADAM)).isNotEmpty();
    }

    /** Related passages as text: which paragraph of which document, and the words offered. */
    private static Map<Integer, List<String>> text(Map<Integer, List<RelatedPassage>> related) {
        Map<Integer, List<String>> text = new java.util.TreeMap<>();
        related.forEach((number, passages) -> text.put(number, passages.stream()
                .map(p -> p.document().slug() + "#" + p.paragraph().number() + " " + p.excerpt()).toList()));
        return text;
    }
}
