package org.concordance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.concordance.content.Concept;
import org.concordance.content.Entity;
import org.concordance.content.EntryKind;
import org.concordance.content.Library;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warming queries, as Solr runs them for a new searcher: once per process, when the first library
 * is served with its index and the app has had nothing to do for a moment, a few dozen searches
 * made from the library's own names are run through the whole results page (the search, its view,
 * the template, the compression, {@link SearchPages#warm}) and the pages thrown away.
 *
 * <p>Why: until the code of a results page has run a few dozen times, the JIT compilers have not
 * made it fast. At 10,003 documents the first twenty new queries after a start took 78 ms each on
 * average, and those after the fortieth 15–19 ms (README, Performance, Scale). Under load the
 * first answer to a new query holds every reader asking it, and a load generator's latency
 * percentiles with it. Nothing is kept, so no page, entity tag or count differs from an app that
 * never warmed: every replica still sends the same bytes.
 *
 * <p>The warming runs on one thread at the lowest priority, only while the app has nothing else to
 * do (a change being read pauses it until that is done), and stops at the first failure (a
 * library replaced or the app stopping closes the index it searched) and when {@link #stop} is called.
 */
final class SearchWarming {
    private static final Logger LOG = LoggerFactory.getLogger(SearchWarming.class);
    /** How many entries of each kind give their names: six queries each (see {@link #queries}). */
    static final int ROUNDS = 8;
    /** How long the app must have had nothing to do (no ingest, no index update) before warming. */
    static final long IDLE_MILLIS = 1_000;
    private static final long POLL_MILLIS = 100;

    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<Integer> finished = new CompletableFuture<>();
    private volatile boolean stopped;
    private volatile Thread thread;

    /**
     * Starts warming on a thread of its own, the first time only: the compiled code stays for the
     * life of the process, whatever library is served later.
     *
     * @param site the site served when each query runs; empty when none is
     * @param progress what the app is doing, empty when nothing ({@code /healthz}'s "working")
     */
    void startOnce(Supplier<Optional<Site>> site, Supplier<String> progress) {
        if (stopped || !started.compareAndSet(false, true)) {
            return;
        }
        Thread warming = new Thread(() -> run(site, progress), "concordance-search-warming");
        warming.setDaemon(true);
        warming.setPriority(Thread.MIN_PRIORITY);
        thread = warming;
        warming.start();
    }

    /** Completes when the warming has ended, with how many queries it ran (0 when stopped before it began). */
    CompletableFuture<Integer> finished() {
        return finished;
    }

    /** Stops the warming after the query it is running, if any, waiting up to a second for it. */
    void stop() {
        stopped = true;
        Thread warming = thread;
        if (warming == null) {
            finished.complete(0);
        } else {
            // Not interrupted: a search is left to end (interrupting a thread reading the index can close its files).
            try {
                warming.join(TimeUnit.SECONDS.toMillis(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run(Supplier<Optional<Site>> site, Supplier<String> progress) {
        int run = 0;
        try {
            // The queries only: no site is held here or in warm while a change is read (see warmOne).
            Optional<List<String>> queries = awaitIdle(progress) ? site.get().map(first -> queries(first.services.library()))
                    : Optional.empty();
            if (queries.isPresent()) {
                run = warm(queries.get(), site, progress);
            }
        } finally {
            finished.complete(run);
        }
    }

    private int warm(List<String> queries, Supplier<Optional<Site>> site, Supplier<String> progress) {
        long start = System.nanoTime();
        int run = 0;
        for (String query : queries) {
            // A change to read (a watched file) comes first: the warming waits until it is done.
            if (!progress.get().isEmpty() && !awaitIdle(progress)) {
                break;
            }
            if (stopped || !warmOne(query, site)) {
                break;
            }
            run++;
        }
        LOG.info("warmed the search with {} of {} queries in {} ms", run, queries.size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        return run;
    }

    /**
     * Runs {@code query} on the site served now: false when none is, or the search failed (the index
     * closed under it: a new library, the app stopping), which ends the warming.
     *
     * <p>A method of its own so that the site is a local of this frame only: a local of the loop
     * above stays in its frame while the warming waits for a change to be read, and held the
     * edition served before beside the next one (at 10,003 documents, with that one being kept for
     * the next start, three editions in a 512 MB heap, and the app ran out of it).
     */
    private boolean warmOne(String query, Supplier<Optional<Site>> site) {
        Optional<Site> now = site.get();
        if (now.isEmpty()) {
            return false;
        }
        try {
            now.get().search.warm(query);
            return true;
        } catch (RuntimeException e) {
            // The index closed under it (a new library, the app stopping): what ran has warmed the code.
            LOG.info("search warming stopped at ‘{}’: {}", query, e.toString());
            return false;
        }
    }

    /**
     * Waits until {@code progress} has been empty for {@link #IDLE_MILLIS} without a break: true
     * then, false when stopped first.
     */
    private boolean awaitIdle(Supplier<String> progress) {
        long idleSince = System.nanoTime();
        while (!stopped) {
            if (!progress.get().isEmpty()) {
                idleSince = System.nanoTime();
            } else if (System.nanoTime() - idleSince >= TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS)) {
                return true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /**
     * The warming queries for {@code library}, in a fixed order: for each of {@link #ROUNDS}
     * organizations and concepts taken evenly through the library's lists, the organization's name,
     * the concept's, both together (two words or more, as most readers' queries are), the concept's
     * name as a quoted phrase, a prefix of its first word ({@code alli*}) and its name with two
     * letters swapped (the spelling correction); each query once. Empty for a library with neither.
     */
    static List<String> queries(Library library) {
        List<Entity> organizations = library.entities().stream().filter(e -> e.kind() == EntryKind.ORGANIZATION).toList();
        List<Concept> concepts = library.concepts();
        int rounds = Math.min(ROUNDS, Math.max(organizations.size(), concepts.size()));
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Optional<String> organization = pick(organizations, i, rounds).map(Entity::name);
            Optional<String> concept = pick(concepts, i, rounds).map(Concept::name);
            organization.ifPresent(queries::add);
            concept.ifPresent(queries::add);
            organization.ifPresent(o -> concept.ifPresent(c -> queries.add(o + " " + c)));
            concept.ifPresent(c -> {
                queries.add("\"" + c + "\"");
                String word = c.split("\\s+")[0];
                if (word.length() >= 5) {
                    queries.add(word.substring(0, 4) + "*");
                }
                int at = c.length() / 2;
                // Two letters of one script swapped, never half a surrogate pair.
                if (c.length() >= 5 && !Character.isSurrogate(c.charAt(at)) && !Character.isSurrogate(c.charAt(at - 1))) {
                    queries.add(c.substring(0, at - 1) + c.charAt(at) + c.charAt(at - 1) + c.substring(at + 1));
                }
            });
        }
        // A short list gives an entry to more than one round: each query once.
        return queries.stream().distinct().toList();
    }

    /** The {@code i}th of {@code rounds} entries taken evenly through {@code entries}. */
    private static <T> Optional<T> pick(List<T> entries, int i, int rounds) {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(i * entries.size() / rounds));
    }
}
