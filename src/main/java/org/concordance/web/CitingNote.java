package org.concordance.web;

import java.util.List;
import java.util.Optional;
import org.concordance.citations.Bibliography;
import org.concordance.citations.NoteCitation;
import org.concordance.citations.UrlMarkup;
import org.concordance.citations.Work;
import org.concordance.content.Library;
import org.jsoup.nodes.Entities;

/**
 * A note that cites a work, with what a page shows of it: the document's title, the note as
 * printed, the work, the pages cited and the link to the note in context.
 *
 * @param documentTitleHtml the citing document's title as HTML, italics inside it kept
 * @param noteHtml the note's HTML (italics kept, web addresses breakable links, as on the document page)
 */
public record CitingNote(NoteCitation citation, String documentTitleHtml, String noteHtml, Work work) {

    public String href() {
        return citation.href();
    }

    public String label() {
        return citation.noteLabel();
    }

    public Optional<String> pinpoint() {
        return citation.pinpoint();
    }

    /**
     * The pages cited, as a reader says them: "page 442", "pages iv–v", "pages 12, 14", a range
     * with an en dash (the note may print a hyphen).
     */
    public Optional<String> pages() {
        return citation.pinpoint().map(p -> {
            String pages = p.strip().replaceAll("\\s*[-–—]+\\s*", "–");
            return (pages.contains("–") || pages.contains(",") ? "pages " : "page ") + pages;
        });
    }

    static List<CitingNote> of(List<NoteCitation> citations, Library library, Bibliography bibliography) {
        return citations.stream().flatMap(c -> library.document(c.documentSlug()).stream()
                .flatMap(d -> bibliography.work(c.workSlug()).stream().map(w -> new CitingNote(c, TextLanguage.PAGES.title(d),
                        d.note(c.noteLabel()).map(n -> UrlMarkup.linked(n.html())).orElse(Entities.escape(c.citationText())), w))))
                .toList();
    }
}
