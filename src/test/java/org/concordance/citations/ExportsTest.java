package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.Value;
import org.junit.jupiter.api.Test;

class ExportsTest {
    /** Run with -Dcitations.updateGolden=true to rewrite the golden files after a deliberate change. */
    private static final boolean UPDATE = Boolean.getBoolean("citations.updateGolden");
    private static final Path GOLDEN = Path.of("src/test/resources/citations");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Work> works = Fixtures.BIBLIOGRAPHY.works();

    private static void assertGolden(Export export) throws Exception {
        Path file = GOLDEN.resolve(export.fileName());
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, export.content(), StandardCharsets.UTF_8);
        }
        assertThat(export.content()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void theWholeBibliographyExportsMatchTheirGoldenFiles() throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            assertGolden(Exports.of(works, format));
        }
    }

    @Test
    void eachExportHasItsMediaTypeAndFileName() {
        Work work = Fixtures.BIBLIOGRAPHY.work("byman-breaking-the-bonds").orElseThrow();
        assertThat(Exports.of(work, ExportFormat.BIBTEX).fileName()).isEqualTo("byman-breaking-the-bonds.bib");
        assertThat(Exports.of(work, ExportFormat.BIBTEX).contentType()).isEqualTo("application/x-bibtex; charset=utf-8");
        assertThat(Exports.of(work, ExportFormat.RIS).fileName()).isEqualTo("byman-breaking-the-bonds.ris");
        assertThat(Exports.of(work, ExportFormat.RIS).format().mediaType()).isEqualTo("application/x-research-info-systems");
        assertThat(Exports.of(works, ExportFormat.CSL_JSON).fileName()).isEqualTo("concordance-bibliography.json");
        assertThat(Exports.of(works, ExportFormat.CSL_JSON).format().mediaType())
                .isEqualTo("application/vnd.citationstyles.csl+json");
        assertThat(ExportFormat.fromExtension("ris")).contains(ExportFormat.RIS);
        assertThat(ExportFormat.fromExtension("exe")).isEmpty();
    }

    @Test
    void bibtexParsesBackWithJbibtexToTheSameFields() throws Exception {
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(Exports.of(works, ExportFormat.BIBTEX).content()));
        assertThat(database.getEntries()).hasSize(works.size());
        for (Work work : works) {
            BibTeXEntry entry = database.resolveEntry(new Key(work.slug()));
            assertThat(entry).as(work.slug()).isNotNull();
            assertThat(entry.getType().getValue()).isEqualTo(work.type().bibtex());
            assertThat(value(entry, "title")).isEqualTo(work.title().orElse(null));
            assertThat(value(entry, "author")).isEqualTo(work.authors().isEmpty() ? null
                    : String.join(" and ", work.authors().stream().map(Name::inverted).toList()));
            assertThat(value(entry, "year")).isEqualTo(work.year().isPresent() ? String.valueOf(work.year().getAsInt()) : null);
            assertThat(value(entry, "publisher") != null ? value(entry, "publisher") : value(entry, "institution"))
                    .isEqualTo(work.publisher().orElse(null));
            assertThat(value(entry, "note") != null).isEqualTo(work.knownOnlyByShortForm());
        }
        BibTeXEntry article = database.resolveEntry(new Key("moghadam-terrorist-affiliations-in-context"));
        assertThat(value(article, "journal")).isEqualTo("CTS Sentinel");
        assertThat(value(article, "volume")).isEqualTo("8");
        assertThat(value(article, "number")).isEqualTo("3");
    }

    private static String value(BibTeXEntry entry, String field) {
        Value value = entry.getField(new Key(field));
        return value == null ? null : value.toUserString();
    }

    @Test
    void risParsesBackWithCiteprocsRisParserToTheSameFields() throws Exception {
        RISLibrary library = new RISParser().parse(new StringReader(Exports.of(works, ExportFormat.RIS).content()));
        assertThat(library.getReferences()).hasSize(works.size());
        for (int i = 0; i < works.size(); i++) {
            Work work = works.get(i);
            RISReference ris = library.getReferences().get(i);
            assertThat(ris.getId()).isEqualTo(work.slug());
            assertThat(ris.getType().name()).isEqualTo(work.type().ris());
            assertThat(ris.getTitle()).isEqualTo(work.title().orElse(null));
            assertThat(ris.getAuthors() == null ? List.of() : List.of(ris.getAuthors()))
                    .isEqualTo(work.authors().stream().map(Name::inverted).toList());
            assertThat(ris.getYear()).isEqualTo(work.year().isPresent() ? String.valueOf(work.year().getAsInt()) : null);
            assertThat(ris.getPublisher()).isEqualTo(work.publisher().orElse(null));
            assertThat(ris.getVolume()).isEqualTo(work.volume().orElse(null));
            assertThat(ris.getIssue()).isEqualTo(work.issue().orElse(null));
        }
        RISReference report = library.getReferences().stream()
                .filter(r -> r.getId().equals("byman-breaking-the-bonds")).findFirst().orElseThrow();
        assertThat(report.getTertiaryTitle()).isEqualTo("Analysis Paper");
        assertThat(report.getNumber()).isEqualTo("27");
    }

    @Test
    void cslJsonParsesBackWithJacksonAndCiteprocToTheSameFields() throws Exception {
        JsonNode parsed = JSON.readTree(Exports.of(works, ExportFormat.CSL_JSON).content());
        assertThat(parsed.size()).isEqualTo(works.size());
        for (int i = 0; i < works.size(); i++) {
            Work work = works.get(i);
            assertThat(parsed.get(i)).isEqualTo(JSON.valueToTree(CslItems.item(work)));
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JSON.convertValue(parsed.get(i), Map.class);
            CSLItemData item = CSLItemData.fromJson(map);
            assertThat(item.getId()).isEqualTo(work.slug());
            assertThat(item.getTitle()).isEqualTo(work.title().orElse(null));
            assertThat(item.getType().toString()).isEqualTo(work.type().csl());
        }
    }

    @Test
    void aSingleWorkExportsAsOneEntry() throws Exception {
        Work work = Fixtures.BIBLIOGRAPHY.work("byman-breaking-the-bonds").orElseThrow();
        assertGolden(Exports.of(work, ExportFormat.BIBTEX));
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(Exports.of(work, ExportFormat.BIBTEX).content()));
        assertThat(database.getEntries()).hasSize(1);
    }

    @Test
    void texSpecialCharactersAreEscapedInBibtex() {
        Work work = new Work("doe-a-b", WorkType.BOOK, List.of(Name.parse("Jo Doe")), java.util.Optional.of("Guns & {Money} 100%"),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.OptionalInt.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Set.of(WorkSource.REFERENCES));
        assertThat(Exports.of(work, ExportFormat.BIBTEX).content()).contains("title = {Guns \\& Money 100\\%}");
    }
}
