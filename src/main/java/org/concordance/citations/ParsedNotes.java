package org.concordance.citations;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import org.concordance.content.ContentLoader;
import org.concordance.content.Document;
import org.concordance.content.Note;

/**
 * The citations of every note of a library, parsed on every core and handed out in document order.
 * A note is parsed from its own text alone, but resolving its citations needs every note before it
 * (short forms, Ibid.), so from {@link ContentLoader#PARALLEL_FROM} documents on, the notes of the
 * documents a window ahead are parsed on the other cores while the caller resolves the ones before.
 * Parsing is about two fifths of building a bibliography (10,003 generated documents).
 */
final class ParsedNotes {
    /** Documents parsed ahead of the one being resolved: enough to keep the cores busy, few enough to hold little. */
    private static final int AHEAD = 64;

    private ParsedNotes() {
    }

    /**
     * Calls {@code resolve} with each of {@code documents}, in their order, and the citations of each
     * of its notes in order, as {@code parser} reads them.
     *
     * @param parser holds no state, so it parses on several threads at once
     * @throws RuntimeException what parsing or {@code resolve} threw first; nothing more is resolved
     */
    static void inOrder(List<Document> documents, NoteParser parser, BiConsumer<Document, List<List<Citation>>> resolve) {
        if (documents.size() < ContentLoader.PARALLEL_FROM) {
            documents.forEach(document -> resolve.accept(document, parsed(document, parser)));
            return;
        }
        record Parsing(Document document, CompletableFuture<List<List<Citation>>> citations) {
        }
        ArrayDeque<Parsing> ahead = new ArrayDeque<>();
        Iterator<Document> next = documents.iterator();
        // Threads of its own: on two cores CompletableFuture's default would start a thread per document.
        ExecutorService parsers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
                runnable -> {
                    Thread thread = new Thread(runnable, "concordance-notes");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            while (next.hasNext() || !ahead.isEmpty()) {
                while (ahead.size() < AHEAD && next.hasNext()) {
                    Document document = next.next();
                    ahead.add(new Parsing(document, CompletableFuture.supplyAsync(() -> parsed(document, parser), parsers)));
                }
                Parsing first = ahead.poll();
                List<List<Citation>> citations;
                try {
                    citations = first.citations().join();
                } catch (CompletionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw e;
                }
                resolve.accept(first.document(), citations);
            }
        } finally {
            // After a failure, what was parsed ahead is of no use.
            ahead.forEach(parsing -> parsing.citations().cancel(false));
            parsers.shutdownNow();
        }
    }

    /** The citations of each note of {@code document}, in order. */
    private static List<List<Citation>> parsed(Document document, NoteParser parser) {
        List<List<Citation>> citations = new ArrayList<>(document.notes().size());
        for (Note note : document.notes()) {
            citations.add(parser.parse(note).citations());
        }
        return citations;
    }
}
