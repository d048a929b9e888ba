package org.concordance.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.concordance.content.Block;
import org.concordance.content.Document;
import org.concordance.content.DocumentKind;
import org.concordance.content.Heading;
import org.concordance.content.Library;
import org.concordance.content.Metadata;
import org.concordance.content.Note;
import org.concordance.content.NoteReference;
import org.concordance.content.Paragraph;
import org.concordance.content.Part;
import org.concordance.content.Title;

/**
 * A large library made from the words of a real one, for measuring search at scale. Each paragraph
 * is a run of consecutive words taken from a random place in the real texts, so word frequencies and
 * phrases look like the real thing. Deterministic for a seed; nothing is written to disk.
 */
public final class SyntheticLibrary {
    private static final List<String> SURNAMES = List.of("Moghadam", "Bacon", "Byman", "Hoffman", "Crenshaw",
            "Horowitz", "Phillips", "Asal", "Rethemeyer", "Karmon", "Mendelsohn", "Stenersen");
    private static final List<String> GIVEN = List.of("Assaf", "Tricia", "Daniel", "Bruce", "Martha", "Michael",
            "Brian", "Victor", "Karl", "Ely", "Barak", "Anne");

    private SyntheticLibrary() {
    }

    /** The real library's documents followed by {@code count} generated ones, with the real glossary. */
    public static Library generate(Library source, int count, long seed) {
        List<String> words = new ArrayList<>();
        for (Document document : source.documents()) {
            for (Paragraph paragraph : document.paragraphs()) {
                words.addAll(List.of(paragraph.text().split("\\s+")));
            }
            for (Note note : document.notes()) {
                words.addAll(List.of(note.text().split("\\s+")));
            }
        }
        if (words.size() < 200) {
            throw new IllegalArgumentException("the source library has too few words to imitate: " + words.size());
        }
        Random random = new Random(seed);
        List<Document> documents = new ArrayList<>(source.documents());
        for (int i = 1; i <= count; i++) {
            documents.add(document(i, words, random));
        }
        // The real glossary comes along, so queries name its entries as they do on the real library; the
        // generated texts carry no mentions (finding them is the ingest's work, not the search's).
        return new Library(documents, source.concepts(), source.entities(), source.mentions(), source.relations(), source.references(),
                "synthetic:" + source.fingerprint() + ":" + count + ":" + seed);
    }

    private static Document document(int number, List<String> words, Random random) {
        String title = capitalize(run(words, random, 4 + random.nextInt(5)).replaceAll("[^\\p{L}\\p{N}\\s'-]", ""));
        List<String> authors = new ArrayList<>();
        for (int a = random.nextInt(3); a >= 0; a--) {
            authors.add(GIVEN.get(random.nextInt(GIVEN.size())) + " " + SURNAMES.get(random.nextInt(SURNAMES.size())));
        }
        Metadata metadata = new Metadata(Optional.of(Title.of(title)), title, DocumentKind.JOURNAL_ARTICLE, authors,
                Optional.of("Journal of Generated Studies"), Optional.of(Integer.toString(1 + number % 40)),
                Optional.empty(), Optional.empty(), OptionalInt.of(1990 + number % 35), Optional.empty(),
                Optional.empty(), Optional.of(run(words, random, 30)), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("en"),
                "synthetic-" + number);
        List<Block> blocks = new ArrayList<>();
        int paragraphs = 4 + random.nextInt(5);
        String section = "section-1";
        for (int p = 1; p <= paragraphs; p++) {
            if (p == 1 || random.nextInt(4) == 0) {
                String heading = capitalize(run(words, random, 2 + random.nextInt(2)).replaceAll("[^\\p{L}\\s]", ""));
                section = "section-" + p;
                blocks.add(new Heading(2, heading.isBlank() ? "Section " + p : heading, section));
            }
            List<String> labels = p <= 2 ? List.of(Integer.toString(p)) : List.of();
            String text = run(words, random, 50 + random.nextInt(90));
            blocks.add(new Paragraph(p, Part.BODY, text, text, Optional.of(section), labels));
        }
        List<Note> notes = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            String text = run(words, random, 8 + random.nextInt(20));
            notes.add(new Note(Integer.toString(n), text, text, List.of(new NoteReference(NoteReference.anchorFor(Integer.toString(n), 1), n))));
        }
        return new Document("generated-" + number, metadata, Optional.empty(), blocks, notes);
    }

    private static String run(List<String> words, Random random, int length) {
        int start = random.nextInt(words.size() - length);
        return String.join(" ", words.subList(start, start + length));
    }

    private static String capitalize(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? "Untitled" : stripped.substring(0, 1).toUpperCase(Locale.ROOT) + stripped.substring(1);
    }
}
