package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.concordance.content.Title;
import org.junit.jupiter.api.Test;

class BundledContentTest {
    private static final Library LIBRARY = load();

    private static Library load() {
        try {
            return new ContentLoader(Path.of("content")).load();
        } catch (ContentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void theLibraryHoldsTheThreeSeedDocuments() {
        assertThat(LIBRARY.documents()).extracting(Document::slug).containsExactlyInAnyOrder(
                "journal-excerpt-on-terrorist-affiliations", "why-terrorist-actors-cooperate",
                "allies-poised-to-help-the-islamic-state-recover");
    }

    @Test
    void theJournalExcerptKeepsNotesFourteenToNineteenInOrder() {
        Document excerpt = LIBRARY.document("journal-excerpt-on-terrorist-affiliations").orElseThrow();
        assertThat(excerpt.notes()).extracting(Note::label).containsExactly("14", "15", "16", "17", "18", "19");
        assertThat(excerpt.paragraphs()).hasSize(1);
        assertThat(excerpt.paragraphs().get(0).noteLabels()).containsExactly("14", "15", "16", "17", "18", "19");
        assertThat(excerpt.note("16").orElseThrow().text()).isEqualTo("Byman, “Breaking the Bonds.”");
        assertThat(excerpt.metadata().title().map(Title::plain)).isEmpty();
        assertThat(excerpt.metadata().authors()).isEmpty();
    }

    @Test
    void moghadamsPostHasItsSectionsAndBiography() {
        Document post = LIBRARY.document("why-terrorist-actors-cooperate").orElseThrow();
        assertThat(post.headings()).extracting(Heading::text)
                .containsExactly("Process Goals", "Outcome Goals", "Facilitating Factors", "About the author");
        assertThat(post.paragraphs(Part.ABOUT)).hasSize(1);
        assertThat(post.figure()).isPresent();
        assertThat(post.paragraphs()).extracting(Paragraph::number)
                .containsExactlyElementsOf(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14));
    }

    @Test
    void baconsPostOpensWithTheEditorsStandfirst() {
        Document post = LIBRARY.document("allies-poised-to-help-the-islamic-state-recover").orElseThrow();
        Paragraph first = post.paragraphs().get(0);
        assertThat(first.part()).isEqualTo(Part.STANDFIRST);
        assertThat(first.text()).startsWith("Today we have a guest post from Tricia Bacon");
        assertThat(first.html()).contains("<em>Why Terrorist Groups Form International Alliances</em>");
    }
}
