package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** relations.yaml against a small library: one test per rule, each checking the file, the line and the message. */
class RelationCheckTest {
    @TempDir
    Path root;

    @BeforeEach
    void writeALibrary() throws IOException {
        write("documents/a-post.md", """
                ---
                title: A Post
                kind: blog-post
                source: test.txt
                ---
                Hezbollah worked with the Abu Nidal Organization while in competition with Amal.[^1]

                Later Hezbollah taught Hamas what it knew, “famously”, Abu Nidal said.

                [^1]: Hezbollah and Amal were rivals.
                """);
        write("sources/test.txt", "A Post. Hezbollah worked with the Abu Nidal Organization.");
        write("concepts/rivalry.md", """
                ---
                name: Competition
                definition: Groups vying for the same ground.
                quote:
                  text: "while in competition with Amal"
                  document: a-post
                  paragraph: 1
                ---
                Groups compete for power.
                """);
        write("organizations.yaml", """
                - slug: hezbollah
                  name: Hezbollah
                - slug: abu-nidal-organization
                  name: Abu Nidal Organization
                - slug: amal
                  name: Amal
                - slug: hamas
                  name: Hamas
                """);
        write("people.yaml", """
                - slug: abu-nidal
                  name: Abu Nidal
                """);
    }

    private void write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String relation(String from, String to, String type, String extra, String quote, String place) {
        return """
                - from: %s
                  to: %s
                  type: %s
                %s  evidence:
                    - quote: "%s"
                      document: a-post
                      %s
                """.formatted(from, to, type, extra.isEmpty() ? "" : "  " + extra + "\n", quote, place);
    }

    private static final String WORKED = "Hezbollah worked with the Abu Nidal Organization";

    /** Every problem as "path-under-root:line: message". */
    private List<String> problems() {
        try {
            new ContentLoader(root).load();
            throw new AssertionError("the content loaded without problems");
        } catch (ContentException e) {
            return e.errors().stream().map(error -> root.relativize(error.file()).toString().replace('\\', '/') + ":"
                    + error.line() + ": " + error.message()).toList();
        }
    }

    /** Found by a trial: a paragraph of -3 was reported twice, the second time as no place given. */
    @Test
    void aParagraphThatIsNotANumberFromOneIsReportedOnce() throws IOException {
        write("relations.yaml", relation("hezbollah", "abu-nidal-organization", "cooperation", "", WORKED, "paragraph: -3"));
        assertThat(problems()).containsExactly("relations.yaml:7: 'paragraph' must be a whole number from 1, was '-3'");
    }

    /**
     * Found by a trial: an empty relations.yaml (a save cut short) was taken as no relations, and
     * replaced the served network with none; a YAML tag renamed an organization to its value.
     */
    @Test
    void anEmptyListFileAndATagOutsideYamlsOwnTypesAreRefusedAtTheirLines() throws Exception {
        write("relations.yaml", "# relations, all gone\n");
        assertThat(problems()).containsExactly("relations.yaml:1: the file has no entries (it is empty, or holds only"
                + " comments): write [] for a file of none");
        write("relations.yaml", "[]\n");
        assertThat(new ContentLoader(root).load().relations()).as("[] is a file of none").isEmpty();
        write("organizations.yaml", Files.readString(root.resolve("organizations.yaml"))
                .replace("  name: Hezbollah", "  name: !!java.io.File /etc/hosts")
                .replace("  name: Hamas", "  name: !!java.io.File /etc/passwd"));
        assertThat(problems()).as("every tag, in the file's order").containsExactly(
                "organizations.yaml:2: the YAML tag !!java.io.File is not part of the content format: remove it (a value is"
                        + " text, a number, true or false)",
                "organizations.yaml:8: the YAML tag !!java.io.File is not part of the content format: remove it (a value is"
                        + " text, a number, true or false)");
        write("organizations.yaml", Files.readString(root.resolve("organizations.yaml"))
                .replace("!!java.io.File /etc/hosts", "Hezbollah").replace("!!java.io.File /etc/passwd", "Hamas"));
        write("documents/a-post.md", Files.readString(root.resolve("documents/a-post.md")).replace("title: A Post", "title: !custom A Post"));
        assertThat(problems()).containsExactly("documents/a-post.md:2: the YAML tag !custom is not part of the content"
                + " format: remove it (a value is text, a number, true or false)");
    }

    /**
     * Every problem at once: the relations are checked when an organization's entry has a problem
     * too, and a relation to that entry is not reported missing as well.
     */
    @Test
    void relationsAreCheckedBesideAGlossaryWithProblemsWithoutReportingThemTwice() throws IOException {
        write("organizations.yaml", Files.readString(root.resolve("organizations.yaml")).replace("  name: Hezbollah", "  nmae: Hezbollah"));
        write("relations.yaml", relation("hezbollah", "abu-nidal-organization", "cooperation", "", WORKED, "paragraph: 1")
                + relation("abu-nidal-organization", "amall", "cooperation", "", WORKED, "paragraph: 1"));
        List<String> problems = problems();
        assertThat(problems).anyMatch(p -> p.startsWith("organizations.yaml:2:"))
                .anyMatch(p -> p.contains("'amall' is not an organization"))
                .noneMatch(p -> p.contains("'hezbollah' is not an organization"));
    }

    @Test
    void relationsThatFitTheLibraryLoadWithTheirEvidence() throws Exception {
        write("relations.yaml", "# relations\n"
                + relation("hezbollah", "abu-nidal-organization", "cooperation", "when: the late 1980s", WORKED, "paragraph: 1")
                + relation("hezbollah", "hamas", "knowledge-transfer", "concepts: [rivalry]",
                        "taught Hamas what it knew, \\\"famously\\\"", "paragraph: 2")
                + relation("hezbollah", "amal", "rivalry", "", "Hezbollah and Amal were rivals.", "note: \"1\""));
        Library library = new ContentLoader(root).load();
        assertThat(library.relations()).extracting(Relation::id).containsExactly("hezbollah-cooperation-abu-nidal-organization",
                "hezbollah-knowledge-transfer-hamas", "hezbollah-rivalry-amal");
        Relation cooperation = library.relations().get(0);
        assertThat(cooperation.directed()).isFalse();
        assertThat(cooperation.when()).contains("the late 1980s");
        assertThat(cooperation.evidence()).containsExactly(new Quotation(WORKED, "a-post", "p-1"));
        Relation transfer = library.relations().get(1);
        assertThat(transfer.directed()).as("knowledge transfer is always directed").isTrue();
        assertThat(transfer.concepts()).containsExactly("rivalry");
        assertThat(transfer.title("Hezbollah", "Hamas")).isEqualTo("Hezbollah passed knowledge to Hamas");
        assertThat(library.relations().get(2).evidence().get(0).anchor()).isEqualTo("fn-1");
    }

    @Test
    void aQuoteNotInTheParagraphItNamesFailsAtTheQuoteLine() throws IOException {
        write("relations.yaml", relation("hezbollah", "abu-nidal-organization", "cooperation", "",
                "Hezbollah allied with the Abu Nidal Organization", "paragraph: 1"));
        assertThat(problems()).containsExactly("relations.yaml:5: the quoted text is not in paragraph 1 of 'a-post';"
                + " quote it verbatim (typographic quotes and spacing aside)");
    }

    @Test
    void aQuoteFromAnotherParagraphFailsEvenThoughItIsInTheDocument() throws IOException {
        write("relations.yaml", relation("hezbollah", "abu-nidal-organization", "cooperation", "", WORKED, "paragraph: 2"));
        assertThat(problems()).containsExactly("relations.yaml:5: the quoted text is not in paragraph 2 of 'a-post';"
                + " quote it verbatim (typographic quotes and spacing aside)");
    }

    @Test
    void aQuoteOfANoteIsCheckedAgainstThatNote() throws IOException {
        write("relations.yaml", relation("hezbollah", "amal", "rivalry", "", "Hezbollah and Amal were allies.", "note: \"1\""));
        assertThat(problems()).containsExactly("relations.yaml:5: the quoted text is not in note 1 of 'a-post';"
                + " quote it verbatim (typographic quotes and spacing aside)");
    }

    @Test
    void aPassageThatDoesNotExistFails() throws IOException {
        write("relations.yaml", relation("hezbollah", "amal", "rivalry", "", WORKED, "paragraph: 7"));
        assertThat(problems()).containsExactly("relations.yaml:5: document 'a-post' has no paragraph 7");
    }

    @Test
    void anUnknownOrganizationFailsAtItsLine() throws IOException {
        write("relations.yaml", relation("hezbollah", "iran", "cooperation", "", WORKED, "paragraph: 1"));
        assertThat(problems()).containsExactly(
                "relations.yaml:2: 'iran' is not an organization: no entry of organizations.yaml has that slug");
    }

    @Test
    void aPersonIsNotAnOrganization() throws IOException {
        write("relations.yaml", relation("abu-nidal", "hezbollah", "cooperation", "", WORKED, "paragraph: 1"));
        assertThat(problems()).containsExactly(
                "relations.yaml:1: 'abu-nidal' is not an organization: no entry of organizations.yaml has that slug");
    }

    @Test
    void aTypeOutsideTheVocabularyFailsAndListsTheTypes() throws IOException {
        write("relations.yaml", relation("hezbollah", "abu-nidal-organization", "friendship", "", WORKED, "paragraph: 1"));
        assertThat(problems()).containsExactly("relations.yaml:3: 'friendship' is not a relation type; the types are"
                + " alliance, province, affiliation, cooperation, tactical-partnership, training, knowledge-transfer, rivalry");
    }

    @Test
    void theSameRelationEnteredTwiceFailsAtTheSecondEntry() throws IOException {
        write("relations.yaml", relation("hezbollah", "amal", "rivalry", "", WORKED, "paragraph: 1")
                + relation("amal", "hezbollah", "rivalry", "", "Hezbollah and Amal were rivals.", "note: \"1\""));
        assertThat(problems()).containsExactly("relations.yaml:8: the rivalry between 'amal' and 'hezbollah' is already"
                + " entered on line 1; give it one entry with all its evidence");
    }

    @Test
    void twoDirectedRelationsOfOneTypeMayRunOppositeWays() throws Exception {
        String taught = "Later Hezbollah taught Hamas what it knew";
        write("relations.yaml", relation("hezbollah", "hamas", "training", "", taught, "paragraph: 2")
                + relation("hamas", "hezbollah", "training", "", taught, "paragraph: 2"));
        assertThat(new ContentLoader(root).load().relations()).extracting(Relation::id)
                .containsExactly("hezbollah-training-hamas", "hamas-training-hezbollah");
    }

    @Test
    void anUnknownConceptFailsAtTheConceptsLine() throws IOException {
        write("relations.yaml", relation("hezbollah", "amal", "rivalry", "concepts: [rivalry, turf-war]", WORKED, "paragraph: 1"));
        assertThat(problems()).containsExactly("relations.yaml:4: concept 'turf-war' does not exist: there is no"
                + " concepts/turf-war.md");
    }

    @Test
    void aDirectionTheTypeDoesNotAllowFails() throws IOException {
        write("relations.yaml", relation("hezbollah", "amal", "rivalry", "directed: true", WORKED, "paragraph: 1")
                + relation("hezbollah", "hamas", "training", "directed: false", WORKED, "paragraph: 1"));
        assertThat(problems()).containsExactly(
                "relations.yaml:4: a rivalry is never directed; leave 'directed' out",
                "relations.yaml:12: a training is always directed; write the giver as 'from' and leave 'directed' out");
    }

    @Test
    void aRelationWithoutEvidenceOrWithAnUnknownKeyFails() throws IOException {
        write("relations.yaml", """
                - from: hezbollah
                  to: amal
                  type: rivalry
                  strength: high
                """);
        assertThat(problems()).containsExactly(
                "relations.yaml:1: 'evidence' is required: one or more quotes, each with its document and paragraph or note",
                "relations.yaml:4: unknown key 'strength'; known keys are from, to, type, directed, when, concepts, evidence");
    }

    @Test
    void aRelationOfAnOrganizationWithItselfFails() throws IOException {
        write("relations.yaml", relation("hezbollah", "hezbollah", "cooperation", "", WORKED, "paragraph: 1"));
        assertThat(problems()).containsExactly(
                "relations.yaml:2: a relation joins two different organizations; 'hezbollah' is both 'from' and 'to'");
    }

    @Test
    void aRelationNestedThousandsOfLevelsDeepIsRefusedAtItsLine() throws IOException {
        write("relations.yaml", "- from: hezbollah\n  to: " + "[".repeat(3000) + "]".repeat(3000) + "\n");
        assertThat(problems()).singleElement().asString().startsWith("relations.yaml:2: the YAML nests more than 100 levels");
    }

    @Test
    void malformedYamlFailsAtItsLine() throws IOException {
        write("relations.yaml", "- from: hezbollah\n  to: [amal\n");
        assertThat(problems()).singleElement().asString().startsWith("relations.yaml:").contains(": not valid YAML");
    }

    @Test
    void withoutARelationsFileTheLibraryHasNoRelations() throws Exception {
        assertThat(new ContentLoader(root).load().relations()).isEmpty();
        assertThat(new Relation("a", "b", RelationType.RIVALRY, false, Optional.empty(), List.of(),
                List.of(new Quotation("x", "d", "p-1"))).id()).isEqualTo("a-rivalry-b");
    }
}
