package org.concordance.web;

import java.util.List;
import java.util.Optional;
import org.concordance.content.Concept;
import org.concordance.content.Entity;
import org.concordance.content.Library;
import org.concordance.content.Quotation;
import org.concordance.content.Relation;
import org.jsoup.nodes.Entities;

/** What the pages show of one relation: its parties, type, time, concepts and evidence, each quote linked to its passage. */
public final class RelationView {
    private final Relation relation;
    private final Entity from;
    private final Entity to;
    private final List<Concept> concepts;
    private final List<Evidence> evidence;

    RelationView(Relation relation, Library library) {
        this.relation = relation;
        this.from = party(library, relation.from());
        this.to = party(library, relation.to());
        this.concepts = relation.concepts().stream().map(library::concept).flatMap(Optional::stream).toList();
        this.evidence = relation.evidence().stream().map(quote -> Evidence.of(quote, library)).toList();
    }

    private static Entity party(Library library, String slug) {
        return library.entity(slug).orElseThrow(() -> new IllegalStateException("relation names a missing organization: " + slug));
    }

    /**
     * A quote with where it stands.
     *
     * @param documentTitleHtml the document's title as HTML, italics inside it kept
     * @param href the passage's permalink, {@code /documents/{slug}#p-5}
     * @param place "¶ 5" or "note 14", as the page shows it
     * @param placeWords "paragraph 5" or "note 14", as a screen reader says it
     * @param language the quote's language for its {@code lang} attribute, its document's when taken
     *     from the text and not English, null otherwise (a note's, as on the document page, claims none)
     */
    public record Evidence(String quote, String document, String documentTitleHtml, String href, String place,
            String placeWords, String language) {
        static Evidence of(Quotation quote, Library library) {
            String title = library.document(quote.document()).map(TextLanguage.PAGES::title)
                    .orElseGet(() -> Entities.escape(quote.document()));
            String where = quote.paragraph().isPresent() ? "paragraph " + quote.paragraph().getAsInt()
                    : "note " + quote.note().orElseThrow();
            return new Evidence(quote.text(), quote.document(), title, "/documents/" + quote.document() + "#" + quote.anchor(),
                    quote.place(), where, TextLanguage.PAGES.of(quote, library));
        }
    }

    public Relation relation() {
        return relation;
    }

    public String id() {
        return relation.id();
    }

    public String href() {
        return relation.href();
    }

    public Entity from() {
        return from;
    }

    public Entity to() {
        return to;
    }

    public String typeLabel() {
        return relation.type().label();
    }

    /** The words between the parties: "passed knowledge to". */
    public String phrase() {
        return relation.type().phrase(relation.directed());
    }

    /** "Hezbollah passed knowledge to Hamas". */
    public String title() {
        return relation.title(from.name(), to.name());
    }

    /** A time that begins with its own preposition: "in 1997", "after 2014", "between 2001 and 2004", "for decades". */
    private static final java.util.regex.Pattern OWN_PREPOSITION = java.util.regex.Pattern.compile("(?i)(?:in|on|at|by|after"
            + "|before|during|from|since|ever since|until|till|up to|prior to|as of|around|about|between|over|through"
            + "|throughout|within|for|toward|towards|circa)\\s");

    /** The time as the text states it, or empty. */
    public String when() {
        return relation.when().orElse("");
    }

    /**
     * The time as a phrase after the relation's title: "in the late 1980s", "in 1997", "in 2014";
     * a time the text states with its own preposition ("in 1997", "after 2014") kept as it is. Empty
     * when the text states none.
     */
    public String whenPhrase() {
        // Mid-sentence, a preposition the file capitalised ("In 1997") is written small.
        return relation.when().map(when -> OWN_PREPOSITION.matcher(when).lookingAt()
                ? when.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + when.substring(1) : "in " + when).orElse("");
    }

    public List<Concept> concepts() {
        return concepts;
    }

    public List<Evidence> evidence() {
        return evidence;
    }

    /** Of the two parties, the one that is not {@code slug}. */
    public Entity partnerOf(String slug) {
        return relation.from().equals(slug) ? to : from;
    }

    /** A sentence on direction, for the relation's page. */
    public String directionLine() {
        if (!relation.directed()) {
            return "The text gives this relation no direction.";
        }
        return "Directed: from " + from.name() + " to " + to.name() + ", as the text states.";
    }
}
