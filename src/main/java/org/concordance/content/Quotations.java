package org.concordance.content;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one check that words quoted from the library stand in the passage they name: a concept's
 * defining quote, a relation's evidence. Typographic quotes, case of folded letters and runs of
 * spacing aside, the quote must be a substring of the paragraph's or note's plain text.
 */
final class Quotations {
    private Quotations() {
    }

    /**
     * The quotation of {@code text} from paragraph {@code paragraph} or note {@code note} (exactly
     * one is present) of document {@code slug}; empty after passing {@code problem} a message
     * saying why not: no such document, no such passage, or words not in it.
     *
     * @param documents looks a document up by its slug
     */
    static Optional<Quotation> locate(Function<String, Optional<Document>> documents, String text, String slug,
            OptionalInt paragraph, Optional<String> note, Consumer<String> problem) {
        if (paragraph.isPresent() == note.isPresent()) {
            problem.accept("a quote cites either a 'paragraph' number or a 'note' label");
            return Optional.empty();
        }
        Optional<Document> document = documents.apply(slug);
        if (document.isEmpty()) {
            problem.accept("the quote cites document '" + slug + "', which is not in documents/");
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
