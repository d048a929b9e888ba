package org.concordance.web;

import java.util.List;
import java.util.Optional;
import org.concordance.citations.Bibliography;
import org.concordance.citations.NoteCitation;
import org.concordance.citations.Work;
import org.concordance.content.Library;

/**
 * A note that cites a work, with what a page shows of it: the document's title, the note's full
 * text as printed, the work, the page cited and the link to the note in context.
 */
public record CitingNote(NoteCitation citation, String documentTitle, String noteText, Work work) {

    public String href() {
        return citation.href();
    }

    public String label() {
        return citation.noteLabel();
    }

    public Optional<String> pinpoint() {
        return citation.pinpoint();
    }

    static List<CitingNote> of(List<NoteCitation> citations, Library library, Bibliography bibliography) {
        return citations.stream().flatMap(c -> library.document(c.documentSlug()).stream()
                .flatMap(d -> bibliography.work(c.workSlug()).stream().map(w -> new CitingNote(c, d.metadata().displayTitle(),
                        d.note(c.noteLabel()).map(n -> n.text()).orElse(c.citationText()), w))))
                .toList();
    }
}
