package org.concordance.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.concordance.content.ContentException;
import org.concordance.content.ContentLoader;
import org.concordance.content.Document;
import org.concordance.content.Library;
import org.concordance.content.Paragraph;
import org.concordance.content.Slugs;

/**
 * Writes a large library as content files, for measuring ingest, start-up, pages and search at the
 * size of a real one. The bundled content is copied as it is (documents, glossary, names,
 * references, sources), then {@code count} documents are generated from its sentences: each a
 * journal article, blog post, report or chapter (in a book it names) with one to three authors, four to fourteen
 * paragraphs under headings, and notes placed after sentence ends: full Chicago citations of books
 * and articles, short forms and "Ibid." of the works cited before, so the citation resolver has
 * real work. Authors' names come from several alphabets. Deterministic for a seed; the output
 * passes {@code check}.
 *
 * <p>Usage: {@code java -cp target/concordance.jar org.concordance.bench.LibraryGenerator OUT
 * [count=10000] [seed=1] [source-content=content]}.
 */
public final class LibraryGenerator {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!][”’\"]?)\\s+(?=[A-Z“‘\"])");
    private static final List<String> GIVEN = List.of("Assaf", "Tricia", "Daniel", "Martha", "Victor", "Karl",
            "Ely", "Barak", "Anne", "Ørjan", "Łukasz", "Zeynep", "Mariam", "Hiroshi", "José", "Thandiwe", "Sven",
            "Aisha", "Dmitri", "Nguyễn Thị", "Abū Muḥammad", "Chloé", "Rafael", "Ioana");
    private static final List<String> FAMILY = List.of("Moghadam", "Bacon", "Byman", "Crenshaw", "Horowitz",
            "Phillips", "Asal", "Rethemeyer", "Karmon", "Mendelsohn", "Stenersen", "Åsebø", "Kowalski", "van de Velde",
            "al-Maqdisī", "Şahin", "Okamoto", "Dlamini", "Ivanova", "Lê", "de la Cruz", "Müller", "O’Neill", "Popescu");
    private static final List<String> JOURNALS = List.of("Studies in Conflict & Terrorism", "Terrorism and Political Violence",
            "Journal of Strategic Studies", "International Security", "Perspectives on Terrorism", "CTC Sentinel",
            "Journal of Conflict Resolution", "Security Studies");
    private static final List<String> PUBLISHERS = List.of("Columbia University Press", "Oxford University Press",
            "Cambridge University Press", "Georgetown University Press", "Routledge", "Stanford University Press");
    private static final List<String> PLACES = List.of("New York", "Oxford", "Cambridge", "Washington, DC", "London",
            "Stanford");
    private static final List<String> KINDS = List.of("journal-article", "blog-post", "report", "book-chapter");

    private LibraryGenerator() {
    }

    public static void main(String[] args) throws IOException, ContentException {
        if (args.length < 1) {
            System.err.println("usage: LibraryGenerator OUT [count=10000] [seed=1] [source-content=content]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Path source = Path.of(args.length > 3 ? args[3] : "content");
        long started = System.nanoTime();
        generate(source, out, count, seed);
        System.out.printf(Locale.ROOT, "wrote %d generated documents (and the bundled library) to %s in %.1f s%n",
                count, out, (System.nanoTime() - started) / 1e9);
    }

    /** Copies {@code source} to {@code out} (which must not exist or be empty) and adds {@code count} documents. */
    public static void generate(Path source, Path out, int count, long seed) throws IOException, ContentException {
        Library bundled = new ContentLoader(source).load();
        copy(source, out);
        List<String> sentences = sentences(bundled);
        Random random = new Random(seed);
        Files.writeString(out.resolve("sources").resolve("GENERATED.txt"), """
                The documents named generated-… in this library were written by Concordance's LibraryGenerator
                (seed %d) from the sentences of the bundled library, for measuring it at scale. They are not texts
                anyone published.
                """.formatted(seed), StandardCharsets.UTF_8);
        Set<String> slugs = new HashSet<>();
        bundled.documents().forEach(d -> slugs.add(d.slug()));
        Path documents = out.resolve("documents");
        for (int i = 1; i <= count; i++) {
            String title = title(sentences, random);
            String slug = "generated-" + Slugs.slug(title, 6);
            for (int n = 2; !slugs.add(slug); n++) {
                slug = "generated-" + Slugs.slug(title, 6) + "-" + n;
            }
            Files.writeString(documents.resolve(slug + ".md"), document(title, sentences, random), StandardCharsets.UTF_8);
        }
    }

    private static String document(String title, List<String> sentences, Random random) {
        String kind = KINDS.get(random.nextInt(KINDS.size()));
        List<String> authors = new ArrayList<>();
        for (int a = random.nextInt(3); a >= 0; a--) {
            authors.add(GIVEN.get(random.nextInt(GIVEN.size())) + " " + FAMILY.get(random.nextInt(FAMILY.size())));
        }
        int year = 1995 + random.nextInt(31);
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: ").append(yaml(title)).append('\n');
        md.append("kind: ").append(kind).append('\n');
        md.append("authors: [").append(String.join(", ", authors.stream().map(LibraryGenerator::yaml).toList())).append("]\n");
        switch (kind) {
            case "journal-article" -> md.append("venue: ").append(yaml(pick(JOURNALS, random))).append('\n')
                    .append("volume: \"").append(1 + random.nextInt(40)).append("\"\nissue: \"").append(1 + random.nextInt(4))
                    .append("\"\npages: \"").append(pageRange(random)).append("\"\n");
            case "report" -> md.append("venue: Generated Policy Papers\n");
            // A chapter is in a book, which its citations name.
            case "book-chapter" -> md.append("venue: ").append(yaml(title(sentences, random))).append('\n');
            default -> { }
        }
        md.append("year: ").append(year).append('\n');
        md.append("summary: ").append(yaml("A generated text for measuring the library at scale, on "
                + lower(pick(List.of("alliances", "affiliates", "safe havens", "rivalries", "provinces"), random)) + ".")).append('\n');
        md.append("accessed: 2026-11-30\n");
        md.append("language: en\n");
        md.append("source: GENERATED.txt\n---\n");

        List<String> notes = new ArrayList<>();
        List<String> cited = new ArrayList<>();
        int paragraphs = 4 + random.nextInt(11);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0 && random.nextInt(4) == 0 || p == 0 && random.nextBoolean()) {
                md.append("## ").append(heading(sentences, random)).append("\n\n");
            }
            int count = 2 + random.nextInt(5);
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0; s < count; s++) {
                String sentence = sentences.get(random.nextInt(sentences.size()));
                paragraph.append(s == 0 ? "" : " ").append(sentence);
                if (random.nextInt(3) == 0 && endsSentence(sentence)) {
                    String label = String.valueOf(notes.size() + 1);
                    notes.add(note(cited, random));
                    paragraph.append("[^").append(label).append(']');
                }
            }
            md.append(paragraph).append("\n\n");
        }
        for (int n = 0; n < notes.size(); n++) {
            md.append("[^").append(n + 1).append("]: ").append(notes.get(n)).append("\n\n");
        }
        return md.toString();
    }

    /**
     * A Chicago note: a work in full, or a short form or "Ibid." of one cited before. A work is its
     * author and title: cited anywhere, it is the same book or article, of the same year and
     * publisher or journal, as a real work is.
     */
    private static String note(List<String> cited, Random random) {
        int page = 1 + random.nextInt(400);
        if (!cited.isEmpty() && random.nextInt(4) == 0) {
            return "Ibid., " + page + ".";
        }
        if (!cited.isEmpty() && random.nextInt(3) == 0) {
            return cited.get(random.nextInt(cited.size())) + ", " + page + ".";
        }
        String given = pick(GIVEN, random);
        String family = pick(FAMILY, random);
        String title = pick(List.of("Alliances", "Partners", "Rivals", "Affiliates", "Networks", "Pledges"), random)
                + " of " + pick(List.of("Convenience", "the Weak", "Necessity", "Faith", "Survival", "Jihad"), random);
        Random work = new Random((given + "|" + family + "|" + title).hashCode());
        int year = 1980 + work.nextInt(46);
        boolean book = work.nextBoolean();
        String shortForm = family + ", " + (book ? "*" + title + "*" : "“" + title + "”");
        cited.add(shortForm);
        if (book) {
            return given + " " + family + ", *" + title + "* (" + pick(PLACES, work) + ": " + pick(PUBLISHERS, work)
                    + ", " + year + "), " + page + ".";
        }
        return given + " " + family + ", “" + title + ",” *" + pick(JOURNALS, work) + "* " + (1 + work.nextInt(40))
                + ", no. " + (1 + work.nextInt(4)) + " (" + year + "): " + page + ".";
    }

    private static List<String> sentences(Library library) {
        List<String> sentences = new ArrayList<>();
        for (Document document : library.documents()) {
            for (Paragraph paragraph : document.paragraphs()) {
                for (String sentence : SENTENCE_END.split(paragraph.text())) {
                    String clean = sentence.strip();
                    // Sentences are written back as Markdown: leave out any that Markdown would read otherwise.
                    if (clean.length() > 20 && clean.chars().noneMatch(c -> "*_[]<>`#\\|".indexOf(c) >= 0)
                            && Character.isUpperCase(clean.codePointAt(0))) {
                        sentences.add(clean);
                    }
                }
            }
        }
        if (sentences.size() < 20) {
            throw new IllegalArgumentException("the source library has too few sentences to imitate: " + sentences.size());
        }
        return sentences;
    }

    private static String title(List<String> sentences, Random random) {
        String[] words = pick(sentences, random).replaceAll("[^\\p{L}\\p{N}\\s'’-]", "").split("\\s+");
        int start = random.nextInt(Math.max(1, words.length - 6));
        String title = String.join(" ", java.util.Arrays.copyOfRange(words, start, Math.min(words.length, start + 3 + random.nextInt(5))));
        return title.isBlank() ? "Untitled" : Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    private static String heading(List<String> sentences, Random random) {
        String title = title(sentences, random);
        return title.length() > 60 ? title.substring(0, 60).strip() : title;
    }

    private static boolean endsSentence(String sentence) {
        return sentence.matches(".*[.?!][”’\"]?$");
    }

    private static String pageRange(Random random) {
        int first = 1 + random.nextInt(300);
        return first + "–" + (first + 10 + random.nextInt(30));
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isDirectory(to)) {
            try (Stream<Path> children = Files.list(to)) {
                if (children.findAny().isPresent()) {
                    throw new IOException("the output folder is not empty: " + to);
                }
            }
        }
        Folders.copy(from, to);
        Files.createDirectories(to.resolve("sources"));
    }
}
