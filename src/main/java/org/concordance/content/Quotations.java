package org.concordance.content;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The one check that words quoted from the library stand in the passage they name: a concept's
 * defining quote, a relation's evidence. Typographic quotes, case of folded letters and runs of
 * spacing aside, the quote must be a substring of the paragraph's or note's plain text.
 */
final class Quotations {
    private Quotations() {
    }

    /**
     * The quotations {@code earlier}'s concepts and relations quote from a document that is among
     * {@code documents} as the very object (its file was not read again): each was found verbatim
     * there, and is again without reading the text ({@link #locate}). A restart that finds a change
     * reads the content against the library the last run kept, whose texts are read only when
     * first asked for ({@link Deferred}); looking every quotation up again read them.
     */
    static Set<Quotation> foundBefore(Optional<Library> earlier, List<Document> documents) {
        if (earlier.isEmpty()) {
            return Set.of();
        }
        Set<Document> now = Collections.newSetFromMap(new IdentityHashMap<>());
        now.addAll(documents);
        Set<Quotation> found = new HashSet<>();
        Stream.concat(earlier.get().concepts().stream().map(Concept::quotation),
                earlier.get().relations().stream().flatMap(relation -> relation.evidence().stream())).forEach(quotation -> {
                    if (earlier.get().document(quotation.document()).filter(now::contains).isPresent()) {
                        found.add(quotation);
                    }
                });
        return Set.copyOf(found);
    }

    /**
     * The quotation of {@code text} from paragraph {@code paragraph} or note {@code note} (exactly
     * one is present) of document {@code slug}; empty after passing {@code problem} a message
     * saying why not: no such document, no such passage, or words not in it.
     *
     * @param documents looks a document up by its slug
     * @param foundBefore quotations found already in the documents as they are ({@link #foundBefore}):
     *     one of them is taken without reading the text
     * @param documentsWhole whether every document file was read; when one was not (its problems are
     *     reported), a document not found may be that one, and is not said to be missing
     */
    static Optional<Quotation> locate(Function<String, Optional<Document>> documents, Set<Quotation> foundBefore,
            boolean documentsWhole, String text, String slug, OptionalInt paragraph, Optional<String> note,
            Consumer<String> problem) {
        if (paragraph.isPresent() == note.isPresent()) {
            problem.accept("a quote cites either a 'paragraph' number or a 'note' label");
            return Optional.empty();
        }
        Quotation asked = new Quotation(text, slug, paragraph.isPresent() ? "p-" + paragraph.getAsInt() : "fn-" + note.get());
        if (foundBefore.contains(asked)) {
            return Optional.of(asked);
        }
        Optional<Document> document = documents.apply(slug);
        if (document.isEmpty()) {
            if (documentsWhole) {
                problem.accept("the quote cites document '" + slug + "', which is not in documents/");
            }
            return Optional.empty();
        }
        Optional<String> source = paragraph.isPresent()
                ? document.get().paragraph(paragraph.getAsInt()).map(Paragraph::text)
                : document.get().note(note.get()).map(Note::text);
        String place = paragraph.isPresent() ? "paragraph " + paragraph.getAsInt() : "note " + note.get();
        if (source.isEmpty()) {
            problem.accept("document '" + slug + "' has no " + place);
            return Optional.empty();
        }
        if (!normalize(source.get()).contains(normalize(text))) {
            problem.accept("the quoted text is not in " + place + " of '" + slug
                    + "'; quote it verbatim (typographic quotes and spacing aside)");
            return Optional.empty();
        }
        String anchor = paragraph.isPresent() ? "p-" + paragraph.getAsInt() : "fn-" + note.get();
        return Optional.of(new Quotation(text, slug, anchor));
    }

    private static String normalize(String text) {
        return MentionFinder.fold(text, true).replaceAll("\\s+", " ").strip();
    }
}
