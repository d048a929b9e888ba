package org.concordance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.concordance.citations.Bibliography;
import org.concordance.citations.Name;
import org.concordance.citations.ResolvedCitation;
import org.concordance.citations.ResolvedNote;
import org.concordance.citations.Work;
import org.concordance.content.Build;
import org.concordance.content.Document;
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
     *
     * @param earlier the library served before, with its bibliography: an update of its index keeps
     *     the entries of the documents that are as they were ({@link Searchables.Earlier})
     */
    static Entries of(Library library, Bibliography bibliography, Optional<Bibliography.Earlier> earlier) {
        return Searchables.of(library, citedWorks(bibliography), earlier.map(before -> new Searchables.Earlier(
                        before.library(), citedWorks(before.bibliography()), fingerprint(before.library()))))
                .and(Entries.made(bibliography.works().size(), bibliography.works().stream().map(SearchEntries::work)))
                .and(Entries.made(library.relations().size(),
                        library.relations().stream().map(relation -> relation(relation, library))));
    }

    /**
     * What the search index of {@code library} is made from: the content and the code that makes the
     * entries, so a new build of the app rebuilds the index and an unchanged one reuses it without
     * making them.
     */
    static String fingerprint(Library library) {
        return fingerprint(library.fingerprint());
    }

    /** {@link #fingerprint(Library)} of a library read from content of {@code contentFingerprint}, before it is read. */
    static String fingerprint(String contentFingerprint) {
        return contentFingerprint + ":" + Build.identity();
    }

    /** For a document, by passage id, the works its passages cite or name ({@link #citedWorks(Bibliography, Document, Map)}). */
    private static Function<Document, Map<String, List<String>>> citedWorks(Bibliography bibliography) {
        Map<String, Integer> order = new HashMap<>();
        bibliography.works().forEach(work -> order.put(work.slug(), order.size()));
        return document -> citedWorks(bibliography, document, order);
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
            case PRESS_RELEASE -> "Press release";
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

    /**
     * By passage id, the works each passage of {@code document} cites (notes) or names (paragraphs),
     * as card ids, in the bibliography's order of works ({@code order}: a work's slug to its place).
     */
    private static Map<String, List<String>> citedWorks(Bibliography bibliography, Document document,
            Map<String, Integer> order) {
        Map<String, Set<String>> cited = new HashMap<>();
        for (ResolvedNote note : bibliography.notes(document.slug())) {
            for (ResolvedCitation citation : note.citations()) {
                citation.work().ifPresent(work -> cited.computeIfAbsent(Searchables.noteId(document.slug(), note.label()),
                        p -> new HashSet<>()).add(work.slug()));
            }
        }
        for (org.concordance.citations.Mention mention : bibliography.mentionsIn(document.slug())) {
            cited.computeIfAbsent(Searchables.paragraphId(document.slug(), mention.paragraph()), p -> new HashSet<>())
                    .add(mention.workSlug());
        }
        Map<String, List<String>> ids = new HashMap<>();
        cited.forEach((passage, works) -> ids.put(passage, works.stream().sorted(Comparator.comparing(order::get))
                .map(slug -> Searchables.cardId(Searchable.WORK, slug)).toList()));
        return ids;
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
