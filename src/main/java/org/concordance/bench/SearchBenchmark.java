package org.concordance.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concordance.content.ContentException;
import org.concordance.content.ContentLoader;
import org.concordance.content.Library;
import org.concordance.content.Progress;
import org.concordance.search.Entries;
import org.concordance.search.SearchIndex;
import org.concordance.search.SearchRequest;
import org.concordance.search.Searchables;
import org.concordance.search.Synonyms;

/**
 * Measures index build time and search latency, on the bundled library and on a generated one.
 *
 * <p>Method: build the index in a fresh temporary folder and time it; run the whole query mix
 * {@code warmup} times untimed; then {@code repetitions} times run every query of the mix
 * {@code rounds} times, timing each call to {@link SearchIndex#search} (analysis, search, counts,
 * highlighting, spelling), and take p50 and p99 per repetition; report the median of each across
 * repetitions. Wall-clock time is what a reader waits; the thread's CPU time is reported beside it
 * because on a shared machine other processes inflate the wall clock. Not a test: figures depend on
 * the machine.
 *
 * <p>Usage: {@code java -cp target/concordance.jar org.concordance.bench.SearchBenchmark
 * [content-folder] [generated-documents] [repetitions]}; defaults {@code content 10000 5}.
 */
public final class SearchBenchmark {
    private static final int WARMUP = 30;
    private static final int ROUNDS = 20;

    /** The fixed mix: each query kind a reader uses, a few of each. */
    static final Map<String, List<String>> MIX = mix();

    private SearchBenchmark() {
    }

    private static Map<String, List<String>> mix() {
        Map<String, List<String>> mix = new LinkedHashMap<>();
        mix.put("plain", List.of("terrorist cooperation", "Hezbollah", "safe havens alliances", "why do groups cooperate"));
        mix.put("synonym", List.of("AQ", "ISIS", "Japanese Red Army"));
        mix.put("phrase", List.of("\"safe haven\"", "\"process goals\"", "\"Islamic State\" allies"));
        mix.put("prefix", List.of("allian*", "coop*", "terror*"));
        mix.put("fuzzy", List.of("Hezbolah~", "Moghadm~", "aliance~"));
        mix.put("partial", List.of("Hezbol", "counterterr", "Okam"));
        mix.put("field", List.of("author:Moghadam", "title:alliances", "doc:why-terrorist-actors-cooperate Hezbollah"));
        mix.put("malformed", List.of("\"unbalanced (", "AND", "*", "Hezbolah", "x".repeat(600)));
        return mix;
    }

    public static void main(String[] args) throws IOException, ContentException {
        Path content = Path.of(args.length > 0 ? args[0] : "content");
        int generated = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Library bundled = new ContentLoader(content).load();
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "method: warm-up %d x mix, then %d repetitions of %d rounds x %d queries; "
                + "medians across repetitions%n", WARMUP, repetitions, ROUNDS, MIX.values().stream().mapToInt(List::size).sum());
        measure("bundled library (" + bundled.documents().size() + " documents)", bundled, repetitions);
        if (generated > 0) {
            Library large = SyntheticLibrary.generate(bundled, generated, 42L);
            measure("generated library (" + large.documents().size() + " documents)", large, repetitions);
        }
    }

    private static void measure(String name, Library library, int repetitions) throws IOException {
        Entries entries = Searchables.of(library);
        Path folder = Files.createTempDirectory("concordance-benchmark-");
        try {
            long started = System.nanoTime();
            try (SearchIndex index = SearchIndex.open(folder, library.fingerprint(), () -> entries,
                    Synonyms.of(library.nameGroups()), Progress.NONE)) {
                double buildMs = (System.nanoTime() - started) / 1e6;
                System.out.printf(Locale.ROOT, "%n%s: %d entries, index built in %.0f ms%n", name, entries.count(), buildMs);
                for (int i = 0; i < WARMUP; i++) {
                    MIX.values().forEach(queries -> queries.forEach(q -> index.search(SearchRequest.of(q))));
                }
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                Map<String, List<double[]>> perKind = new LinkedHashMap<>();
                List<double[]> overall = new ArrayList<>();
                for (int r = 0; r < repetitions; r++) {
                    List<Double> all = new ArrayList<>();
                    List<Double> allCpu = new ArrayList<>();
                    for (Map.Entry<String, List<String>> kind : MIX.entrySet()) {
                        List<Double> times = new ArrayList<>();
                        List<Double> cpu = new ArrayList<>();
                        for (int round = 0; round < ROUNDS; round++) {
                            for (String query : kind.getValue()) {
                                long c0 = threads.getCurrentThreadCpuTime();
                                long t0 = System.nanoTime();
                                index.search(SearchRequest.of(query));
                                times.add((System.nanoTime() - t0) / 1e6);
                                cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
                            }
                        }
                        all.addAll(times);
                        allCpu.addAll(cpu);
                        perKind.computeIfAbsent(kind.getKey(), k -> new ArrayList<>()).add(percentiles(times, cpu));
                    }
                    overall.add(percentiles(all, allCpu));
                }
                System.out.printf(Locale.ROOT, "  %-10s %8s %8s %12s %12s%n", "queries", "p50 ms", "p99 ms",
                        "cpu p50 ms", "cpu p99 ms");
                perKind.forEach((kind, runs) -> print(kind, runs));
                print("all", overall);
            }
        } finally {
            Folders.delete(folder);
        }
    }

    /** Wall-clock p50 and p99, then the same for the thread's CPU time (which other processes do not inflate). */
    private static double[] percentiles(List<Double> wall, List<Double> cpu) {
        double[] sorted = wall.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] sortedCpu = cpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new double[] {at(sorted, 0.50), at(sorted, 0.99), at(sortedCpu, 0.50), at(sortedCpu, 0.99)};
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static void print(String label, List<double[]> runs) {
        System.out.printf(Locale.ROOT, "  %-10s %8.2f %8.2f %12.2f %12.2f%n", label, median(runs, 0), median(runs, 1),
                median(runs, 2), median(runs, 3));
    }

    private static double median(List<double[]> runs, int column) {
        double[] values = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

}
