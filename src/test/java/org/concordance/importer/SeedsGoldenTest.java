package org.concordance.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.concordance.content.Block;
import org.concordance.content.ContentLoader;
import org.concordance.content.Document;
import org.concordance.content.Heading;
import org.concordance.content.Library;
import org.concordance.content.Metadata;
import org.concordance.content.Paragraph;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seeds are the golden test: importing each raw seed gives the curated document, compared as
 * the library reads both (text, headings, caption, byline, biography, standfirst, notes with their
 * labels and markers). Only what an editor writes may differ: the summary, the descriptive label,
 * the access date, and italics, which plain text cannot show.
 */
class SeedsGoldenTest {
    private static final Library CURATED = load(Path.of("content"));

    @TempDir
    Path content;

    @ParameterizedTest
    @CsvSource({
            "000_b3c6bf59340cd15f.txt, journal-excerpt-on-terrorist-affiliations, 000-b3c6bf59340cd15f",
            "001_d759598a5038f35b.txt, why-terrorist-actors-cooperate, why-terrorist-actors-cooperate",
            "002_0c3171b756b2bd4c.txt, allies-poised-to-help-the-islamic-state-recover, allies-poised-to-help-the-islamic-state-recover"})
    void eachSeedImportsAsItsCuratedDocument(String seed, String curatedSlug, String importedSlug) throws Exception {
        Importer.Outcome outcome = new Importer(content, LocalDate.of(2026, 11, 22), false)
                .importFile(Path.of("content", "sources", seed), Given.NONE);
        assertThat(outcome).as(outcome.toString()).isInstanceOf(Importer.Written.class);
        assertThat(((Importer.Written) outcome).slug()).isEqualTo(importedSlug);
        assertThat(content.resolve("sources").resolve(seed)).hasSameBinaryContentAs(Path.of("content", "sources", seed));

        Document imported = load(content).document(importedSlug).orElseThrow();
        Document curated = CURATED.document(curatedSlug).orElseThrow();
        assertSameDocument(imported, curated);
    }

    static void assertSameDocument(Document imported, Document curated) {
        Metadata a = imported.metadata();
        Metadata b = curated.metadata();
        assertThat(a.title()).as("title").isEqualTo(b.title());
        assertThat(a.kind()).as("kind").isEqualTo(b.kind());
        assertThat(a.authors()).as("authors").isEqualTo(b.authors());
        assertThat(List.of(a.venue(), a.volume(), a.issue(), a.date(), a.pages())).as("venue, volume, issue, date, pages")
                .isEqualTo(List.of(b.venue(), b.volume(), b.issue(), b.date(), b.pages()));
        assertThat(a.year()).as("year").isEqualTo(b.year());
        assertThat(a.byline()).as("byline").isEqualTo(b.byline());
        assertThat(a.excerpt()).as("excerpt").isEqualTo(b.excerpt());
        assertThat(a.sourceFile()).as("source").isEqualTo(b.sourceFile());
        assertThat(imported.figure().map(f -> f.captionText())).as("figure caption")
                .isEqualTo(curated.figure().map(f -> f.captionText()));
        assertThat(blocks(imported)).as("headings and paragraphs").containsExactlyElementsOf(blocks(curated));
        assertThat(imported.notes()).as("notes").extracting(n -> n.label() + " " + n.text() + " " + n.references())
                .containsExactlyElementsOf(curated.notes().stream()
                        .map(n -> n.label() + " " + n.text() + " " + n.references()).toList());
    }

    /** Each block as one line: a heading's level and text, a paragraph's part, section, labels, text and markup. */
    private static List<String> blocks(Document document) {
        return document.blocks().stream().map((Block block) -> {
            if (block instanceof Heading heading) {
                return "h" + heading.level() + " " + heading.anchor() + " " + heading.text();
            }
            Paragraph p = (Paragraph) block;
            // Italics are an editor's addition to a plain-text seed; everything else in the markup must agree.
            String html = p.html().replaceAll("</?em>", "").replaceAll("\\s+", " ");
            return p.number() + " " + p.part() + " " + p.section() + " " + p.noteLabels() + "\n" + p.text() + "\n" + html;
        }).toList();
    }

    static Library load(Path root) {
        try {
            assertThat(Files.isDirectory(root.resolve("documents"))).isTrue();
            return new ContentLoader(root).load();
        } catch (org.concordance.content.ContentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
