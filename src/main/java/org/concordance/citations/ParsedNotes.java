package org.concordance.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.concordance.content.ContentLoader;
import org.concordance.content.Document;
import org.concordance.content.InOrder;
import org.concordance.content.Note;

/**
 * The citations of every note of a library, parsed on every core and handed out in document order.
 * A note is parsed from its own text alone, but resolving its citations needs every note before it
 * (short forms, Ibid.), so from {@link ContentLoader#PARALLEL_FROM} documents on, the notes of the
 * documents a window ahead are parsed on the other cores while the caller resolves the ones before.
 * Parsing is about two fifths of building a bibliography (10,003 generated documents); the notes of a
 * document an earlier bibliography was built from are not parsed again ({@link Bibliography.Earlier}).
 */
final class ParsedNotes {
    /** Documents parsed ahead of the one being resolved: enough to keep the cores busy, few enough to hold little. */
    private static final int AHEAD = 64;

    private ParsedNotes() {
    }

    /**
     * Calls {@code resolve} with each of {@code documents}, in their order, and the citations of each
     * of its notes in order: as {@code known} gives them, else as {@code parser} reads them.
     *
     * @param parser holds no state, so it parses on several threads at once
     * @param known the citations of a document's notes, in order, when they are known already (an
     *     earlier bibliography's, for the very document it was built from): the notes are not parsed
     * @throws RuntimeException what parsing or {@code resolve} threw first; nothing more is resolved
     */
    static void inOrder(List<Document> documents, NoteParser parser,
            Function<Document, Optional<List<List<Citation>>>> known, BiConsumer<Document, List<List<Citation>>> resolve) {
        Function<Document, List<List<Citation>>> citations = document -> known.apply(document)
                .orElseGet(() -> parsed(document, parser));
        if (documents.size() < ContentLoader.PARALLEL_FROM) {
            documents.forEach(document -> resolve.accept(document, citations.apply(document)));
            return;
        }
        InOrder.<Document, List<List<Citation>>, RuntimeException>run(documents.iterator(), citations, resolve::accept,
                Math.max(1, Runtime.getRuntime().availableProcessors() - 1), AHEAD, "concordance-notes");
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
