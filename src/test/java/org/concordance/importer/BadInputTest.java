package org.concordance.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad input gets a message naming the file and the reason, a non-zero exit code, and leaves
 * nothing in the content folder: no document, no source copy, no temporary file.
 */
class BadInputTest {
    @TempDir
    Path folder;

    private Imports imports;
    private String out;
    private String err;

    private int run(boolean force, Path... files) {
        imports = imports == null ? new Imports(folder) : imports;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int exit = ImportCommand.run(List.of(files), imports.content(), Given.NONE, force, Optional::empty, Imports.TODAY,
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8), false);
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private Path file(String name, byte[] bytes) {
        imports = imports == null ? new Imports(folder) : imports;
        return imports.file(name, bytes);
    }

    private void assertRefused(Path file, String reason) throws IOException {
        assertThat(run(false, file)).isEqualTo(1);
        assertThat(err).contains("concordance import: " + file + ": ").contains(reason).contains("nothing written");
        assertThat(out).contains("imported 0 of 1 files");
        assertThat(filesIn(imports.content())).as("files left in the content folder").isEmpty();
    }

    /** A text longer than one document's page can show whole is refused, saying to split it (not "please report this"). */
    @Test
    void aTextOfMoreParagraphsThanADocumentHoldsIsRefused() throws IOException {
        StringBuilder text = new StringBuilder("A Long Text\n\n");
        for (int i = 1; i <= org.concordance.content.Document.MAX_BLOCKS + 1; i++) {
            text.append("Paragraph number ").append(i).append(" of the long text, a sentence of its own.\n\n");
        }
        assertRefused(file("long.txt", text.toString().getBytes(StandardCharsets.UTF_8)),
                "the text has 3,001 paragraphs and headings and 0 notes; a document holds at most 3,000 and 1,500, as its page is"
                        + " shown whole: split the file into parts and import each");
    }

    /** A page nested hundreds deep is refused at once (a hostile tester's 100,000 nested divs ran for minutes). */
    @Test
    void aPageNestedHundredsDeepIsRefused() throws IOException {
        String html = "<html><body>" + "<div>".repeat(20_000) + "<p>Words at the bottom.</p>" + "</div>".repeat(20_000) + "</body></html>";
        long start = System.nanoTime();
        assertRefused(file("deep.html", html.getBytes(StandardCharsets.UTF_8)),
                "the page nests its elements more than 256 deep, where pages nest a few dozen");
        assertThat((System.nanoTime() - start) / 1_000_000_000).as("seconds, not minutes").isLessThan(30);
    }

    /** Text within the limit in characters but not in bytes (a script of three bytes a character) is refused before it is written. */
    @Test
    void aTextWhoseFileWouldBeOverTheLimitIsRefused() throws IOException {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>長い文章</title></head>"
                + "<body><article><h1>長い文章</h1>");
        String paragraph = "<p>" + "同盟と協力についての文。".repeat(50) + "</p>";
        for (int i = 0; i < 1_900; i++) {
            html.append(paragraph);
        }
        assertRefused(file("long-cjk.html", html.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8)),
                "a document holds at most 3 MB: split the file into parts and import each");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertRefused(file("empty.txt", "  \n\n ".getBytes(StandardCharsets.UTF_8)), "the file is empty");
    }

    @Test
    void aBinaryFileNamedTxtIsRefused() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[10] = 0;
        assertRefused(file("photo.txt", bytes), "not text but binary data");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRefusedSayingToSaveItAsUtf8() throws IOException {
        assertRefused(file("notepad.txt", "A title\n\nA paragraph.\n".getBytes(StandardCharsets.UTF_16LE)),
                "save it as UTF-8");
        byte[] broken = {(byte) 0xFF, (byte) 0xFE, 0x41, 0x00, 0x00, (byte) 0xD8}; // a mark, "A", half a surrogate pair
        assertRefused(file("broken.txt", broken), "the byte-order mark of UTF-16LE text, but its bytes are not UTF-16LE");
    }

    @Test
    void aPdfNamedTxtIsRefusedWithTheRightName() throws IOException {
        assertRefused(file("article.txt", PdfImportTest.article()), "binary data (a PDF; name it .pdf)");
    }

    @Test
    void anImageOnlyPdfIsRefused() throws IOException {
        assertRefused(file("scan.pdf", new TestPdf().imagePage().bytes()), "holds only images of its pages and no text");
    }

    @Test
    void anEncryptedPdfIsRefused() throws IOException {
        byte[] pdf = new TestPdf().page(null, null).line(TestPdf.ROMAN, 10, "Secret text.").encrypted("s3cret");
        assertRefused(file("locked.pdf", pdf), "encrypted and needs a password");
    }

    /**
     * A PDF cut short (a download stopped early) is said to be damaged: refused when nothing of it
     * can be read, else imported with a warning that what came after is missing. A trial's cut
     * copies were "the PDF holds no text" and a silent import without its second page.
     */
    @Test
    void aPdfCutShortIsSaidToBeDamaged() throws IOException {
        byte[] whole = PdfImportTest.article();
        assertThat(run(false, file("whole.pdf", whole))).isZero();
        assertThat(out).doesNotContain("damaged");
        for (int cut : new int[] {whole.length / 4, whole.length / 2, whole.length - 40}) {
            imports = new Imports(folder.resolve("cut-" + cut)); // each into a library of its own: they share a title
            int exit = run(false, file("cut-" + cut + ".pdf", java.util.Arrays.copyOf(whole, cut)));
            assertThat(exit == 0 ? out : err).as("cut at %d of %d bytes", cut, whole.length)
                    .contains("the PDF is damaged: it ends before its end-of-file marker");
        }
    }

    /**
     * A PDF whose fonts map their glyphs to no text (no Unicode map, codes no encoding names) is
     * refused: PDFBox takes each code for a character, and a trial's came in as "6DQFWXDU\\ DQG" for
     * "Sanctuary and", with control characters between.
     */
    @Test
    void aPdfWhoseGlyphsAreNotTextIsRefused() throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            org.apache.pdfbox.pdmodel.PDResources resources = new org.apache.pdfbox.pdmodel.PDResources();
            String font = resources.add(TestPdf.ROMAN).getName();
            page.setResources(resources);
            // Codes 1–26 name no glyph in WinAnsiEncoding; a few words of real text among them.
            StringBuilder codes = new StringBuilder();
            for (int c = 1; c <= 26; c++) {
                codes.append(String.format("%02X", c));
            }
            StringBuilder content = new StringBuilder();
            for (int line = 0; line < 20; line++) {
                content.append("BT /").append(font).append(" 11 Tf 72 ").append(700 - line * 14)
                        .append(" Td <").append(codes).append("> Tj (and so) Tj ET\n");
            }
            page.setContents(new org.apache.pdfbox.pdmodel.common.PDStream(document,
                    new java.io.ByteArrayInputStream(content.toString().getBytes(StandardCharsets.US_ASCII))));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            document.save(bytes);
            assertRefused(file("unmapped.pdf", bytes.toByteArray()), "the PDF's fonts do not say which letters their glyphs are");
            assertThat(err).contains("520 of its 640 characters cannot be read as text").doesNotContain("damaged");
        }
    }

    /** A sign-in page saved in place of the article (a trial's imported as a document, "Sign in"). */
    @Test
    void aSignInPageIsRefused() throws IOException {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sign in | Journal Access</title>"
                + "</head><body><header><nav><a href=\"/\">Home</a></nav></header><main><form action=\"/login\" method=\"post\">"
                + "<h1>Sign in</h1><p>Please sign in to access this article.</p><label>Email <input name=\"email\"></label>"
                + "<label>Password <input type=\"password\" name=\"pw\"></label><button>Sign in</button></form></main>"
                + "<footer>© Publisher</footer></body></html>";
        assertRefused(file("login.html", html.getBytes(StandardCharsets.UTF_8)), "the page is a sign-in form");
    }

    @Test
    void aFileThatIsNotAPdfNamedPdfIsRefusedSayingWhatItIs() throws IOException {
        // PDFBox's own message ("End-of-File, expected line") said nothing a user could act on (a trial).
        assertRefused(file("fake.pdf", "just some words".getBytes(StandardCharsets.UTF_8)), "the file is text, not a PDF: name it .txt");
        assertRefused(file("page.pdf", "\n<!DOCTYPE html><html><head><title>A</title></head><body><p>B</p></body></html>"
                .getBytes(StandardCharsets.UTF_8)), "the file is a web page, not a PDF: name it .html");
        assertRefused(file("noise.pdf", new byte[] {1, 2, 3, 0, 5}), "the file is not a PDF (it does not begin with %PDF-)");
    }

    /**
     * Text saved by Notepad as "Unicode" (a UTF-16 byte-order mark) and named .pdf: its NULs had it
     * called neither a PDF nor text. It is read in the encoding its mark names and named for what it is.
     */
    @Test
    void aUnicodeTextOrPageNamedPdfIsNamedForWhatItIs() throws IOException {
        assertRefused(file("notepad.pdf", "\uFEFFjust some words".getBytes(StandardCharsets.UTF_16LE)),
                "the file is text, not a PDF: name it .txt");
        assertRefused(file("big-endian.pdf", "\uFEFFjust some words".getBytes(StandardCharsets.UTF_16BE)),
                "the file is text, not a PDF: name it .txt");
        assertRefused(file("page.pdf", "\uFEFF<!DOCTYPE html><html><body><p>B</p></body></html>"
                .getBytes(java.nio.charset.Charset.forName("UTF-32LE"))), "the file is a web page, not a PDF: name it .html");
    }

    @Test
    void aFiveMegabyteTextIsRefusedForItsSizeBeforeItIsRead() throws IOException {
        StringBuilder text = new StringBuilder("A Very Long Text\n\n");
        String paragraph = "Groups form alliances when the gains outweigh the risks of working together. ".repeat(12) + "\n\n";
        while (text.length() < 5 * 1024 * 1024) {
            text.append(paragraph);
        }
        assertRefused(file("long.txt", text.toString().getBytes(StandardCharsets.UTF_8)), "5.0 MB of text");
        assertThat(err).contains("up to 2.0 MB");
    }

    @Test
    void aTextWithNoParagraphBreaksIsRefusedSayingWhereToPutThem() throws IOException {
        String line = "Groups form alliances when the gains outweigh the risks of working together. ".repeat(1_600);
        assertRefused(file("one-line.txt", ("A Text in One Line\n\n" + line + "\n").getBytes(StandardCharsets.UTF_8)),
                "the text has a paragraph of 123,199 characters, beginning “Groups form alliances when the gains outweigh the risks of…”;"
                        + " the most a paragraph can hold is 100,000");
        assertThat(err).contains("Put a blank line where its paragraphs end").doesNotContain("please report");
    }

    @Test
    void notesWithoutMarkersAreRefused() throws IOException {
        String text = "A Title\n\nA paragraph that cites nothing at all. Another sentence.\n\nNotes\n\n1. Smith, Allies, 12.\n2. Ibid.\n";
        assertRefused(file("notes.txt", text.getBytes(StandardCharsets.UTF_8)),
                "2 notes (1–2) under the heading “Notes” but no marker in the text cites them");
    }

    @Test
    void markersWithoutNotesAreRefused() throws IOException {
        String text = "A Title\n\nGroups cooperate.[1] They do so for gain.[2] And for fame.[3]\n";
        assertRefused(file("markers.txt", text.getBytes(StandardCharsets.UTF_8)), "cites notes (“[1]”) but holds no notes");
    }

    @Test
    void aWebPageMarkerWhoseNoteIsMissingStaysText() throws IOException {
        String html = "<html><head><title>T</title></head><body><article><p>Groups cooperate for gain and for fame and "
                + "for many other reasons that take words.<sup><a href='#fn1'>1</a></sup></p><p id='fn1'>"
                + "</p></article></body></html>";
        Path page = file("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(run(false, page)).isZero(); // an empty target is no note, so the link is no marker
        assertThat(out).contains("title    T");
        assertThat(Files.readString(imports.content().resolve("documents/t.md"))).contains("take words.1").doesNotContain("[^1]");
    }

    @Test
    void aDocumentAlreadyInTheContentFormatIsRefused() throws IOException {
        byte[] curated = Files.readAllBytes(Path.of("content/documents/why-terrorist-actors-cooperate.md"));
        assertRefused(file("why.md", curated), "already has YAML front matter");
    }

    @Test
    void anUnsupportedTypeIsRefused() throws IOException {
        assertRefused(file("essay.docx", "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1)), "unsupported type '.docx'");
    }

    @Test
    void aMissingFileIsRefused() throws IOException {
        imports = new Imports(folder);
        assertRefused(folder.resolve("nowhere.txt"), "no such file");
    }

    @Test
    void anExistingDocumentIsKeptWithoutForceAndReplacedWithIt() throws IOException {
        Path first = file("post.txt", "Same Title\n\nThe first version of the text.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run(false, first)).isZero();
        Path document = imports.content().resolve("documents/same-title.md");
        String before = Files.readString(document);

        Path second = file("post2.txt", "Same Title\n\nThe second version of the text.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run(false, second)).isEqualTo(1);
        assertThat(err).contains("documents/same-title.md already exists: use --force to replace it");
        assertThat(Files.readString(document)).isEqualTo(before);
        assertThat(filesIn(imports.content())).containsExactlyInAnyOrder("documents/same-title.md", "sources/post.txt");

        assertThat(run(true, second)).isZero();
        assertThat(Files.readString(document)).contains("The second version of the text.").contains("source: post2.txt");
        assertThat(filesIn(imports.content())).as("post.txt, named by no document now, is deleted")
                .containsExactlyInAnyOrder("documents/same-title.md", "sources/post2.txt");
    }

    @Test
    void aGoodFileIsWrittenWhenAnotherFails() throws IOException {
        Path good = file("good.txt", "A Good Text\n\nIt has words in it.\n".getBytes(StandardCharsets.UTF_8));
        Path bad = file("bad.txt", new byte[0]);
        assertThat(run(false, bad, good)).isEqualTo(1);
        assertThat(err).contains("bad.txt: the file is empty");
        assertThat(out).contains("imported 1 of 2 files").contains("-> " + imports.content().resolve("documents/a-good-text.md"));
        assertThat(filesIn(imports.content())).containsExactlyInAnyOrder("documents/a-good-text.md", "sources/good.txt");
    }

    @Test
    void aSourceOfTheSameNameButOtherBytesIsKeptUnderASuffixedName() throws IOException {
        Path one = file("draft.txt", "First Text\n\nOne.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(run(false, one)).isZero();
        Files.createDirectories(folder.resolve("other"));
        Path two = Files.writeString(folder.resolve("other/draft.txt"), "Second Text\n\nTwo.\n");
        assertThat(run(false, two)).isZero();
        assertThat(Files.readString(imports.content().resolve("documents/second-text.md"))).contains("source: draft-2.txt");
        assertThat(run(true, one)).isZero();
        assertThat(filesIn(imports.content())).containsExactlyInAnyOrder("documents/first-text.md", "documents/second-text.md",
                "sources/draft.txt", "sources/draft-2.txt");
    }

    /** Every file under {@code root}, hidden ones included, relative and with forward slashes. */
    static List<String> filesIn(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        }
    }
}
