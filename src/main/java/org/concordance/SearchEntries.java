package org.concordance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordance.citations.Bibliography;
import org.concordance.citations.Name;
import org.concordance.citations.NoteCitation;
import org.concordance.citations.Work;
import org.concordance.content.Entity;
import org.concordance.content.Library;
import org.concordance.content.Quotation;
import org.concordance.content.Relation;
import org.concordance.search.Entries;
import org.concordance.search.Searchable;
import org.concordance.search.Searchables;

/**
 * What the search index holds of one library: its documents, passages and entries
 * ({@link Searchables}), and the cards the search package cannot know on its own, the cited works
 * of the bibliography and the relations of the network. Built here because only the composition
 * root sees both the search package and the features these entries come from.
 */
final class SearchEntries {
    private SearchEntries() {
    }

    /**
     * Every search entry of {@code library}, each made as the index reads it; linear in its passages,
     * works and relations.
     */
    static Entries of(Library library, Bibliography bibliography) {
        return Searchables.of(library, citedWorks(bibliography))
                .and(new Entries(bibliography.works().size(), bibliography.works().stream().map(SearchEntries::work)))
                .and(new Entries(library.relations().size(),
                        library.relations().stream().map(relation -> relation(relation, library))));
    }

    /**
     * A cited work as a card of kind {@code work}: found by its authors, title and short title, described
     * by what it is, who wrote it and when.
     */
    private static Searchable work(Work work) {
        List<String> names = new ArrayList<>();
        work.title().ifPresent(title -> names.add(title.plain()));
        work.shortTitle().ifPresent(title -> names.add(title.plain()));
        work.shortForm().ifPresent(names::add);
        return new Searchable(Searchable.WORK, Searchables.cardId(Searchable.WORK, work.slug()), work.displayTitle(),
                work.path(), Optional.empty(), Optional.empty(), Optional.empty(), describe(work),
                work.authors().stream().map(Name::display).toList()).withNames(names);
    }

    /** One line on a work, in the library's words: "Report by D. Byman, 2012". */
    private static String describe(Work work) {
        String type = switch (work.type()) {
            case BOOK -> "Book";
            case JOURNAL_ARTICLE -> "Journal article";
            case CHAPTER -> "Book chapter";
            case REPORT -> "Report";
            case WEB_PAGE -> "Web page";
            case BLOG_POST -> "Blog post";
            case UNKNOWN -> "Work";
        };
        StringBuilder line = new StringBuilder(type);
        if (!work.authorLine().isEmpty()) {
            line.append(" by ").append(work.authorLine());
        }
        work.container().ifPresent(container -> line.append(", ").append(container));
        work.year().ifPresent(year -> line.append(", ").append(year));
        if (work.knownOnlyByShortForm()) {
            line.append(", known only from a note's short form");
        }
        return line.append('.').toString();
    }

    /** By passage id, the works each passage cites (notes) or names (paragraphs), as card ids. */
    private static Map<String, List<String>> citedWorks(Bibliography bibliography) {
        Map<String, List<String>> cited = new HashMap<>();
        for (Work work : bibliography.works()) {
            String id = Searchables.cardId(Searchable.WORK, work.slug());
            for (NoteCitation note : bibliography.citationsOf(work.slug())) {
                cited.computeIfAbsent(Searchables.noteId(note.documentSlug(), note.noteLabel()), p -> new ArrayList<>()).add(id);
            }
            for (org.concordance.citations.Mention mention : bibliography.mentionsOf(work.slug())) {
                cited.computeIfAbsent(Searchables.paragraphId(mention.documentSlug(), mention.paragraph()),
                        p -> new ArrayList<>()).add(id);
            }
        }
        return cited;
    }

    /**
     * A relation as a search entry of kind {@code relation}: found by the words of its title (both
     * parties' names and the type, "Hezbollah competed with Amal"), its type and its time; it belongs
     * to a document when all its evidence does. It is tagged with no mentions and its quotes are not
     * its words: a query naming the parties finds first the passages that state the relation, which
     * the relation's page only quotes.
     */
    private static Searchable relation(Relation relation, Library library) {
        Entity from = library.entity(relation.from()).orElseThrow();
        Entity to = library.entity(relation.to()).orElseThrow();
        String title = relation.title(from.name(), to.name());
        List<String> documents = relation.evidence().stream().map(Quotation::document).distinct().toList();
        Optional<String> document = documents.size() == 1 ? Optional.of(documents.get(0)) : Optional.empty();
        Optional<String> documentTitle = document.flatMap(library::document).map(d -> d.metadata().displayTitle());
        String body = String.join("\n", title, relation.type().label(), relation.when().orElse("")).strip();
        return new Searchable(Searchable.RELATION, Searchables.cardId(Searchable.RELATION, relation.id()), title,
                relation.href(), documentTitle.isPresent() ? document : Optional.empty(), documentTitle, Optional.empty(),
                body, List.of());
    }
}
