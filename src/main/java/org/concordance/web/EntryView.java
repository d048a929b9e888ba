package org.concordance.web;

import java.util.List;
import java.util.Optional;
import org.concordance.content.Concept;
import org.concordance.content.Entity;
import org.concordance.content.Entry;
import org.concordance.content.EntryKind;
import org.concordance.glossary.CoMention;
import org.concordance.glossary.DocumentMentions;
import org.concordance.glossary.Glossary;
import org.concordance.glossary.KeywordInContext;
import org.jsoup.nodes.Entities;

/** What a concept, organization or person page shows, worked out from the glossary so the templates stay simple. */
public final class EntryView {
    private final Glossary glossary;
    private final Entry entry;
    private final List<DocumentMentions> mentions;
    private final Optional<String> introducedInHref;

    /**
     * @param introducedInHref the page of the text a concept was introduced in, when the library
     *     has one (a document, or a cited work)
     * @param paging the page of the documents mentioning the entry shown
     */
    EntryView(Glossary glossary, Entry entry, Optional<String> introducedInHref, Paging paging) {
        this.glossary = glossary;
        this.entry = entry;
        this.mentions = glossary.mentionsByDocument(entry.slug(), paging.offset(), paging.size());
        this.introducedInHref = introducedInHref;
    }

    /** The page of the work or document the concept was introduced in, when the library has one. */
    public Optional<String> introducedInHref() {
        return introducedInHref;
    }

    public Entry entry() {
        return entry;
    }

    /** The entry as a concept; only called by the concept template. */
    public Concept concept() {
        return (Concept) entry;
    }

    public String kindLabel() {
        return switch (entry.kind()) {
            case CONCEPT -> "Concept";
            case ORGANIZATION -> "Organization";
            case PERSON -> "Person";
        };
    }

    /** The index page this entry is listed on, for the breadcrumb. */
    public String indexHref() {
        return "/" + entry.kind().path();
    }

    public String indexLabel() {
        return switch (entry.kind()) {
            case CONCEPT -> "Concepts";
            case ORGANIZATION -> "Organizations";
            case PERSON -> "People";
        };
    }

    public List<Entry> related() {
        return glossary.related(entry);
    }

    public List<Entry> relatedConcepts() {
        return related().stream().filter(e -> e.kind() == EntryKind.CONCEPT).toList();
    }

    public List<Entry> relatedActors() {
        return related().stream().filter(e -> e.kind() != EntryKind.CONCEPT).toList();
    }

    /** The mentions of this page's documents, grouped by document, as keyword-in-context lines. */
    public List<DocumentMentions> mentions() {
        return mentions;
    }

    /** Every mention of the entry in the library, on every page. */
    public int mentionCount() {
        return glossary.mentions(entry.slug()).size();
    }

    public List<CoMention> alongside() {
        return glossary.conceptsAlongside(entry.slug());
    }

    /** The link to a mention's paragraph or note. */
    public String href(DocumentMentions group, KeywordInContext line) {
        return "/documents/" + group.document().slug() + "#" + line.anchor();
    }

    /** "¶ 5" or "note 14": where a mention stands. */
    public String place(KeywordInContext line) {
        return line.note().map(label -> "note " + label).orElse("¶ " + line.paragraph());
    }

    /** A longer name for the same place, for screen readers and link titles. */
    public String placeLabel(DocumentMentions group, KeywordInContext line) {
        String where = line.note().map(label -> "note " + label).orElse("paragraph " + line.paragraph());
        return where + " of " + group.document().metadata().displayTitle();
    }

    /**
     * "3 mentions in 2 paragraphs", "4 mentions in 1 paragraph and 3 notes": the places the list
     * under it shows, each paragraph and each note counted once.
     */
    public String countLine(DocumentMentions group) {
        long notes = group.lines().stream().filter(line -> line.note().isPresent()).count();
        int paragraphs = group.lines().size() - (int) notes;
        String where = notes == 0 ? plural(paragraphs, "paragraph")
                : paragraphs == 0 ? plural((int) notes, "note")
                : plural(paragraphs, "paragraph") + " and " + plural((int) notes, "note");
        return plural(group.count(), "mention") + " in " + where;
    }

    /** The title (as HTML, italics inside it kept) of the document the defining quotation comes from. */
    public String quotationSourceHtml() {
        Concept concept = concept();
        return glossary.library().document(concept.quotation().document())
                .map(TextLanguage.PAGES::title).orElseGet(() -> Entities.escape(concept.quotation().document()));
    }

    /**
     * The defining quotation's language for its {@code lang} attribute: its document's when taken
     * from the text and not English ({@link TextLanguage}), null otherwise (a note's claims none).
     */
    public String quotationLanguage() {
        return TextLanguage.PAGES.of(concept().quotation(), glossary.library());
    }

    public String quotationHref() {
        Concept concept = concept();
        return "/documents/" + concept.quotation().document() + "#" + concept.quotation().anchor();
    }

    /** The person page of whoever introduced the concept, when the library has one. */
    public Optional<Entity> introducer() {
        return concept().introducedBy().flatMap(by -> glossary.people().stream()
                .filter(p -> p.names().stream().anyMatch(n -> n.equalsIgnoreCase(by.author())))
                .findFirst());
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** "a", "a and b", "a, b and c". */
    static String inWords(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
