package org.concordance.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.concordance.content.ContentException;
import org.concordance.content.Document;
import org.concordance.content.Slugs;
import org.jsoup.Jsoup;

/**
 * Imports files into one content folder: reads each with its format, recognises its parts, writes
 * the document and keeps the raw file. A document is written only once it has been read back
 * through the content loader and found to hold exactly the text that was recognised. Not
 * thread-safe: one run at a time.
 */
final class Importer {
    /** Slugs from titles keep their first words: enough to tell documents apart, short enough to type. */
    static final int SLUG_WORDS = 8;

    private final ContentFolder folder;
    private final LocalDate today;
    private final boolean force;
    private final Vocabulary vocabulary;
    private final Set<String> writtenThisRun = new HashSet<>();

    Importer(Path content, LocalDate today, boolean force) {
        this.folder = new ContentFolder(content);
        this.today = today;
        this.force = force;
        this.vocabulary = new Vocabulary(folder.documents());
    }

    /** What became of one input. */
    sealed interface Outcome permits Written, Failed {
        Path file();
    }

    record Written(Path file, Path document, String slug, Draft draft, Report report) implements Outcome {
    }

    record Failed(Path file, String reason) implements Outcome {
    }

    /** Whether a document has been written by this run. */
    boolean wroteAny() {
        return folder.wroteAny();
    }

    /**
     * Takes back every document this run wrote, and the sources it added ({@link ContentFolder#takeBack}).
     *
     * @return the files that could not be taken back, each with why
     */
    List<String> takeBack() {
        writtenThisRun.clear();
        return folder.takeBack();
    }

    /** Deletes the sources replaced documents named and no document names now ({@link ContentFolder#retireSources}). */
    ContentFolder.Retired retireSources() throws ImportFailure {
        return folder.retireSources();
    }

    /** Imports {@code file}, under the slug {@code given} when it states one, else under its title's (or name's) slug. */
    Outcome importFile(Path file, Given given) {
        try {
            return write(file, given);
        } catch (ImportFailure e) {
            return new Failed(file, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in a recogniser must not stop the other files; it is named so it can be reported.
            return new Failed(file, "the importer failed on this file (" + e + "); please report this");
        }
    }

    private Written write(Path file, Given given) throws ImportFailure {
        Input input = Input.read(file);
        Format format = Formats.of(input);
        Report report = new Report();
        Layout layout = format.read(input, report, vocabulary);
        given.url().ifPresent(address -> layout.facts().urlGiven(address, "given with --url"));
        String sourceName = folder.sourceName(input);
        Draft draft = Recogniser.recognise(layout, input.fileName(), sourceName, today, report);
        for (Prose prose : allProse(draft)) {
            String plain = prose.plain();
            java.util.OptionalInt over = org.concordance.content.Paragraph.overLength(plain);
            if (over.isPresent()) {
                String start = plain.substring(0, plain.offsetByCodePoints(0, 60));
                int space = start.lastIndexOf(' ');
                throw new ImportFailure(String.format(Locale.ROOT, "the text has a paragraph of %,d characters, beginning “%s…”;"
                        + " the most a paragraph can hold is %,d: the file has no paragraph breaks there. Put a blank line"
                        + " where its paragraphs end and import it again", over.getAsInt(),
                        (space > 20 ? start.substring(0, space) : start).strip(), org.concordance.content.Paragraph.MAX_LENGTH));
            }
            Optional<String> literal = MarkdownText.unwritable(prose);
            if (literal.isPresent()) {
                throw new ImportFailure("the text contains “" + literal.get() + "”, which the content format reads as a note"
                        + " marker; change it in the file (\"[ ^1]\", say) and import again");
            }
        }
        int blocks = draft.standfirst().size() + draft.body().size() + draft.about().size();
        if (blocks > org.concordance.content.Document.MAX_BLOCKS || draft.notes().size() > org.concordance.content.Document.MAX_NOTES) {
            throw new ImportFailure(String.format(Locale.ROOT, "the text has %,d paragraphs and headings and %,d notes; a"
                    + " document holds at most %,d and %,d, as its page is shown whole: split the file into parts and import"
                    + " each", blocks, draft.notes().size(), org.concordance.content.Document.MAX_BLOCKS,
                    org.concordance.content.Document.MAX_NOTES));
        }
        String slug = slug(given.slug(), draft, input);
        if (!writtenThisRun.add(slug)) {
            throw new ImportFailure("another file of this import was already written as documents/" + slug + ".md: give this"
                    + " one its own name with --slug (importing it alone)");
        }
        try {
            String markdown = verified(draft, slug, input.fileName());
            folder.write(slug, markdown, input, sourceName, force);
        } catch (ImportFailure e) {
            writtenThisRun.remove(slug);
            throw e;
        }
        return new Written(file, folder.document(slug), slug, draft, report);
    }

    private String slug(Optional<String> requested, Draft draft, Input input) throws ImportFailure {
        if (requested.isPresent()) {
            if (!Slugs.isSlug(requested.get())) {
                throw new ImportFailure("--slug '" + requested.get() + "' is not a slug: use lower-case letters, digits and"
                        + " single hyphens, such as " + Slugs.slugOr(requested.get(), "my-document"));
            }
            return requested.get();
        }
        String fromTitle = draft.metadata().title().map(title -> titleSlug(title.plain())).orElse("");
        if (!fromTitle.isEmpty()) {
            return fromTitle;
        }
        String name = input.fileName().replaceFirst("\\.[^.]+$", "");
        return Slugs.slugOr(name, "imported-document");
    }

    /**
     * The slug of the first {@link #SLUG_WORDS} words of {@code title}, counted as the title writes
     * them: "Al-Shabaab" is one word, not the slug's two pieces, which cut a title wrapped after its
     * eighth piece to its first line ("…-chose-its" for "…Chose Its / Partners").
     */
    static String titleSlug(String title) {
        return Slugs.slug(String.join(" ", java.util.Arrays.stream(title.strip().split("\\s+"))
                .filter(word -> !Slugs.slug(word).isEmpty()).limit(SLUG_WORDS).toList()));
    }

    /**
     * The document's file text, read back through the content loader and compared with the draft.
     * Italics that Markdown would not read back (a rare arrangement of punctuation) are written as
     * plain text for that paragraph; any other difference is a bug, and nothing is written.
     */
    private String verified(Draft draft, String slug, String fileName) throws ImportFailure {
        Set<Integer> plain = new HashSet<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            String markdown = DocumentWriter.write(draft, fileName, plain);
            long bytes = markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > org.concordance.content.ContentLoader.MAX_DOCUMENT_BYTES) {
                // 2 MB of text in a script of two or three bytes a character is more than a document's file holds.
                throw new ImportFailure(String.format(Locale.ROOT, "the document would be a file of %.1f MB; a document"
                        + " holds at most %d MB: split the file into parts and import each", Math.ceil(bytes / 104857.6) / 10,
                        org.concordance.content.ContentLoader.MAX_DOCUMENT_BYTES >> 20));
            }
            Document document;
            try {
                document = ReadBack.parse(slug, markdown, draft.source());
            } catch (ContentException e) {
                throw new ImportFailure("the importer wrote a document the library would refuse, so nothing was written"
                        + " (please report this):\n" + e.getMessage());
            }
            List<String> differences = differences(draft, document, plain);
            if (differences.isEmpty()) {
                return markdown;
            }
            if (attempt == 1) {
                throw new ImportFailure("the written document would not read back as the text that was found, so nothing"
                        + " was written (please report this): " + String.join("; ", differences));
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** Where the read-back document differs from the draft; paragraphs whose italics misread go to {@code plain}. */
    private static List<String> differences(Draft draft, Document document, Set<Integer> plain) {
        List<String> differences = new ArrayList<>();
        List<Prose> expected = allParagraphs(draft);
        List<org.concordance.content.Paragraph> actual = document.paragraphs();
        if (expected.size() != actual.size()) {
            differences.add(expected.size() + " paragraphs written, " + actual.size() + " read back");
            return differences;
        }
        for (int i = 0; i < expected.size(); i++) {
            Prose prose = expected.get(i);
            org.concordance.content.Paragraph paragraph = actual.get(i);
            long italics = plain.contains(i + 1) ? 0 : emphasisCount(prose);
            if (!prose.plain().equals(paragraph.text()) || !prose.labels().equals(paragraph.noteLabels())
                    || italics != paragraph.html().split("<em>", -1).length - 1) {
                plain.add(i + 1);
                differences.add("paragraph " + (i + 1) + " " + Report.quote(prose.plain()) + " read back as "
                        + Report.quote(paragraph.text()));
            } else if (!prose.links().equals(links(paragraph.html()))) {
                differences.add("the links of paragraph " + (i + 1) + " " + prose.links() + " read back as "
                        + links(paragraph.html()));
            }
        }
        for (Draft.Note note : draft.notes()) {
            Optional<org.concordance.content.Note> read = document.note(note.label());
            String text = read.map(n -> n.text()).orElse("(missing)");
            if (!text.equals(note.prose().plain())) {
                differences.add("note " + note.label() + " read back as " + Report.quote(text));
            } else if (!note.prose().links().equals(links(read.get().html()))) {
                differences.add("the links of note " + note.label() + " " + note.prose().links() + " read back as "
                        + links(read.get().html()));
            }
        }
        return differences;
    }

    /** The links in a paragraph's or note's HTML as the content parser rendered it, its note markers left out. */
    private static List<Prose.LinkedWords> links(String html) {
        return Jsoup.parseBodyFragment(html).select("a[href]").stream().filter(a -> a.closest("sup.noteref") == null)
                .map(a -> new Prose.LinkedWords(a.text(), a.attr("href"))).toList();
    }

    /** The italic runs, each read back as one {@code <em>}: a link's italic words are one run for each part. */
    private static long emphasisCount(Prose prose) {
        return prose.inlines().stream().filter(i -> i instanceof Inline.Emphasis || i instanceof Inline.Link link && link.italic())
                .count();
    }

    private static List<Prose> allParagraphs(Draft draft) {
        List<Prose> all = new ArrayList<>(draft.standfirst());
        draft.paragraphs().forEach(p -> all.add(p.prose()));
        all.addAll(draft.about());
        return all;
    }

    private static List<Prose> allProse(Draft draft) {
        List<Prose> all = allParagraphs(draft);
        draft.notes().forEach(n -> all.add(n.prose()));
        draft.figureCaption().ifPresent(all::add);
        return all;
    }
}
