package org.concordance.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.concordance.content.Concept;
import org.concordance.content.ContentException;
import org.concordance.content.ContentLoader;
import org.concordance.content.Document;
import org.concordance.content.Entity;
import org.concordance.content.Entry;
import org.concordance.content.Mention;
import org.concordance.content.Paragraph;
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
                + " each other and the line between their authorities disappears.\">“pooled” alliance</a>.");
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
    void hezbollahIsLinkedAtItsFirstMentionInEachSectionOnly() {
        assertThat(GLOSSARY.firstMentions(MOGHADAM)).filteredOn(m -> m.entry().equals("hezbollah"))
                .extracting(Mention::paragraph).containsExactly(5, 9);
        assertThat(GLOSSARY.linkedHtml(MOGHADAM, paragraph(MOGHADAM, 5))).contains("href=\"/organizations/hezbollah\"");
        assertThat(GLOSSARY.linkedHtml(MOGHADAM, paragraph(MOGHADAM, 7))).doesNotContain("/organizations/hezbollah")
                .contains("Hezbollah famously transferred");
        assertThat(GLOSSARY.linkedHtml(MOGHADAM, paragraph(MOGHADAM, 9))).contains("href=\"/organizations/hezbollah\"");
    }

    @Test
    void aBookTitleInEmphasisIsLeftUnlinkedAndTheNextMentionCarriesTheLink() {
        String html = GLOSSARY.linkedHtml(BACON, paragraph(BACON, 1));
        assertThat(html).contains("<em>Why Terrorist Groups Form International Alliances</em>");
        assertThat(html).contains("<a href=\"/concepts/terrorist-alliance\" class=\"mention\" data-definition=\"A standing"
                + " partnership between terrorist groups, as opposed to a single act of cooperation.\">allies</a>");
        assertThat(html).contains("<a href=\"/people/tricia-bacon\"");
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
            assertThat(group.lines()).extracting(KeywordInContext::term).containsOnly("Hezbollah");
            assertThat(group.lines()).extracting(KeywordInContext::anchor).containsExactly("p-5", "p-7", "p-9");
            KeywordInContext first = group.lines().get(0);
            assertThat(first.before()).startsWith("…").endsWith("in the late 1980s, for example, ");
            assertThat(first.after()).startsWith(" decided to collaborate with the Abu Nidal Organization");
        });
    }

    @Test
    void mentionsInNotesLinkToTheNote() {
        assertThat(GLOSSARY.mentionsByDocument("daniel-byman")).singleElement().satisfies(group -> {
            assertThat(group.lines()).extracting(KeywordInContext::anchor).containsExactly("p-1", "fn-14", "fn-15", "fn-16");
            assertThat(group.paragraphs()).isEqualTo(1);
            assertThat(group.lines().get(2).before()).isEqualTo("");
            assertThat(group.lines().get(2).term()).isEqualTo("D. Byman");
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
    void relatedPassagesComeFromOtherDocumentsAndShareRareEntries() {
        List<RelatedPassage> related = GLOSSARY.relatedPassages(MOGHADAM, 7);
        assertThat(related).extracting(r -> r.document().slug() + "#" + r.paragraph().anchor())
                .containsExactly(EXCERPT + "#p-1", BACON + "#p-1");
        assertThat(related.get(1).shared()).extracting(Entry::slug).containsExactly("knowledge-transfer", "resources");
        for (Document document : GLOSSARY.library().documents()) {
            for (Paragraph paragraph : document.paragraphs()) {
                assertThat(GLOSSARY.relatedPassages(document.slug(), paragraph.number())).hasSizeLessThanOrEqualTo(3)
                        .noneMatch(r -> r.document().slug().equals(document.slug()));
            }
        }
        assertThat(GLOSSARY.relatedPassages(MOGHADAM, 2)).extracting(r -> r.document().slug() + "#" + r.paragraph().anchor())
                .containsExactly(BACON + "#p-7");
    }

    @Test
    void organizationsPeopleAndConceptsAreListedApartAndLookedUpByKind() {
        assertThat(GLOSSARY.organizations()).extracting(Entity::slug).contains("hezbollah", "japanese-red-army")
                .doesNotContain("kozo-okamoto");
        assertThat(GLOSSARY.people()).extracting(Entity::name).startsWith("Abu Bakr al-Baghdadi");
        assertThat(GLOSSARY.person("hezbollah")).isEmpty();
        assertThat(GLOSSARY.organization("hezbollah")).isPresent();
        assertThat(GLOSSARY.concepts()).extracting(Concept::name).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        Concept pooled = GLOSSARY.concept("pooled-alliance").orElseThrow();
        assertThat(GLOSSARY.related(pooled)).extracting(Entry::slug).startsWith("types-of-affiliation");
        assertThat(GLOSSARY.related(GLOSSARY.person("kozo-okamoto").orElseThrow())).extracting(Entry::href)
                .containsExactly("/organizations/japanese-red-army");
    }
}
