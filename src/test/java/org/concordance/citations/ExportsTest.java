package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.concordance.content.Document;
import org.concordance.content.Title;
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
    private static final SentenceCase NAMES = Fixtures.BIBLIOGRAPHY.sentenceCase();

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
            assertGolden(Exports.of(works, format, NAMES));
        }
    }

    @Test
    void eachExportHasItsMediaTypeAndFileName() {
        Work work = Fixtures.BIBLIOGRAPHY.work("byman-breaking-the-bonds").orElseThrow();
        assertThat(Exports.of(work, ExportFormat.BIBTEX, NAMES).fileName()).isEqualTo("byman-breaking-the-bonds.bib");
        assertThat(Exports.of(work, ExportFormat.BIBTEX, NAMES).contentType()).isEqualTo("application/x-bibtex; charset=utf-8");
        assertThat(Exports.of(work, ExportFormat.RIS, NAMES).fileName()).isEqualTo("byman-breaking-the-bonds.ris");
        assertThat(Exports.of(work, ExportFormat.RIS, NAMES).format().mediaType()).isEqualTo("application/x-research-info-systems");
        assertThat(Exports.of(works, ExportFormat.CSL_JSON, NAMES).fileName()).isEqualTo("concordance-bibliography.json");
        assertThat(Exports.of(works, ExportFormat.CSL_JSON, NAMES).format().mediaType())
                .isEqualTo("application/vnd.citationstyles.csl+json");
        assertThat(ExportFormat.fromExtension("ris")).contains(ExportFormat.RIS);
        assertThat(ExportFormat.fromExtension("exe")).isEmpty();
    }

    @Test
    void bibtexParsesBackWithJbibtexToTheSameFields() throws Exception {
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(Exports.of(works, ExportFormat.BIBTEX, NAMES).content()));
        assertThat(database.getEntries()).hasSize(works.size());
        for (Work work : works) {
            BibTeXEntry entry = database.resolveEntry(new Key(work.slug()));
            assertThat(entry).as(work.slug()).isNotNull();
            assertThat(entry.getType().getValue()).isEqualTo(work.type().bibtex());
            assertThat(value(entry, "title")).isEqualTo(work.title().map(t -> Exports.bibtex(t, NAMES)).orElse(null));
            assertThat(value(entry, "author")).isEqualTo(work.authors().isEmpty() ? null
                    : String.join(" and ", work.authors().stream().map(Name::inverted).toList()));
            assertThat(value(entry, "year")).isEqualTo(work.year().isPresent() ? String.valueOf(work.year().getAsInt()) : null);
            assertThat(value(entry, "publisher") != null ? value(entry, "publisher") : value(entry, "institution"))
                    .isEqualTo(work.publisher().orElse(null));
            assertThat(value(entry, "note") != null).isEqualTo(work.knownOnlyByShortForm());
            if (work.knownOnlyByShortForm()) {
                // The pages' words: the short form is the note's, its page not the work's.
                assertThat(value(entry, "note")).as(work.slug()).startsWith("Full reference not given in the text; a note cites it by the short form ");
            }
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
        RISLibrary library = new RISParser().parse(new StringReader(Exports.of(works, ExportFormat.RIS, NAMES).content()));
        assertThat(library.getReferences()).hasSize(works.size());
        for (int i = 0; i < works.size(); i++) {
            Work work = works.get(i);
            RISReference ris = library.getReferences().get(i);
            assertThat(ris.getId()).isEqualTo(work.slug());
            assertThat(ris.getType().name()).isEqualTo(work.type().ris());
            assertThat(ris.getTitle()).isEqualTo(work.title().map(Title::plain).orElse(null));
            assertThat(ris.getAuthors() == null ? List.of() : List.of(ris.getAuthors()))
                    .isEqualTo(work.authors().stream().map(Name::inverted).toList());
            assertThat(ris.getYear()).isEqualTo(work.year().isPresent() ? String.valueOf(work.year().getAsInt()) : null);
            assertThat(ris.getPublisher()).isEqualTo(work.publisher().orElse(null));
            assertThat(ris.getVolume()).isEqualTo(work.volume().orElse(null));
            assertThat(ris.getIssue()).isEqualTo(work.issue().orElse(null));
        }
        RISReference report = library.getReferences().stream()
                .filter(r -> r.getId().equals("byman-breaking-the-bonds")).findFirst().orElseThrow();
        // A report's series and number where Zotero's RIS translator reads them: T2 (seriesTitle) and
        // SN (reportNumber); T3 and M1 were kept as a note and as "Extra" (found by a trial).
        assertThat(report.getSecondaryTitle()).isEqualTo("Analysis Paper");
        assertThat(report.getIsbnOrIssn()).isEqualTo("27");
        assertThat(report.getTertiaryTitle()).isNull();
        assertThat(report.getNumber()).isNull();
    }

    @Test
    void cslJsonParsesBackWithJacksonAndCiteprocToTheSameFields() throws Exception {
        JsonNode parsed = JSON.readTree(Exports.of(works, ExportFormat.CSL_JSON, NAMES).content());
        assertThat(parsed.size()).isEqualTo(works.size());
        for (int i = 0; i < works.size(); i++) {
            Work work = works.get(i);
            assertThat(parsed.get(i)).isEqualTo(JSON.valueToTree(CslItems.item(work, CslItems.Target.export())));
            @SuppressWarnings("unchecked")
            Map<String, Object> map = JSON.convertValue(parsed.get(i), Map.class);
            CSLItemData item = CSLItemData.fromJson(map);
            assertThat(item.getId()).isEqualTo(work.slug());
            assertThat(item.getTitle()).isEqualTo(work.title().map(Title::csl).orElse(null));
            assertThat(item.getType().toString()).isEqualTo(work.type().csl());
        }
    }

    @Test
    void particlesAndItalicsInTitlesRoundTripThroughEveryFormat() throws Exception {
        List<Work> works = Bibliography.build(Libraries.withNotes(TitlesAndNamesTest.READING, TitlesAndNamesTest.BAGHDADI,
                TitlesAndNamesTest.KING), References.none()).works();
        assertThat(works).hasSize(3);
        // BibTeX, read by jbibtex and by citeproc-java's converter, which reads \emph and the von part.
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(Exports.of(works, ExportFormat.BIBTEX, NAMES).content()));
        Map<String, CSLItemData> fromBibtex = new BibTeXConverter().toItemData(database);
        // RIS, read by citeproc-java's parser and converter.
        RISLibrary risLibrary = new RISParser().parse(new StringReader(Exports.of(works, ExportFormat.RIS, NAMES).content()));
        List<CSLItemData> fromRis = risLibrary.getReferences().stream().map(r -> new RISConverter().toItemData(r)).toList();
        // CSL-JSON, read by Jackson and by the app's own references.json reader.
        String json = Exports.of(works, ExportFormat.CSL_JSON, NAMES).content();
        References fromJson = References.parse(Path.of("export.json"), json);
        for (int i = 0; i < works.size(); i++) {
            Work work = works.get(i);
            Name author = work.authors().get(0);
            CSLItemData bibtex = fromBibtex.get(work.slug());
            assertThat(bibtex.getTitle()).isEqualTo(work.title().orElseThrow().plain());
            assertThat(surname(bibtex.getAuthor()[0])).as(work.slug()).isEqualTo(author.surname());
            assertThat(bibtex.getAuthor()[0].getGiven()).isEqualTo(author.given().orElse(null));
            assertThat(Name.parse(value(database.resolveEntry(new Key(work.slug())), "author"))).isEqualTo(author);
            CSLItemData ris = fromRis.get(i);
            assertThat(ris.getTitle()).isEqualTo(work.title().orElseThrow().plain());
            assertThat(surname(ris.getAuthor()[0])).isEqualTo(author.surname());
            Reference reference = fromJson.entries().get(i);
            assertThat(reference.title()).isEqualTo(work.title().orElseThrow());
            assertThat(reference.authors()).isEqualTo(work.authors());
        }
        Work reading = works.stream().filter(w -> w.type() == WorkType.JOURNAL_ARTICLE).findFirst().orElseThrow();
        assertThat(reading.title().orElseThrow().hasItalics()).isTrue();
        JsonNode item = JSON.readTree(json).get(works.indexOf(reading));
        assertThat(item.at("/author/0/non-dropping-particle").asText()).isEqualTo("van de");
        assertThat(item.at("/author/0/family").asText()).isEqualTo("Velde");
        Work king = works.stream().filter(w -> w.authors().get(0).family().equals("King")).findFirst().orElseThrow();
        JsonNode kingItem = JSON.readTree(json).get(works.indexOf(king));
        assertThat(kingItem.at("/author/0/suffix").asText()).isEqualTo("Jr.");
        assertThat(kingItem.at("/author/0/given").asText()).isEqualTo("Martin Luther");
        assertThat(Exports.of(List.of(king), ExportFormat.BIBTEX, NAMES).content()).contains("author = {King, Jr., Martin Luther}");
        assertThat(Exports.of(List.of(king), ExportFormat.RIS, NAMES).content()).contains("AU  - King, Martin Luther, Jr.");
    }

    @Test
    void everyCharacterSpecialToTexInATitleComesBackFromBibtexAsItWas() throws Exception {
        String title = "Costs &amp; Benefits: 100% of $5 for #1 in snake_case, ~x^2, {braces} and back\\slash";
        List<Work> works = Bibliography.build(Libraries.withNotes("Jane Roe, “" + title + ",” <em>Studies in Conflict</em> 4"
                + " (2019): 7."), References.none()).works();
        Work work = works.get(0);
        assertThat(work.title().orElseThrow().plain())
                .isEqualTo("Costs & Benefits: 100% of $5 for #1 in snake_case, ~x^2, {braces} and back\\slash");
        String bib = Exports.of(works, ExportFormat.BIBTEX, NAMES).content();
        // Braces balanced whatever precedes them, so BibTeX reads the field to its end.
        String field = bib.lines().filter(line -> line.strip().startsWith("title = ")).findFirst().orElseThrow();
        assertThat(field.chars().filter(c -> c == '{').count()).isEqualTo(field.chars().filter(c -> c == '}').count());
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bib));
        CSLItemData read = new BibTeXConverter().toItemData(database).get(work.slug());
        assertThat(read.getTitle()).isEqualTo(work.title().orElseThrow().plain());
    }

    @Test
    void aUrlIsExportedToBibtexAsItIs() throws Exception {
        List<Work> works = Bibliography.build(Libraries.withNotes("Jane Roe, “A Report,” 2019,"
                + " https://example.org/a_report%20final~1.pdf."), References.none()).works();
        String bib = Exports.of(works, ExportFormat.BIBTEX, NAMES).content();
        assertThat(bib).contains("url = {https://example.org/a_report%20final~1.pdf}");
        // Braces and a backslash, which BibTeX would read as syntax, are percent-encoded: the same address.
        Work odd = Works.of(WorkType.WEB_PAGE, "roe-odd").author("Jane Roe").title("Odd")
                .url("https://example.org/a?x={y}&z=#frag\\").build();
        String oddBib = Exports.of(List.of(odd, works.get(0)), ExportFormat.BIBTEX, NAMES).content();
        assertThat(oddBib).contains("url = {https://example.org/a?x=%7By%7D&z=#frag%5C}");
        assertThat(new BibTeXParser().parse(new StringReader(oddBib)).getEntries()).hasSize(2);
    }

    /**
     * A note's address at doi.org is the article's DOI too (a trial: it was exported as a URL only),
     * and every style prints the DOI as its address (CMOS 14.8, APA 9.34, MLA 5.93).
     */
    @Test
    void aDoiAddressInANoteIsTheWorksDoiInEveryFormatAndStyle() throws Exception {
        Work article = Bibliography.build(Libraries.withNotes("Tricia Bacon, “Alliance Hubs,” <em>Security Studies</em> 23,"
                + " no. 3 (2014): 431–70, https://doi.org/10.1080/09636412.2014.935228."), References.none()).works().get(0);
        assertThat(CslItems.item(article, CslItems.Target.export())).containsEntry("DOI", "10.1080/09636412.2014.935228")
                .containsEntry("URL", "https://doi.org/10.1080/09636412.2014.935228");
        String bib = Exports.of(article, ExportFormat.BIBTEX, NAMES).content();
        assertThat(bib).contains("doi = {10.1080/09636412.2014.935228}");
        assertThat(new BibTeXConverter().toItemData(new BibTeXParser().parse(new StringReader(bib))).get(article.slug()).getDOI())
                .isEqualTo("10.1080/09636412.2014.935228");
        assertThat(Exports.of(article, ExportFormat.RIS, NAMES).content()).contains("DO  - 10.1080/09636412.2014.935228\n");
        assertThat(CslItems.doi("http://dx.doi.org/10.1000/a%3Cb%3E+c")).contains("10.1000/a<b>+c");
        assertThat(CslItems.doi("https://example.org/10.1000/182")).isEmpty();
        CitationFormatter formatter = CitationFormatter.create(NAMES, "Concordance");
        assertThat(formatter.format(article, CitationStyle.CHICAGO).text()).isEqualTo("Bacon, Tricia. “Alliance Hubs.” Security"
                + " Studies 23, no. 3 (2014). https://doi.org/10.1080/09636412.2014.935228.");
        assertThat(formatter.format(article, CitationStyle.APA).text()).isEqualTo("Bacon, T. (2014). Alliance hubs. Security"
                + " Studies, 23(3). https://doi.org/10.1080/09636412.2014.935228");
        assertThat(formatter.format(article, CitationStyle.MLA).text()).isEqualTo("Bacon, Tricia. “Alliance Hubs.” Security"
                + " Studies, vol. 23, no. 3, 2014, https://doi.org/10.1080/09636412.2014.935228.");
    }

    /** A CSL name's surname as printed: its non-dropping particle and family name. */
    private static String surname(de.undercouch.citeproc.csl.CSLName name) {
        String particle = name.getNonDroppingParticle();
        return particle == null ? name.getFamily() : particle + (Name.joins(particle) ? "" : " ") + name.getFamily();
    }

    /** A date an import wrote in ISO 8601 (a page gave it only in its citation tags) is cited to the day, not the year. */
    @Test
    void anIsoDateIsCitedToTheDay() {
        assertThat(CslItems.statedDate("2022-05-04")).contains(Map.of("date-parts", List.of(List.of(2022, 5, 4))));
        assertThat(CslItems.statedDate("2022-05")).contains(Map.of("date-parts", List.of(List.of(2022, 5))));
        assertThat(CslItems.statedDate("2022-13-04")).isEmpty();
        assertThat(CslItems.statedDate("2022-02-30")).isEmpty();
        assertThat(CslItems.statedDate("May 4, 2022")).contains(Map.of("date-parts", List.of(List.of(2022, 5, 4))));
    }

    /** A document of the library for a reference manager: what its page's "Cite this" formats, in each format. */
    @Test
    void aDocumentExportsAsItsPageCitesItInEveryFormat() throws Exception {
        for (Document document : Fixtures.LIBRARY.documents()) {
            String url = "https://library.example/documents/" + document.slug();
            Map<String, Object> item = CslItems.item(document, url, "Concordance", CslItems.Target.export());
            WorkType type = WorkType.fromCsl((String) item.get("type")).orElseThrow();
            Export json = Exports.of(document, url, "Concordance", ExportFormat.CSL_JSON, NAMES);
            assertThat(json.fileName()).isEqualTo(document.slug() + ".json");
            assertThat(JSON.readTree(json.content())).isEqualTo(JSON.valueToTree(List.of(item)));

            Export bib = Exports.of(document, url, "Concordance", ExportFormat.BIBTEX, NAMES);
            assertThat(bib.fileName()).isEqualTo(document.slug() + ".bib");
            BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bib.content()));
            assertThat(database.getEntries()).hasSize(1);
            BibTeXEntry entry = database.resolveEntry(new Key(document.slug()));
            assertThat(entry.getType().getValue()).isEqualTo(type.bibtex());
            assertThat(value(entry, "url")).isEqualTo(url);
            assertThat(value(entry, "urldate")).isEqualTo(document.metadata().accessed().map(Object::toString).orElse(null));
            assertThat(value(entry, "author") == null ? List.of() : List.of(value(entry, "author").split(" and ")))
                    .isEqualTo(document.metadata().authors().stream().map(a -> Name.parse(a).inverted()).toList());
            Map<String, CSLItemData> converted = new BibTeXConverter().toItemData(database);
            assertThat(converted.get(document.slug()).getTitle()).isEqualTo(document.metadata().title().map(Title::plain).orElse(null));

            Export ris = Exports.of(document, url, "Concordance", ExportFormat.RIS, NAMES);
            RISReference reference = new RISParser().parse(new StringReader(ris.content())).getReferences().get(0);
            assertThat(reference.getId()).isEqualTo(document.slug());
            assertThat(reference.getType().name()).isEqualTo(type.ris());
            assertThat(reference.getTitle()).isEqualTo(document.metadata().title().map(Title::plain).orElse(null));
            assertThat(reference.getURL()).isEqualTo(url);
        }
        // The excerpt gives no title: none is made up, its description is a note; its journal, volume,
        // issue, page and the season's year are what the text states.
        Document excerpt = Fixtures.LIBRARY.document("journal-excerpt-on-terrorist-affiliations").orElseThrow();
        String bib = Exports.of(excerpt, "https://library.example/x", "Concordance", ExportFormat.BIBTEX, NAMES).content();
        BibTeXEntry entry = new BibTeXParser().parse(new StringReader(bib)).getEntries().values().iterator().next();
        assertThat(entry.getType().getValue()).isEqualTo("article");
        assertThat(value(entry, "title")).isNull();
        assertThat(value(entry, "note")).isEqualTo("Excerpt of an article, title not given");
        assertThat(value(entry, "journal")).isEqualTo("International Journal on Criminology");
        assertThat(value(entry, "volume")).isEqualTo("7");
        assertThat(value(entry, "number")).isEqualTo("2");
        assertThat(value(entry, "year")).isEqualTo("2020");
        assertThat(value(entry, "pages")).isEqualTo("21");
        RISReference ris = new RISParser().parse(new StringReader(
                Exports.of(excerpt, "https://library.example/x", "Concordance", ExportFormat.RIS, NAMES).content())).getReferences().get(0);
        assertThat(ris.getType().name()).isEqualTo("JOUR");
        assertThat(ris.getYear()).isEqualTo("2020");
        assertThat(ris.getNotes()).containsExactly("Excerpt of an article, title not given");
        // The season in RIS's date's fourth part, where the format keeps it (found by a trial: only the year).
        assertThat(Exports.of(excerpt, "https://library.example/x", "Concordance", ExportFormat.RIS, NAMES).content())
                .contains("PY  - 2020\n", "DA  - 2020///Spring\n");
        // "Spring 2020": its year as date parts, which every reference manager reads, and CSL's season.
        JsonNode issued = JSON.readTree(Exports.of(excerpt, "https://library.example/x", "Concordance", ExportFormat.CSL_JSON, NAMES)
                .content()).get(0).get("issued");
        assertThat(issued.get("date-parts").toString()).isEqualTo("[[2020]]");
        assertThat(issued.get("season").asInt()).isEqualTo(1);
        assertThat(issued.has("literal")).isFalse();
        // In one order on every run and replica, so the same bytes and entity tag.
        java.util.List<String> keys = new java.util.ArrayList<>();
        issued.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("date-parts", "season");
        // A blog post whose blog the text does not name is a page of this site, as its page cites it.
        Document bacon = Fixtures.LIBRARY.document("allies-poised-to-help-the-islamic-state-recover").orElseThrow();
        String baconBib = Exports.of(bacon, "https://library.example/b", "Concordance", ExportFormat.BIBTEX, NAMES).content();
        assertThat(baconBib).startsWith("@online{allies-poised-to-help-the-islamic-state-recover,\n")
                .contains("  author = {Bacon, Tricia},\n", "  organization = {Concordance},\n", "  urldate = {2026-11-22},\n")
                .doesNotContain("howpublished");
    }

    /** A cited work's season is kept in RIS's date as a document's is ("DA 2020///Spring"). */
    @Test
    void aCitedWorksSeasonIsKeptInRis() {
        List<Work> works = Bibliography.build(Libraries.withNotes(
                "Jo Writer, “Hubs and Partners,” <em>Journal of Alliances</em> 7, no. 2 (Spring 2020): 21."), References.none()).works();
        assertThat(works).singleElement().satisfies(work -> assertThat(work.date()).contains("Spring 2020"));
        assertThat(Exports.of(works, ExportFormat.RIS, NAMES).content()).contains("PY  - 2020\n", "DA  - 2020///Spring\n");
    }

    @Test
    void aSingleWorkExportsAsOneEntry() throws Exception {
        Work work = Fixtures.BIBLIOGRAPHY.work("byman-breaking-the-bonds").orElseThrow();
        assertGolden(Exports.of(work, ExportFormat.BIBTEX, NAMES));
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(Exports.of(work, ExportFormat.BIBTEX, NAMES).content()));
        assertThat(database.getEntries()).hasSize(1);
    }

    /**
     * BibTeX styles that lower-case titles (plain, apalike) would print "al qaeda": the names the
     * library lists and acronyms are braced, as reference managers export them; the rest is left
     * to the style. Read back by jbibtex and printed as a style would, the capitals survive.
     */
    @Test
    void bibtexProtectsTheCapitalsOfProperNamesAndAcronyms() throws Exception {
        Work byman = Fixtures.BIBLIOGRAPHY.work("byman-breaking-the-bonds").orElseThrow();
        String bib = Exports.of(byman, ExportFormat.BIBTEX, NAMES).content();
        assertThat(bib).contains("title = {Breaking the Bonds Between {Al Qaeda} and its Affiliate Organizations},");
        BibTeXEntry entry = new BibTeXParser().parse(new StringReader(bib)).resolveEntry(new Key("byman-breaking-the-bonds"));
        String title = value(entry, "title");
        assertThat(title).isEqualTo("Breaking the Bonds Between {Al Qaeda} and its Affiliate Organizations");
        // What a lower-casing style does: everything outside braces in lower case, the first letter kept.
        String lowered = title.charAt(0) + lowerOutsideBraces(title.substring(1));
        assertThat(new org.jbibtex.LaTeXPrinter().print(new org.jbibtex.LaTeXParser().parse(lowered)))
                .isEqualTo("Breaking the bonds between Al Qaeda and its affiliate organizations");

        Work acronym = Works.of(WorkType.BOOK, "doe-isis").author("Jo Doe").title("Why ISIS and I Disagree").build();
        assertThat(Exports.of(acronym, ExportFormat.BIBTEX, NAMES).content()).contains("title = {Why {ISIS} and {I} Disagree}");
        Work italic = Works.of(WorkType.BOOK, "doe-nexus").author("Jo Doe").title("On <i>Nexus of Global Jihad</i> and Al Qaeda").build();
        assertThat(Exports.of(italic, ExportFormat.BIBTEX, NAMES).content())
                .contains("title = {On \\emph{Nexus of Global Jihad} and {Al Qaeda}}");
    }

    private static String lowerOutsideBraces(String tex) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : tex.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            out.append(depth == 0 ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }

    @Test
    void aWorkWithANumberAndAnIssueHasEachFieldOnce() throws Exception {
        Work report = Works.of(WorkType.REPORT, "roe-a-report").author("Jane Roe").title("A Report").number("7").volume("1", "2")
                .build();
        String bib = Exports.of(report, ExportFormat.BIBTEX, NAMES).content();
        assertThat(bib).containsOnlyOnce("number = {7}").contains("issue = {2}");
        BibTeXEntry entry = new BibTeXParser().parse(new StringReader(bib)).resolveEntry(new Key("roe-a-report"));
        assertThat(value(entry, "number")).isEqualTo("7");
        assertThat(value(entry, "issue")).isEqualTo("2");
    }

    @Test
    void texSpecialCharactersAreEscapedInBibtex() {
        Work work = Works.of(WorkType.BOOK, "doe-a-b").author("Jo Doe").title("Guns &amp; {Money} 100%").build();
        assertThat(Exports.of(work, ExportFormat.BIBTEX, NAMES).content()).contains("title = {Guns \\& \\textbraceleft{}Money\\textbraceright{} 100\\%}");
    }
}
