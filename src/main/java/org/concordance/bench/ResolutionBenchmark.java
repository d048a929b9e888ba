package org.concordance.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.concordance.citations.Bibliography;
import org.concordance.citations.References;
import org.concordance.citations.ResolvedCitation;
import org.concordance.citations.ResolvedNote;
import org.concordance.citations.Work;
import org.concordance.content.ContentException;
import org.concordance.content.ContentLoader;
import org.concordance.content.Document;
import org.concordance.content.Library;

/**
 * Measures what a watched edit that changes which work a note cites costs the bibliography: every
 * note of the library resolved again, in document order, its citations not parsed again
 * ({@link Bibliography#build(Library, References, Optional)} with an earlier bibliography).
 *
 * <p>Method: read the content folder once; build its bibliography from nothing (untimed for the
 * figures: it parses every note); then {@code rounds} times build it again from the one before,
 * given as the earlier bibliography of a library listing the same documents in reverse order. Every
 * document is then one the earlier one was built from (its notes' citations are taken, not parsed),
 * but the documents do not stand in the same order, so nothing short of resolving every note again
 * is done: what an edit to a full citation's title costs, without the rest of the app. Each round's
 * wall-clock time and the thread's CPU time are printed, then their medians; the first
 * {@code warm-up} rounds are left out of the medians (the code is being compiled), and a digest of
 * what the last round resolved ({@link #digest}), to compare with another build's. Not a test:
 * figures depend on the machine.
 *
 * <p>Usage: {@code java -Xmx1g -XX:+UseG1GC -cp target/concordance.jar
 * org.concordance.bench.ResolutionBenchmark content-folder [rounds=8] [warm-up=2]}, on a library
 * {@link LibraryGenerator} wrote ({@code src/scripts/scale.sh} leaves one in
 * {@code /tmp/concordance-library-10000}).
 */
public final class ResolutionBenchmark {
    private ResolutionBenchmark() {
    }

    public static void main(String[] args) throws ContentException {
        if (args.length < 1) {
            System.err.println("usage: ResolutionBenchmark content-folder [rounds=8] [warm-up=2]");
            System.exit(2);
        }
        Path content = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        long started = System.nanoTime();
        Library library = new ContentLoader(content).load();
        References references = References.of(library, content);
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MB; %d documents, %d notes, read in %.1f s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, library.documents().size(),
                library.documents().stream().mapToInt(d -> d.notes().size()).sum(), (System.nanoTime() - started) / 1e9);
        List<Document> reversed = new ArrayList<>(library.documents());
        Collections.reverse(reversed);
        Library reordered = new Library(reversed, library.concepts(), library.entities(), library.mentions(),
                library.relations(), library.references(), library.fingerprint());

        started = System.nanoTime();
        Bibliography bibliography = Bibliography.build(library, references);
        System.out.printf(Locale.ROOT, "built from nothing (every note parsed): %.0f ms; %d works%n",
                (System.nanoTime() - started) / 1e6, bibliography.works().size());
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            long wallStart = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            Bibliography next = Bibliography.build(library, references,
                    Optional.of(new Bibliography.Earlier(reordered, bibliography)));
            double wallMillis = (System.nanoTime() - wallStart) / 1e6;
            double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            if (next == bibliography || next.works().size() != bibliography.works().size()) {
                throw new IllegalStateException("round " + round + " did not resolve the library again to the same works");
            }
            System.out.printf(Locale.ROOT, "round %d: %.0f ms, thread CPU %.0f ms%s%n", round, wallMillis, cpuMillis,
                    round <= warmUp ? " (warm-up)" : "");
            if (round > warmUp) {
                wall.add(wallMillis);
                cpu.add(cpuMillis);
            }
            bibliography = next;
        }
        System.out.printf(Locale.ROOT, "digest of the works and of the work each citation resolves to: %s%n", digest(library, bibliography));
        System.out.printf(Locale.ROOT, "every note resolved again: median %.0f ms, thread CPU %.0f ms (%d rounds after %d warm-up)%n",
                median(wall), median(cpu), wall.size(), warmUp);
    }

    /**
     * A SHA-256 of every work (all its fields) and, for every citation of every note, the slug of
     * the work it resolves to: two builds that resolve alike give the same digest, so a change made
     * for speed can be checked to resolve as the build before it did.
     */
    static String digest(Library library, Bibliography bibliography) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Work work : bibliography.works()) {
                // Its sources in their declared order: an immutable set's order differs from one JVM to the next.
                String text = work.toString();
                text = text.substring(0, text.lastIndexOf(", sources=[")) + new TreeSet<>(work.sources());
                sha.update(text.getBytes(StandardCharsets.UTF_8));
            }
            for (Document document : library.documents()) {
                for (ResolvedNote note : bibliography.notes(document.slug())) {
                    for (ResolvedCitation citation : note.citations()) {
                        sha.update((note.label() + "\u0000" + citation.work().map(Work::slug).orElse("") + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The median of {@code values}; NaN for none. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
