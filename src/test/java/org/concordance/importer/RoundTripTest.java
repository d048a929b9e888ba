package org.concordance.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.concordance.content.Document;
import org.concordance.content.DocumentKind;
import org.concordance.content.Excerpt;
import org.concordance.content.Metadata;
import org.concordance.content.Paragraph;
import org.concordance.content.Part;
import org.concordance.content.Title;
import org.junit.jupiter.api.Test;

/** What the writer writes, the content parser reads back: text, italics, markers, notes, metadata. */
class RoundTripTest {
    static final List<String> AWKWARD = List.of(
            "Stars *like these* and **bold** and a lone * in the middle.",
            "snake_case and _underscores_ and __dunder__ stay as typed.",
            "Brackets [like this] and [^ 7] and [link](http://example.org) and ![image](x.png) are text.",
            "A backslash \\ and a trailing one \\",
            "# not a heading",
            "## nor this",
            "1. not a list item",
            "1997. A year that starts a paragraph.",
            "2) neither is this",
            "- not a bullet",
            "+ nor this",
            "> not a quotation",
            "--- not a rule",
            "---",
            "***",
            "=== setext?",
            "```not code```",
            "~~~ not a fence",
            "<b>HTML-looking</b> text and <script>alert(1)</script> and <http://example.org>.",
            "Entities &amp; &lt; &#169; &#x263A; &copy; stay as typed, and AT&T too.",
            "Pipes | and tildes ~~struck~~ and carets ^ are text.",
            "Arabic: القاعدة في بلاد الرافدين، وهو نص من اليمين إلى اليسار.",
            "Hebrew mixed with English: שלום world.",
            "Combining marks: e\u0301, a\u0308, \u1EA1\u0300; Devanagari नमस्ते; Chinese 恐怖组织; emoji 🙂.",
            "Tanẓīm al-Qāʿida and Ørjan Åsebø’s “quotes” — dashes – and ellipses…",
            "    four spaces of indent are layout, not code",
            "Email-like <someone@example.org> and a colon: here.",
            "A line ending in two spaces  ",
            "Trailing hash #",
            "Percent 98% and dollars $2 million and (1) and May 30.");

    @Test
    void awkwardTextReadsBackAsWritten() throws Exception {
        List<Draft.Block> body = new ArrayList<>();
        for (String text : AWKWARD) {
            body.add(new Draft.Paragraph(Prose.of(text)));
        }
        Document document = roundTrip(draft(body, List.of()));
        assertThat(document.paragraphs()).extracting(Paragraph::text)
                .containsExactlyElementsOf(AWKWARD.stream().map(t -> Prose.of(t).plain()).toList());
    }

    @Test
    void markersItalicsAndNotesReadBack() throws Exception {
        Prose prose = new Prose(List.of(new Inline.Text("As Byman wrote in "), new Inline.Emphasis("Buddies or Burdens?"),
                new Inline.Text(", allies matter."), new Inline.Marker("14"), new Inline.Text(" Wow!"),
                new Inline.Marker("15"), new Inline.Text("(see also) the "), new Inline.Emphasis("*starred* title"),
                new Inline.Text("s and "), new Inline.Emphasis("“quoted”"), new Inline.Text("text.")));
        Prose first = new Prose(List.of(new Inline.Marker("16"), new Inline.Text(": a paragraph that opens with a marker.")));
        List<Draft.Note> notes = List.of(
                new Draft.Note("14", new Prose(List.of(new Inline.Text("Byman, "), new Inline.Emphasis("Buddies"), new Inline.Text(", 442.")))),
                new Draft.Note("15", Prose.of("[1] Ibid. *Not italic* <i>nor this</i>.")),
                new Draft.Note("16", Prose.of("# Sixteen")));
        Document document = roundTrip(draft(List.of(new Draft.Heading(2, "Section # one #"),
                new Draft.Paragraph(prose), new Draft.Heading(3, "A [sub] section *"), new Draft.Paragraph(first)), notes));

        Paragraph paragraph = document.paragraphs().get(0);
        assertThat(paragraph.text()).isEqualTo(prose.plain());
        assertThat(paragraph.noteLabels()).containsExactly("14", "15");
        assertThat(paragraph.html()).contains("<em>Buddies or Burdens?</em>", "<em>*starred* title</em>");
        assertThat(document.paragraphs().get(1).noteLabels()).containsExactly("16");
        assertThat(document.paragraphs().get(1).text()).isEqualTo(": a paragraph that opens with a marker.");
        assertThat(document.headings()).extracting(h -> h.level() + " " + h.text())
                .containsExactly("2 Section # one #", "3 A [sub] section *");
        assertThat(document.notes()).extracting(n -> n.label() + " " + n.text()).containsExactly(
                "14 Byman, Buddies, 442.", "15 [1] Ibid. *Not italic* <i>nor this</i>.", "16 # Sixteen");
        assertThat(document.note("14").orElseThrow().html()).contains("<em>Buddies</em>");
    }

    @Test
    void linksReadBackWithTheirWordsAndAddresses() throws Exception {
        Prose prose = new Prose(List.of(new Inline.Link("[Draft] words *and* stars_", "https://example.org/a_(b)\\c?q=1&amp;d", false),
                new Inline.Text(" then a marker"), new Inline.Marker("14"), new Inline.Link("linked at once", "https://example.org/m", false),
                new Inline.Text(" and wow!"), new Inline.Link("an image?", "mailto:a@example.org", false),
                new Inline.Text(" and the "), new Inline.Link("partly ", "https://example.org/t", false),
                new Inline.Link("italic", "https://example.org/t", true), new Inline.Link(" words", "https://example.org/t", false),
                new Inline.Text(" and "), new Inline.Emphasis("italics by "), new Inline.Link("“a link”", "https://example.org/q", true),
                new Inline.Link("https://example.org/same", "https://example.org/same", false),
                new Inline.Text("(1999) [^ 2]: "), new Inline.Link("`code`", "https://example.org/`x`", false)));
        List<Draft.Note> notes = List.of(new Draft.Note("14", new Prose(List.of(new Inline.Text("See "),
                new Inline.Link("the data", "https://example.org/data", false), new Inline.Text(".")))));
        Document document = roundTrip(draft(List.of(new Draft.Paragraph(prose)), notes));

        Paragraph paragraph = document.paragraphs().get(0);
        assertThat(paragraph.text()).isEqualTo(prose.plain());
        assertThat(paragraph.noteLabels()).containsExactly("14");
        assertThat(links(paragraph.html())).containsExactlyElementsOf(rendered(prose.links()));
        assertThat(prose.links()).extracting(Prose.LinkedWords::href).containsExactly("https://example.org/a_(b)\\c?q=1&amp;d",
                "https://example.org/m", "mailto:a@example.org", "https://example.org/t", "https://example.org/q",
                "https://example.org/same", "https://example.org/`x`");
        assertThat(paragraph.html()).contains("the <a rel=\"nofollow\" href=\"https://example.org/t\">partly <em>italic</em> words</a>")
                .contains("<em>italics by</em> <a rel=\"nofollow\" href=\"https://example.org/q\"><em>“a link”</em></a>");
        assertThat(links(document.note("14").orElseThrow().html()))
                .containsExactly(new Prose.LinkedWords("the data", "https://example.org/data"));
    }

    @Test
    void randomLinksFromHostileCharactersReadBackVerbatim() throws Exception {
        String alphabet = "aZ 09*_`[]<>()!#&;\\-+=~|.:^\"'{}$%@/\u00e9\u0627\u4e00 ";
        String addressAlphabet = "aZ09*_`[]()!#&;\\-+=~|.:^'{}$%@/?\u00e9\u4e00";
        Random random = new Random(20261205);
        List<Draft.Block> body = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            List<Inline> inlines = new ArrayList<>();
            for (int run = 0; run < 3; run++) {
                String address = "https://example.org/" + random(random, addressAlphabet, 12);
                inlines.add(new Inline.Text(random(random, alphabet, 6)));
                inlines.add(new Inline.Link(random(random, alphabet, 10), address, random.nextBoolean()));
            }
            Prose prose = new Prose(inlines);
            if (MarkdownText.unwritable(prose).isEmpty()) {
                body.add(new Draft.Paragraph(prose));
            }
        }
        Document document = roundTrip(draft(body, List.of()));
        for (int i = 0; i < body.size(); i++) {
            Prose prose = ((Draft.Paragraph) body.get(i)).prose();
            assertThat(document.paragraphs().get(i).text()).isEqualTo(prose.plain());
            assertThat(links(document.paragraphs().get(i).html())).as(prose.toString()).containsExactlyElementsOf(rendered(prose.links()));
        }
    }

    /**
     * The links as a page renders them: each address as a URL holds it, the characters it cannot
     * (a backslash, a bracket, "é") percent-encoded by commonmark-java, which renders the text.
     */
    private static List<Prose.LinkedWords> rendered(List<Prose.LinkedWords> links) {
        return links.stream().map(link -> new Prose.LinkedWords(link.words(),
                org.commonmark.internal.util.Escaping.percentEncodeUrl(link.href()))).toList();
    }

    private static String random(Random random, String alphabet, int most) {
        StringBuilder text = new StringBuilder();
        for (int i = 1 + random.nextInt(most); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** A paragraph's or note's links as the content parser rendered them. */
    private static List<Prose.LinkedWords> links(String html) {
        return org.jsoup.Jsoup.parseBodyFragment(html).select("a[href]").stream().filter(a -> a.closest("sup") == null)
                .map(a -> new Prose.LinkedWords(a.text(), a.attr("href"))).toList();
    }

    @Test
    void metadataThatYamlWouldMisreadReadsBack() throws Exception {
        String title = "- yes: no # \"7\" 'null' [x] {y} &z *w";
        Draft draft = new Draft(new Metadata(Optional.of(Title.of(title)), title, DocumentKind.REPORT,
                List.of("null", "O’Brien, Jr.", "7"), Optional.of("true"), Optional.of("7"), Optional.of("2"),
                Optional.of("Spring 2020"), OptionalInt.of(2020), Optional.of("21–23"), Optional.of("By: someone # here"),
                Optional.empty(), Optional.of(new Excerpt(true, false)), Optional.of(LocalDate.of(2026, 11, 22)),
                Optional.of("https://example.org/reports/o'brien_(final).pdf?x=1&y=%22two%22#p-3:yes"),
                Optional.of("zh-Hans"), "file with spaces — and dashes.txt"), Optional.of(Prose.of("A *caption* with [brackets].")),
                List.of(Prose.of("Standfirst one."), Prose.of("# Standfirst two.")),
                List.of(new Draft.Paragraph(Prose.of("Body."))), List.of(Prose.of("About: the author."), Prose.of("More.")),
                List.of());
        Document document = roundTrip(draft);
        assertThat(document.metadata().title().map(Title::plain)).contains(title);
        assertThat(document.metadata().authors()).containsExactly("null", "O’Brien, Jr.", "7");
        assertThat(document.metadata().venue()).contains("true");
        assertThat(document.metadata().volume()).contains("7");
        assertThat(document.metadata().year()).hasValue(2020);
        assertThat(document.metadata().pages()).contains("21–23");
        assertThat(document.metadata().byline()).contains("By: someone # here");
        assertThat(document.metadata().excerpt()).contains(new Excerpt(true, false));
        assertThat(document.metadata().accessed()).contains(LocalDate.of(2026, 11, 22));
        assertThat(document.metadata().sourceFile()).isEqualTo("file with spaces — and dashes.txt");
        assertThat(document.metadata().summary()).isEmpty();
        assertThat(document.figure().orElseThrow().captionText()).isEqualTo("A *caption* with [brackets].");
        assertThat(document.paragraphs(Part.STANDFIRST)).extracting(Paragraph::text)
                .containsExactly("Standfirst one.", "# Standfirst two.");
        assertThat(document.paragraphs(Part.ABOUT)).extracting(Paragraph::text).containsExactly("About: the author.", "More.");
    }

    @Test
    void aLabelStandsWhenThereIsNoTitle() throws Exception {
        Draft draft = new Draft(metadata(Optional.empty(), "Excerpt (title not given in the text)", "a.txt"),
                Optional.empty(), List.of(), List.of(new Draft.Paragraph(Prose.of("Text."))), List.of(), List.of());
        Document document = roundTrip(draft);
        assertThat(document.metadata().title().map(Title::plain)).isEmpty();
        assertThat(document.metadata().label()).isEqualTo("Excerpt (title not given in the text)");
    }

    @Test
    void randomTextFromHostileCharactersReadsBackVerbatim() throws Exception {
        String alphabet = "aZ 09*_`[]<>()!#&;\\-+=~|.:^\"'{}$%@/\u00e9\u0301\u0627\u05e9\u4e00 ";
        Random random = new Random(20261122);
        List<Draft.Block> body = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Prose prose = Prose.of(text.toString());
            // "[^x]" in text is always a note marker to the content format (see MarkdownText.unwritable).
            if (!prose.isBlank() && MarkdownText.unwritable(prose).isEmpty()) {
                body.add(new Draft.Paragraph(prose));
            }
        }
        Document document = roundTrip(draft(body, List.of()));
        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactlyElementsOf(
                body.stream().map(b -> ((Draft.Paragraph) b).prose().plain()).toList());
    }

    @Test
    void textThatTheFormatWouldReadAsAMarkerIsNamed() {
        assertThat(MarkdownText.unwritable(Prose.of("A literal [^7] in the text."))).contains("[^7]");
        assertThat(MarkdownText.unwritable(Prose.of("A [^ 7] or [7] or ^7 is fine."))).isEmpty();
    }

    static Document roundTrip(Draft draft) throws Exception {
        String markdown = DocumentWriter.write(draft, "test", Set.of());
        try {
            return ReadBack.parse("round-trip", markdown, draft.source());
        } catch (org.concordance.content.ContentException e) {
            throw new AssertionError(e.getMessage() + "\n" + markdown, e);
        }
    }

    static Draft draft(List<Draft.Block> body, List<Draft.Note> notes) {
        return new Draft(metadata(Optional.of("Round trip"), "Round trip", "source.txt"), Optional.empty(), List.of(), body,
                List.of(), notes);
    }

    static Metadata metadata(Optional<String> title, String label, String source) {
        return new Metadata(title.map(Title::of), label, DocumentKind.DOCUMENT, List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(LocalDate.of(2026, 11, 22)), Optional.empty(), Optional.empty(), source);
    }
}
