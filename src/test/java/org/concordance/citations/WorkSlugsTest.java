package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Works whose author and title make the same slug are told apart by number, in the order first cited. */
class WorkSlugsTest {
    @Test
    void worksSharingASlugAreNumberedInOrderSkippingSlugsAlreadyTaken() {
        Bibliography bibliography = Bibliography.build(Libraries.withNotes(
                "Daniel Byman, <em>Alliances 2</em> (New York: Norton, 1999), 4.",
                "Daniel Byman, <em>Alliances: Why States Join</em> (New York: Norton, 2001), 4.",
                "Daniel Byman, <em>Alliances: Why Groups Join</em> (New York: Norton, 2005), 4.",
                "Daniel Byman, <em>Alliances: Why Groups Leave</em> (New York: Norton, 2009), 4.",
                "Daniel Byman, <em>Alliances: Why Nobody Stays</em> (New York: Norton, 2013), 4."), References.none());
        assertThat(bibliography.works()).extracting(work -> work.year().orElseThrow() + " " + work.slug())
                .containsExactlyInAnyOrder("1999 byman-alliances-2", "2001 byman-alliances", "2005 byman-alliances-3",
                        "2009 byman-alliances-4", "2013 byman-alliances-5");
        // Met five times, the author is one person with the five works.
        assertThat(bibliography.people()).filteredOn(person -> person.slug().equals("daniel-byman"))
                .singleElement().satisfies(person -> assertThat(person.works()).hasSize(5));
    }
}
