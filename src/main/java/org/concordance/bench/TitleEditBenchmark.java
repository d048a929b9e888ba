package org.concordance.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.concordance.citations.Bibliography;
import org.concordance.citations.References;
import org.concordance.content.ContentException;
import org.concordance.content.ContentLoader;
import org.concordance.content.Document;
import org.concordance.content.Library;

/**
 * Measures what an edit to the title a full note cites costs the bibliography, as a watched app
 * meets it, against resolving every note again: the edit {@code scale.sh} times in the app.
 *
 * <p>Method: copy the content folder to a temporary one (the edits are made there); read it and
 * build its bibliography from nothing. Then, each round, edit the title the last full note of the
 * first generated document cites in italics (" Revisited" added in odd rounds, taken out in even
 * ones), read the library again as the app does (only that file is parsed), and build its
 * bibliography twice from the round before's: as the app builds it, following the decisions of the
 * build before where they hold ({@link Bibliography#build(Library, References, Optional)}), and by
 * resolving every note again (the earlier library given with its documents in reverse order, so
 * that no decision can be followed, as {@link ResolutionBenchmark} does); the two in alternating
 * order from round to round. Each round checks that both give the same digest
 * ({@link ResolutionBenchmark#digest}) and prints both times, the ratio, and how many documents'
 * citations the first looked up. Which notes cite each work is made when a page first asks, not by
 * a build: each round also times making it for the first build, apart. The first {@code warm-up}
 * rounds are left out of the medians. Not a test: figures depend on the machine.
 *
 * <p>Usage: {@code java -Xmx1g -XX:+UseG1GC -cp target/concordance.jar
 * org.concordance.bench.TitleEditBenchmark content-folder [rounds=8] [warm-up=2]}, on a library
 * {@link LibraryGenerator} wrote.
 */
public final class TitleEditBenchmark {
    /** A full note citing a book: its text after the label, the title in italics before the parenthesis. */
    private static final Pattern FULL_NOTE = Pattern.compile("(?m)^\\[\\^[^\\]]+\\]: [^*\\n]*\\*([^*\\n]+)\\* \\(");

    private TitleEditBenchmark() {
    }

    public static void main(String[] args) throws IOException, ContentException {
        if (args.length < 1) {
            System.err.println("usage: TitleEditBenchmark content-folder [rounds=8] [warm-up=2]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path copy = Files.createTempDirectory("concordance-title-edit");
        try {
            Folders.copy(Path.of(args[0]), copy);
            run(copy, rounds, warmUp);
        } finally {
            Folders.delete(copy);
        }
    }

    private static void run(Path content, int rounds, int warmUp) throws IOException, ContentException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ContentLoader loader = new ContentLoader(content);
        ContentLoader.Fingerprint fingerprint = loader.take();
        Library library = loader.load(fingerprint);
        References references = References.of(library, content);
        Bibliography bibliography = Bibliography.build(library, references);
        Path file = firstGenerated(content);
        String original = Files.readString(file);
        Matcher note = FULL_NOTE.matcher(original);
        String title = null;
        int end = -1;
        while (note.find()) { // the last one
            title = note.group(1);
            end = note.end(1);
        }
        if (title == null) {
            throw new IllegalStateException(file + " has no full note citing a book");
        }
        String edited = original.substring(0, end) + " Revisited" + original.substring(end);
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MB; %d documents; editing \"%s\" in %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, library.documents().size(), title, file.getFileName());
        long clock = Files.getLastModifiedTime(file).toMillis();
        List<Double> followed = new ArrayList<>();
        List<Double> whole = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            clock += 2_000; // a later time than any before, as an editor's save gives
            Files.writeString(file, round % 2 == 1 ? edited : original);
            Files.setLastModifiedTime(file, FileTime.fromMillis(clock));
            ContentLoader reading = new ContentLoader(content).reusing(Optional.of(new ContentLoader.Earlier(library, fingerprint)));
            ContentLoader.Fingerprint nextPrint = reading.take();
            Library next = reading.load(nextPrint);
            Bibliography.Earlier earlier = new Bibliography.Earlier(library, bibliography);
            List<Document> reversed = new ArrayList<>(library.documents());
            Collections.reverse(reversed);
            Bibliography.Earlier unordered = new Bibliography.Earlier(new Library(reversed, library.concepts(), library.entities(),
                    library.mentions(), library.relations(), library.references(), library.fingerprint()), bibliography);
            Timed a;
            Timed b;
            if (round % 2 == 1) {
                a = Timed.of(threads, () -> Bibliography.build(next, references, Optional.of(earlier)));
                b = Timed.of(threads, () -> Bibliography.build(next, references, Optional.of(unordered)));
            } else {
                b = Timed.of(threads, () -> Bibliography.build(next, references, Optional.of(unordered)));
                a = Timed.of(threads, () -> Bibliography.build(next, references, Optional.of(earlier)));
            }
            String digest = ResolutionBenchmark.digest(next, a.bibliography());
            if (!digest.equals(ResolutionBenchmark.digest(next, b.bibliography()))) {
                throw new IllegalStateException("round " + round + ": following the decisions before resolved otherwise than resolving every note");
            }
            System.out.printf(Locale.ROOT, "round %d: following %.0f ms (CPU %.0f ms, %d of %d documents looked up; then"
                    + " which notes cite each work %.0f ms), every note %.0f ms (CPU %.0f ms), ratio %.2f, digest %s%s%n", round,
                    a.wallMillis(), a.cpuMillis(), a.bibliography().documentsLookedUp(), next.documents().size(),
                    a.citedMillis(), b.wallMillis(), b.cpuMillis(),
                    a.wallMillis() / b.wallMillis(), digest.substring(0, 16), round <= warmUp ? " (warm-up)" : "");
            if (round > warmUp) {
                followed.add(a.wallMillis());
                whole.add(b.wallMillis());
                ratios.add(a.wallMillis() / b.wallMillis());
            }
            library = next;
            fingerprint = nextPrint;
            bibliography = a.bibliography();
        }
        System.out.printf(Locale.ROOT, "a title edited: following the decisions before, median %.0f ms; every note resolved again,"
                + " median %.0f ms; median ratio %.2f (%d rounds after %d warm-up)%n", ResolutionBenchmark.median(followed), ResolutionBenchmark.median(whole), ResolutionBenchmark.median(ratios),
                followed.size(), warmUp);
    }

    /**
     * A build's wall and CPU time, and then, apart, the wall time of making which notes cite each
     * work (the first {@link Bibliography#citationsOf(String)}), which a build leaves until a page first asks.
     */
    private record Timed(Bibliography bibliography, double wallMillis, double cpuMillis, double citedMillis) {
        static Timed of(ThreadMXBean threads, java.util.function.Supplier<Bibliography> build) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            Bibliography built = build.get();
            double wallMillis = (System.nanoTime() - wall) / 1e6;
            double cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            long cited = System.nanoTime();
            built.citationsOf(built.works().get(0).slug()); // makes them for every work
            return new Timed(built, wallMillis, cpuMillis, (System.nanoTime() - cited) / 1e6);
        }
    }

    /** The first generated document by file name, as {@code scale.sh} picks it. */
    private static Path firstGenerated(Path content) throws IOException {
        try (Stream<Path> files = Files.list(content.resolve("documents"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("generated-")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no generated document in " + content));
        }
    }
}
