package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A note whose title lost its italics (text copied from a PDF) cites the work the library knows
 * when it begins with the work's author and holds its exact title; nothing else is taken for it.
 */
class PlainTitlesTest {
    private static final String KNOWN = "Daniel Byman, <em>Deadly Connections: States that Sponsor Terrorism</em>"
            + " (Cambridge: Cambridge University Press, 2005), 10.";

    /** The work each note of a one-document library resolves to, by note; empty where none. */
    private static List<Optional<String>> worksOf(String... notes) {
        Bibliography bibliography = Bibliography.build(Libraries.withNotes(notes), References.none());
        return bibliography.notes(Libraries.SLUG).stream()
                .map(note -> note.citations().stream().flatMap(c -> c.work().stream()).map(Work::slug).findFirst()).toList();
    }

    @Test
    void aPlainTitleAfterItsAuthorIsTheKnownWork() {
        List<Optional<String>> works = worksOf(KNOWN,
                "Daniel Byman, Deadly Connections: States that Sponsor Terrorism (Cambridge University Press, 2005), 12.",
                "See D. Byman, Deadly Connections: States That Sponsor Terrorism, 14.",
                "Byman, Deadly Connections: States that Sponsor Terrorism, 15.");
        assertThat(works.get(0)).isPresent();
        assertThat(works).containsOnly(works.get(0));
    }

    /** Read as an author and page, a title's words were a second author, and the note the author's work cited last. */
    @Test
    void aPlainTitleReadAsASecondNameIsTheKnownWork() {
        List<Optional<String>> works = worksOf("Daniel Byman, <em>The Five Front War</em> (Hoboken: Wiley, 2008), 3.", KNOWN,
                "Byman, The Five Front War, 20.");
        assertThat(works.get(0)).isPresent().isNotEqualTo(works.get(1));
        assertThat(works.get(2)).isEqualTo(works.get(0));
    }

    @Test
    void aPlainNoteCitesThePageItGives() {
        Bibliography bibliography = Bibliography.build(Libraries.withNotes(KNOWN,
                "Daniel Byman, Deadly Connections: States that Sponsor Terrorism (Cambridge University Press, 2005), 12."),
                References.none());
        ResolvedCitation plain = bibliography.note(Libraries.SLUG, "2").orElseThrow().citations().get(0);
        assertThat(plain.citation().form()).isEqualTo(CitationForm.PLAIN_TITLE);
        assertThat(plain.citation().pinpoint()).contains("12");
    }

    @Test
    void anotherAuthorAPartOfTheTitleOrWordsAloneCiteNothing() {
        List<Optional<String>> works = worksOf(KNOWN,
                "Jo Smith, Deadly Connections: States that Sponsor Terrorism, 3.",
                "Lee Byman, Deadly Connections: States that Sponsor Terrorism, 3.",
                "Daniel Byman, Deadly Connections: States that Sponsor Terrorism and Their Enemies, 3.",
                "Daniel Byman, interview by the author, 2019.");
        assertThat(works.get(0)).isPresent();
        assertThat(works.subList(1, works.size())).allSatisfy(work -> assertThat(work).isEmpty());
    }

    /** Plain words make no work: the bibliography holds only the work cited in full. */
    @Test
    void plainWordsNamingNoKnownWorkMakeNone() {
        Bibliography bibliography = Bibliography.build(Libraries.withNotes(KNOWN,
                "Daniel Byman, Deadly Ties, 3.", "Jo Smith, Something Else (London, 2001), 4."), References.none());
        assertThat(bibliography.works()).hasSize(1);
    }

    @Test
    void twoKnownWorksThatBothFitGiveNone() {
        List<Optional<String>> works = worksOf(KNOWN,
                "Daniel Byman, “Deadly Connections,” <em>Foreign Affairs</em> 84, no. 2 (2005): 11.",
                "Daniel Byman, Deadly Connections: States that Sponsor Terrorism, 12.");
        assertThat(works.get(1)).isPresent().isNotEqualTo(works.get(0));
        assertThat(works.get(2)).isEmpty();
    }
}
