package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.concordance.content.ContentError;
import org.concordance.content.ContentException;
import org.concordance.content.Library;
import org.concordance.content.Title;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferencesTest {
    private static final Path FILE = Path.of("content/references.json");

    @Test
    void theBundledReferencesHoldTheTwoBooksTheTextsName() throws ContentException {
        References references = References.of(Fixtures.LIBRARY, Fixtures.CONTENT);
        assertThat(references.entries()).extracting(r -> r.title().plain()).containsExactly(
                "Nexus of Global Jihad: Understanding Cooperation among Terrorist Actors",
                "Why Terrorist Groups Form International Alliances");
    }

    @Test
    void aMissingFileMeansNoReferences(@TempDir Path folder) throws ContentException {
        assertThat(References.of(new Library(List.of(), "no references"), folder).entries()).isEmpty();
    }

    @Test
    void anEditorsReferenceCompletesAWorkKnownOnlyByItsShortForm() throws ContentException {
        // Test data only: the bundled references.json does not claim where "Buddies or Burdens?" appeared.
        References references = References.parse(FILE, """
                [{"id": "byman-buddies", "type": "article-journal",
                  "author": [{"family": "Byman", "given": "Daniel"}],
                  "title": "Buddies or Burdens? Understanding the Test Relationship",
                  "container-title": "Test Studies", "volume": "23", "issue": "3", "page": "431-470",
                  "issued": {"date-parts": [[2014]]}}]""");
        Bibliography bibliography = Bibliography.build(Fixtures.LIBRARY, references);
        Work work = bibliography.note("journal-excerpt-on-terrorist-affiliations", "14").orElseThrow()
                .citations().get(0).work().orElseThrow();
        assertThat(work.slug()).isEqualTo("byman-buddies-or-burdens");
        assertThat(work.knownOnlyByShortForm()).isFalse();
        assertThat(work.title().map(Title::plain)).contains("Buddies or Burdens? Understanding the Test Relationship");
        assertThat(work.year()).isEqualTo(OptionalInt.of(2014));
        assertThat(work.container()).contains("Test Studies");
        assertThat(work.sources()).containsExactlyInAnyOrder(WorkSource.REFERENCES, WorkSource.SHORT_FORM);
        assertThat(bibliography.person("daniel-byman")).isPresent();
    }

    /**
     * A full note's pages are the pages it cites (CMOS 14.20), even a range ("431–70"); an
     * article's own range is the work's only when a reference states it, and is never taken from
     * a note (a trial asked for it: without a reference the work has no range).
     */
    @Test
    void anArticlesPageRangeComesFromAReferenceNeverFromANote() throws ContentException {
        String note = "Tricia Bacon, “Alliance Hubs,” <em>Test Studies</em> 23, no. 3 (2014): 431–70.";
        Work fromNote = Bibliography.build(Libraries.withNotes(note), References.none()).works().get(0);
        assertThat(fromNote.pages()).isEmpty();
        References references = References.parse(FILE, """
                [{"id": "bacon-hubs", "type": "article-journal", "author": [{"family": "Bacon", "given": "Tricia"}],
                  "title": "Alliance Hubs", "container-title": "Test Studies", "volume": "23", "issue": "3",
                  "page": "431-470", "issued": {"date-parts": [[2014]]}}]""");
        Bibliography built = Bibliography.build(Libraries.withNotes(note), references);
        assertThat(built.works()).singleElement().satisfies(work -> assertThat(work.pages()).contains("431-470"));
        assertThat(new NoteParser().parseHtml(note).citations().get(0).pinpoint()).contains("431–70");
    }

    @Test
    void anEntryWithoutTitleStopsTheIngestNamingFileLineAndEntry() {
        assertThatThrownBy(() -> References.parse(FILE, """
                [
                  {"id": "good", "type": "book", "title": "A Book"},
                  {"id": "no-title", "type": "book",
                   "author": [{"family": "Doe"}]}
                ]"""))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.file()).isEqualTo(FILE);
                            assertThat(error.line()).isEqualTo(3);
                            assertThat(error.message()).contains("entry 'no-title'").contains("title");
                        }));
    }

    @Test
    void everyMalformedEntryIsReportedAtOnce() {
        assertThatThrownBy(() -> References.parse(FILE, """
                [
                  {"type": "book", "title": "No id"},
                  {"id": "bad-type", "type": "novel", "title": "T"},
                  {"id": "bad-author", "type": "book", "title": "T", "author": [{"given": "Jo"}]},
                  {"id": "bad-year", "type": "book", "title": "T", "issued": "2017"},
                  {"id": "bc-year", "type": "book", "title": "T", "issued": {"date-parts": [[-5]]}},
                  "not an object",
                  {"id": "ok", "type": "book", "title": "Once"},
                  {"id": "ok", "type": "book", "title": "Twice"}
                ]"""))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.errors()).extracting(ContentError::message)
                        .satisfiesExactly(
                                m -> assertThat(m).contains("entry number 1").contains("\"id\""),
                                m -> assertThat(m).contains("entry 'bad-type'").contains("novel"),
                                m -> assertThat(m).contains("entry 'bad-author'").contains("family"),
                                m -> assertThat(m).contains("entry 'bad-year'").contains("issued"),
                                m -> assertThat(m).contains("entry 'bc-year'").contains("a year from 1 to 9999"),
                                m -> assertThat(m).contains("entry 6 is not a JSON object"),
                                m -> assertThat(m).isEqualTo("entry 'ok': the id is used twice")));
    }

    @Test
    void invalidJsonAndANonArrayAreErrorsWithTheirLine() {
        assertThatThrownBy(() -> References.parse(FILE, "[\n  {\"id\": \"x\",,}\n]"))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.line()).isEqualTo(2);
                            assertThat(error.toString()).startsWith(FILE + ":2: not valid JSON");
                        }));
        assertThatThrownBy(() -> References.parse(FILE, "{\"id\": \"x\"}"))
                .isInstanceOf(ContentException.class).hasMessageContaining("must be a CSL-JSON array");
    }

    /**
     * A file cut short, nested too deep or with a key twice says so in the file's words, without the
     * parser's own (a hostile tester's: "[Source: REDACTED (`StreamReadFeature…` disabled)…]").
     */
    @Test
    void jsonProblemsAreSaidInTheFilesWordsAndADuplicateKeyIsOne() {
        assertThatThrownBy(() -> References.parse(FILE, "[\n  {\"id\": \"a\""))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.errors()).singleElement().satisfies(error ->
                        assertThat(error.message()).isEqualTo("not valid JSON: Unexpected end-of-input: expected close marker for"
                                + " Object (opened at line 2, column 3)")));
        assertThatThrownBy(() -> References.parse(FILE, "[".repeat(3_000)))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.errors()).singleElement().satisfies(error ->
                        assertThat(error.message()).isEqualTo("not valid JSON: it nests lists and objects more than 1000 deep")));
        assertThatThrownBy(() -> References.parse(FILE, "[{\"id\": \"a\", \"type\": \"book\", \"title\": \"X\",\n \"title\": \"Y\"}]"))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.line()).isEqualTo(2);
                    assertThat(error.message()).isEqualTo("not valid JSON: Duplicate field 'title'");
                }));
    }

    @Test
    void theIngestCheckReportsAMalformedEntryWithTheFileAndLine(@TempDir Path folder) {
        assertThat(References.check().problems(folder.resolve("references.json"), "[{\"id\": \"a\", \"type\": \"book\"}]"))
                .singleElement().satisfies(error ->
                assertThat(error.toString()).startsWith(folder.resolve("references.json") + ":1: entry 'a'"));
    }
}
