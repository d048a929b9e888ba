package org.concordance.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordance.snapshot.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MentionsTest {
    private static final Mention HAMAS = new Mention("hamas", EntryKind.ORGANIZATION, "essay", 2, Optional.empty(),
            4, 9, "Hamas", true);
    private static final Mention IN_NOTE = new Mention("safe-haven", EntryKind.CONCEPT, "essay", 2, Optional.of("3"),
            0, 11, "safe havens", false);
    private static final Mention OTHER = new Mention("hamas", EntryKind.ORGANIZATION, "post", 7, Optional.empty(),
            120, 125, "Hamas", true);
    private static final List<Mention> ALL = List.of(HAMAS, IN_NOTE, OTHER);

    @Test
    void givesBackEveryMentionAsItWasInItsOrder() {
        Mentions mentions = Mentions.of(ALL);
        assertEquals(3, mentions.size());
        assertEquals(ALL, mentions.asList());
        assertEquals(IN_NOTE, mentions.get(1));
        assertEquals(Optional.of("3"), mentions.get(1).note());
        assertEquals(11, mentions.get(1).end());
        assertFalse(mentions.get(1).byName());
        assertThrows(IndexOutOfBoundsException.class, () -> mentions.get(3));
    }

    @Test
    void answersLookupsWithoutMakingMentions() {
        Mentions mentions = Mentions.of(ALL);
        assertEquals("safe-haven", mentions.entry(1));
        assertEquals(EntryKind.CONCEPT, mentions.kind(1));
        assertEquals("post", mentions.document(2));
        assertEquals(7, mentions.paragraph(2));
        assertTrue(mentions.inNote(1));
        assertFalse(mentions.inNote(0));
    }

    @Test
    void aSelectionListsTheMentionsAtItsPositions() {
        Mentions mentions = Mentions.of(ALL);
        assertEquals(List.of(OTHER, HAMAS), mentions.at(new int[] {2, 0}));
        assertEquals(List.of(), mentions.at(new int[0]));
        assertThrows(IndexOutOfBoundsException.class, () -> mentions.at(new int[] {0}).get(1));
    }

    @Test
    void groupsPositionsByDocumentAndByEntryInLibraryOrder() {
        Mentions mentions = Mentions.of(ALL);
        Map<String, int[]> byDocument = mentions.positionsByDocument();
        assertEquals(Set.of("essay", "post"), byDocument.keySet());
        assertArrayEquals(new int[] {0, 1}, byDocument.get("essay"));
        assertArrayEquals(new int[] {2}, byDocument.get("post"));
        Map<String, int[]> byEntry = mentions.positionsByEntry();
        assertEquals(Set.of("hamas", "safe-haven"), byEntry.keySet());
        assertArrayEquals(new int[] {0, 2}, byEntry.get("hamas"));
        assertEquals(List.of(HAMAS, OTHER), mentions.at(byEntry.get("hamas")));
        assertEquals(Map.of(), Mentions.NONE.positionsByDocument());
    }

    @Test
    void equalWhenTheyHoldEqualMentionsWhateverTheirTables() {
        Mentions mentions = Mentions.of(ALL);
        assertEquals(mentions, Mentions.of(List.copyOf(ALL)));
        // Another table (strings numbered in another order) holding the same mentions.
        Mentions reordered = Mentions.of(List.of(OTHER, IN_NOTE, HAMAS));
        assertEquals(List.of(OTHER, IN_NOTE, HAMAS), reordered.asList());
        assertNotEquals(mentions, reordered);
        assertEquals(mentions, Mentions.of(Mentions.of(List.of(HAMAS, IN_NOTE, OTHER)).asList()));
        assertEquals(mentions.hashCode(), Mentions.of(List.copyOf(ALL)).hashCode());
        assertSame(mentions, Mentions.of(mentions.asList()), "a list made by asList() gives its table back");
        assertSame(Mentions.NONE, Mentions.of(List.of()));
    }

    @Test
    void aBuilderCopiesSelectionsOfOtherTablesAndMadeMentionsInTheOrderAdded() {
        Mention another = new Mention("safe-haven", EntryKind.CONCEPT, "post", 9, Optional.of("12"), 3, 14,
                "safe havens", false);
        Mentions first = Mentions.of(ALL);
        Mentions second = Mentions.of(List.of(another, HAMAS));
        Mentions built = new Mentions.Builder(1)
                .addAll(first.at(new int[] {2}))
                .add(IN_NOTE)
                .addAll(second.asList())
                .addAll(first.at(new int[] {1, 0}))
                .addAll(List.of(OTHER))
                .build();
        List<Mention> expected = List.of(OTHER, IN_NOTE, another, HAMAS, IN_NOTE, HAMAS, OTHER);
        assertEquals(expected, built.asList());
        assertEquals(Mentions.of(expected), built);
        assertEquals(Optional.of("12"), built.get(2).note());
        assertFalse(built.get(2).byName());
        assertTrue(built.get(3).byName());
        assertEquals(EntryKind.CONCEPT, built.kind(4));
        assertSame(Mentions.NONE, new Mentions.Builder(0).addAll(first.at(new int[0])).build());
    }

    @Test
    void namesTheEntriesMentionedEachOnce() {
        assertEquals(Set.of("hamas", "safe-haven"), Mentions.of(ALL).entries());
        assertEquals(Set.of("hamas"), Mentions.of(List.of(OTHER, HAMAS)).entries());
        assertEquals(Set.of(), Mentions.NONE.entries());
    }

    @Test
    void aLibraryKeepsItsMentionsAsColumnsThroughASnapshot(@TempDir Path folder) {
        Library library = new Library(List.of(), List.of(), List.of(), ALL, List.of(), Optional.empty(), "f");
        Path file = folder.resolve("library.snapshot");
        Snapshot.write(file, "k", library);
        Library read = Snapshot.read(file, "k", Library.class).orElseThrow();
        assertEquals(library, read);
        assertEquals(ALL, read.mentions());
        assertEquals("safe-haven", read.mentionTable().entry(1));
    }
}
