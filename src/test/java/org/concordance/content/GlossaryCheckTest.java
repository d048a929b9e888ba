package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryCheckTest {
    @TempDir
    Path root;

    @BeforeEach
    void writeADocument() throws IOException {
        write("documents/a-post.md", """
                ---
                title: A Post
                kind: blog-post
                summary: A post for tests.
                source: test.txt
                ---
                Hezbollah worked with the Abu Nidal Organization while it had a safe haven.

                Later Hezbollah shared what it knew.
                """);
        write("sources/test.txt", "A Post. Hezbollah worked with the Abu Nidal Organization while it had a safe haven.");
    }

    private void write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void writeSafeHaven(String extra) throws IOException {
        write("concepts/safe-haven.md", """
                ---
                name: Safe haven
                %s
                definition: A place to hide.
                quote:
                  text: "while it had a safe haven"
                  document: a-post
                  paragraph: 1
                ---
                A territory beyond the enemy's reach.
                """.formatted(extra));
    }

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

    @Test
    void aGlossaryThatFitsTheDocumentsLoads() throws Exception {
        writeSafeHaven("related: []");
        write("organizations.yaml", """
                - slug: hezbollah
                  name: Hezbollah
                  variants: [Hizballah]
                  description: Lebanese militant group.
                """);
        Library library = new ContentLoader(root).load();
        assertThat(library.concepts()).extracting(Concept::slug).containsExactly("safe-haven");
        assertThat(library.mentions()).extracting(Mention::entry, Mention::paragraph)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hezbollah", 1),
                        org.assertj.core.groups.Tuple.tuple("safe-haven", 1),
                        org.assertj.core.groups.Tuple.tuple("hezbollah", 2));
    }

    /** A name is one line wherever it is shown (a heading, a page's title, a meta tag), whatever the YAML holds. */
    @Test
    void namesAreOneLineWhateverBreaksOrControlCharactersTheYamlHolds() throws Exception {
        writeSafeHaven("variants: [\"safe\\u2028havens\"]");
        Path concept = root.resolve("concepts/safe-haven.md");
        write("concepts/safe-haven.md", Files.readString(concept).replace("name: Safe haven", "name: \"Safe\\n\\nhaven\\u0007\""));
        write("organizations.yaml", """
                - slug: hezbollah
                  name: "Hez\\u0000bollah\\u0085"
                  variants: ["Hizballah\\n"]
                  description: Lebanese militant group.
                """);
        Library library = new ContentLoader(root).load();
        assertThat(library.concepts().get(0).name()).isEqualTo("Safe haven");
        assertThat(library.concepts().get(0).names()).contains("safe havens");
        assertThat(library.entities().get(0).name()).isEqualTo("Hezbollah");
        assertThat(library.entities().get(0).names()).contains("Hizballah");
        // A name that is nothing but control characters is missing, and said so at its line.
        write("organizations.yaml", """
                - slug: hezbollah
                  name: "\\u0000\\u202E\\u202C\\u200D"
                """);
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("organizations.yaml:2: 'name' holds no visible text"));
        // A description holding raw HTML is refused at its line; a title in it set with *…* is its italics.
        write("organizations.yaml", """
                - slug: hezbollah
                  name: Hezbollah
                  description: Lebanese militant group; see <b>the book</b>.
                """);
        assertThat(problems()).anySatisfy(p -> assertThat(p).startsWith("organizations.yaml:3: 'description' is one line"));
        write("organizations.yaml", """
                - slug: hezbollah
                  name: Hezbollah
                  description: "Lebanese militant group, the subject of *Hezbollah: A Short History*."
                """);
        Library italic = new ContentLoader(root).load();
        assertThat(italic.entities().get(0).summary()).isEqualTo("Lebanese militant group, the subject of Hezbollah: A Short History.");
        assertThat(italic.entities().get(0).summaryHtml())
                .isEqualTo("Lebanese militant group, the subject of <i>Hezbollah: A Short History</i>.");
    }

    /** As in a document: a concept's body is a page's text, and loads nothing from elsewhere. */
    @Test
    void anImageOrADataLinkInAConceptsBodyIsRefusedAtItsLine() throws IOException {
        writeSafeHaven("related: []");
        Path concept = root.resolve("concepts/safe-haven.md");
        write("concepts/safe-haven.md", Files.readString(concept) + "\nSee ![a map](http://elsewhere.example/m.png) and"
                + " [this](data:text/html,hi).\n");
        assertThat(problems()).containsExactly(
                "concepts/safe-haven.md:12: images are not part of the content format: ![…](http://elsewhere.example/m.png);"
                        + " describe the picture in words, or link to it with [words](address)",
                "concepts/safe-haven.md:12: a link to 'data:text/html,hi' is not allowed: a link goes to an http, https"
                        + " or mailto address, or to a page of the site ('/…' or '#…')");
    }

    @Test
    void anEntryWhoseNamesOccurNowhereFailsAtItsNameLine() throws IOException {
        writeSafeHaven("related: []");
        write("people.yaml", """
                # people
                - slug: nobody
                  name: Nobody Known
                  variants: [N. Known]
                """);
        assertThat(problems()).containsExactly("people.yaml:3: no name of person 'nobody' (Nobody Known, N. Known)"
                + " occurs in any paragraph or note of the library");
    }

    @Test
    void aNameClaimedByTwoEntriesFailsCaseInsensitively() throws IOException {
        writeSafeHaven("related: []");
        write("organizations.yaml", """
                - slug: hezbollah
                  name: Hezbollah

                - slug: party-of-god
                  name: Party of God
                  variants: [HEZBOLLAH]
                """);
        // One problem, once: that the second entry is then found nowhere (its name went to the first) is not another.
        assertThat(problems()).containsExactly("organizations.yaml:5: the name 'HEZBOLLAH' of organization 'party-of-god'"
                + " is already a name of organization 'hezbollah' (" + root.resolve("organizations.yaml") + ":2)");
    }

    @Test
    void aNameClaimedByAConceptAndAnActorFailsAfterFoldingDiacritics() throws IOException {
        writeSafeHaven("related: []");
        write("organizations.yaml", """
                - slug: haven-group
                  name: Safe Hāven
                """);
        assertThat(problems()).anyMatch(p -> p.startsWith("organizations.yaml:2: the name 'Safe Hāven' of organization"
                + " 'haven-group' is already a name of concept 'safe-haven'"));
    }

    @Test
    void aRelationToAMissingConceptFailsAtTheRelatedLine() throws IOException {
        writeSafeHaven("related: [state-sponsorship]");
        assertThat(problems()).containsExactly("concepts/safe-haven.md:3: concept 'safe-haven' is related to"
                + " 'state-sponsorship', but there is no concepts/state-sponsorship.md");
    }

    /** One problem is reported once: what is related to an entry that cannot be read is not also "missing". */
    @Test
    void anEntryThatCannotBeReadIsNotAlsoReportedMissingWhereItIsRelatedTo() throws IOException {
        write("organizations.yaml", """
                - slug: hezbollah
                  name: Hezbollah
                  related: [iran, abu-nidal-organization]
                - slug: iran
                  name: "\\u0007"
                """);
        write("people.yaml", """
                - slug: someone
                  name: Hezbollah
                  related: [hezbollah]
                """);
        // The unreadable entry's problem, and the name claimed twice; not 'iran' missing.
        assertThat(problems()).noneMatch(p -> p.contains("'iran', but no")).anyMatch(p -> p.startsWith("organizations.yaml:5:"))
                .anyMatch(p -> p.contains("'abu-nidal-organization', but no organization or person has that slug"));
        // A list that is not YAML at all: nothing related to what it holds is reported missing.
        write("organizations.yaml", "- slug: hezbollah\n  name: \"Hez\\Lbollah\"\n");
        assertThat(problems()).singleElement().satisfies(p -> assertThat(p).startsWith("organizations.yaml:2: not valid YAML"));
    }

    @Test
    void aRelationToAMissingActorFailsAtTheRelatedLine() throws IOException {
        write("organizations.yaml", """
                - slug: hezbollah
                  name: Hezbollah
                  related: [iran]
                """);
        assertThat(problems()).containsExactly("organizations.yaml:3: 'hezbollah' is related to 'iran', but no"
                + " organization or person has that slug");
    }

    @Test
    void aQuotationThatIsNotVerbatimFailsAtTheQuoteLine() throws IOException {
        write("concepts/safe-haven.md", """
                ---
                name: Safe haven
                definition: A place to hide.
                quote:
                  text: "while it enjoyed a safe haven"
                  document: a-post
                  paragraph: 1
                ---
                Body.
                """);
        assertThat(problems()).containsExactly("concepts/safe-haven.md:4: the quoted text is not in paragraph 1 of"
                + " 'a-post'; quote it verbatim (typographic quotes and spacing aside)");
    }

    /** A concept with problems of its own is reported once: the concepts related to it do not call it missing. */
    @Test
    void aConceptWithAProblemIsNotAlsoMissingForTheConceptsRelatedToIt() throws IOException {
        writeSafeHaven("related: [hideouts]");
        write("concepts/hideouts.md", """
                ---
                name: Hideouts
                related: [safe-haven]
                definition: Where a group hides.
                quote:
                  text: "while it enjoyed a safe haven"
                  document: a-post
                  paragraph: 1
                ---
                Body.
                """);
        assertThat(problems()).containsExactly("concepts/hideouts.md:5: the quoted text is not in paragraph 1 of"
                + " 'a-post'; quote it verbatim (typographic quotes and spacing aside)");
    }

    @Test
    void aQuotationOfAParagraphThatDoesNotExistFails() throws IOException {
        write("concepts/safe-haven.md", """
                ---
                name: Safe haven
                definition: A place to hide.
                quote:
                  text: "safe haven"
                  document: a-post
                  paragraph: 9
                ---
                Body.
                """);
        assertThat(problems()).containsExactly("concepts/safe-haven.md:4: document 'a-post' has no paragraph 9");
    }

    @Test
    void phrasesFindPassagesWithoutNamingTheEntryAndLinkFalseKeepsItUnlinked() throws Exception {
        writeSafeHaven("""
                phrases: [what it knew]
                link: false""");
        Library library = new ContentLoader(root).load();
        Concept haven = library.concepts().get(0);
        assertThat(haven.phrases()).containsExactly("what it knew");
        assertThat(haven.linked()).isFalse();
        assertThat(haven.names()).containsExactly("Safe haven");
        assertThat(library.mentions()).extracting(Mention::paragraph, Mention::text, Mention::byName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "safe haven", true),
                        org.assertj.core.groups.Tuple.tuple(2, "what it knew", false));
    }

    @Test
    void anEntryFoundOnlyByItsPhrasesStillLoads() throws Exception {
        write("concepts/sharing.md", """
                ---
                name: Knowledge transfer
                phrases: [shared what it knew]
                definition: Passing on skills.
                quote:
                  text: "shared what it knew"
                  document: a-post
                  paragraph: 2
                ---
                Groups teach each other.
                """);
        assertThat(new ContentLoader(root).load().mentions()).extracting(Mention::entry).containsExactly("sharing");
    }

    @Test
    void aPhraseThatIsAnotherEntrysNameFailsAndLinkMustBeTrueOrFalse() throws IOException {
        writeSafeHaven("""
                phrases: [Hezbollah]
                link: sometimes""");
        write("organizations.yaml", """
                - slug: hezbollah
                  name: Hezbollah
                """);
        assertThat(problems()).contains("concepts/safe-haven.md:4: 'link' must be true or false, was 'sometimes'");
        writeSafeHaven("phrases: [Hezbollah]");
        assertThat(problems()).anyMatch(p -> p.startsWith("organizations.yaml:2: the name 'Hezbollah' of organization"
                + " 'hezbollah' is already a phrase of concept 'safe-haven'"));
    }

    @Test
    void aConceptWithoutDefinitionOrBodyFailsWithEachProblem() throws IOException {
        write("concepts/safe-haven.md", """
                ---
                name: Safe haven
                colour: blue
                quote:
                  text: "safe haven"
                  document: a-post
                  paragraph: 1
                ---
                """);
        assertThat(problems()).containsExactly(
                "concepts/safe-haven.md:1: 'definition' is required",
                "concepts/safe-haven.md:3: unknown front matter key 'colour'; known keys are name, variants,"
                        + " phrases, link, introduced_by, related, definition, quote",
                "concepts/safe-haven.md:9: a concept needs a body: a short fuller definition in Markdown after the"
                        + " front matter");
    }

    @Test
    void malformedYamlInANamesFileFailsAtItsLine() throws IOException {
        write("people.yaml", """
                - slug: someone
                  name: Someone
                  variants: [unclosed
                """);
        assertThat(problems()).hasSize(1).first().asString().startsWith("people.yaml:4: not valid YAML");
    }

    @Test
    void anEntryWithoutANameFails() throws IOException {
        write("organizations.yaml", """
                - slug: hezbollah
                  variants: [Hizballah]
                """);
        assertThat(problems()).containsExactly("organizations.yaml:1: 'name' is required");
    }

    @Test
    void twoEntriesMayNotShareASlug() throws IOException {
        writeSafeHaven("related: []");
        write("organizations.yaml", """
                - slug: safe-haven
                  name: Hezbollah
                """);
        assertThat(problems()).anyMatch(p -> p.startsWith("organizations.yaml:2: slug 'safe-haven' is already used by"));
    }

    @Test
    void aLibraryWithoutAGlossaryStillLoads() throws Exception {
        assertThat(new ContentLoader(root).load().entries()).isEmpty();
        assertThatThrownBy(() -> new Quotation("x", "a-post", "p-0")).isInstanceOf(IllegalArgumentException.class);
    }
}
