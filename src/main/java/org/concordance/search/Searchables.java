package org.concordance.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.concordance.content.Concept;
import org.concordance.content.ContentLoader;
import org.concordance.content.Document;
import org.concordance.content.Entry;
import org.concordance.content.Heading;
import org.concordance.content.InOrder;
import org.concordance.content.Library;
import org.concordance.content.Mention;
import org.concordance.content.Metadata;
import org.concordance.content.Note;
import org.concordance.content.Paragraph;
import org.concordance.content.Quotation;

/**
 * Turns the library into search entries: one per document, paragraph and note, and one card per
 * concept, organization and person. Each passage carries the entries the mention finder found in it
 * and the concepts it defines, so that every name of an entry reaches every passage naming it.
 * Linear in the size of the library.
 */
public final class Searchables {
    /** Documents whose entries are made ahead of the one read: enough to keep a core busy, few enough to hold little. */
    private static final int AHEAD = 32;

    private Searchables() {
    }

    /** Everything the library holds, passages tagged with the entries they mention. */
    public static Entries of(Library library) {
        return of(library, document -> Map.of());
    }

    /**
     * Everything the library holds, with more tags from outside the library's own mentions. A
     * document's entries, and the tags of its passages, are made when the stream reaches it: the
     * tags of a large library's passages are never all in memory at once (at 10,000 documents, over
     * a hundred megabytes of them were).
     *
     * @param moreMentions for a document, by passage id ({@link #paragraphId}, {@link #noteId}): ids of
     *     further entries the passage mentions, such as the works a note cites
     */
    public static Entries of(Library library, Function<Document, Map<String, List<String>>> moreMentions) {
        Map<String, List<Mention>> byDocument = new HashMap<>();
        for (Mention mention : library.mentions()) {
            byDocument.computeIfAbsent(mention.document(), d -> new ArrayList<>()).add(mention);
        }
        Map<String, List<String>> defines = new HashMap<>();
        for (Concept concept : library.concepts()) {
            Quotation quote = concept.quotation();
            String passage = quote.paragraph().isPresent()
                    ? paragraphId(quote.document(), quote.paragraph().getAsInt())
                    : noteId(quote.document(), quote.note().orElseThrow());
            defines.computeIfAbsent(passage, p -> new ArrayList<>()).add(cardId(Searchable.CONCEPT, concept.slug()));
        }
        int count = library.entries().size();
        for (Document document : library.documents()) {
            count += 1 + document.paragraphs().size() + document.notes().size();
        }
        Function<Document, List<Searchable>> entriesOf = document -> {
            Map<String, Set<String>> mentions = tags(byDocument.getOrDefault(document.slug(), List.of()),
                    moreMentions.apply(document));
            return of(document).stream().map(entry -> entry.withMentions(List.copyOf(mentions.getOrDefault(entry.id(), Set.of())))
                    .withDefines(defines.getOrDefault(entry.id(), List.of()))).toList();
        };
        // A large library's entries are made on other cores, a window ahead of the reader: reading
        // each passage's text from its HTML is most of making them, and the reader (an index's writer,
        // or an update comparing every entry) was waiting for it.
        Iterator<List<Searchable>> byDocumentInOrder = library.documents().size() < ContentLoader.PARALLEL_FROM
                ? library.documents().stream().map(entriesOf).iterator()
                : InOrder.ahead(library.documents().iterator(), entriesOf,
                        Math.max(1, Runtime.getRuntime().availableProcessors() - 1), AHEAD, "concordance-entries");
        Stream<Searchable> passages = StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(byDocumentInOrder, Spliterator.ORDERED), false).flatMap(List::stream);
        return new Entries(count, Stream.concat(passages, library.entries().stream().map(Searchables::of)));
    }

    /**
     * By passage id, the ids of the entries one document's passages mention: the library's own
     * mentions in reading order, then {@code more}, each once.
     */
    private static Map<String, Set<String>> tags(List<Mention> inDocument, Map<String, List<String>> more) {
        Map<String, Set<String>> tags = new HashMap<>();
        for (Mention mention : inDocument) {
            String passage = mention.note().map(label -> noteId(mention.document(), label))
                    .orElse(paragraphId(mention.document(), mention.paragraph()));
            tags.computeIfAbsent(passage, p -> new LinkedHashSet<>()).add(cardId(mention.kind().name(), mention.entry()));
        }
        more.forEach((passage, ids) -> tags.computeIfAbsent(passage, p -> new LinkedHashSet<>()).addAll(ids));
        return tags;
    }

    /** The id of a card: its kind and slug, {@code organization:hezbollah}. */
    public static String cardId(String kind, String slug) {
        return kind.toLowerCase(Locale.ROOT) + ":" + slug;
    }

    public static String paragraphId(String documentSlug, int number) {
        return Searchable.PARAGRAPH + ":" + documentSlug + "#p-" + number;
    }

    public static String noteId(String documentSlug, String label) {
        return Searchable.NOTE + ":" + documentSlug + "#fn-" + label;
    }

    /** A concept, organization or person as a card: found by its names, described by its one line. */
    static Searchable of(Entry entry) {
        String kind = entry.kind().name().toLowerCase(Locale.ROOT);
        return new Searchable(kind, cardId(kind, entry.slug()), entry.name(), entry.href(), Optional.empty(),
                Optional.empty(), Optional.empty(), entry.summary(), List.of()).withNames(entry.names());
    }

    /** A document's own entries: the document, its paragraphs and its notes, not yet tagged; as many as {@link #of(Library, Function)} counts. */
    static List<Searchable> of(Document document) {
        String slug = document.slug();
        Metadata metadata = document.metadata();
        String title = metadata.displayTitle();
        String path = "/documents/" + slug;
        List<Searchable> entries = new ArrayList<>();
        // Found by its title, authors and venue; its summary gives the snippet.
        Optional<String> venue = Optional.of(metadata.sourceLine()).filter(line -> !line.isBlank());
        entries.add(new Searchable(Searchable.DOCUMENT, "document:" + slug, title, path, Optional.of(slug),
                Optional.of(title), venue, metadata.summary().orElse(""), metadata.authors()));
        for (Paragraph paragraph : document.paragraphs()) {
            Optional<String> section = paragraph.section().flatMap(document::heading).map(Heading::text);
            entries.add(new Searchable(Searchable.PARAGRAPH, paragraphId(slug, paragraph.number()),
                    "Paragraph " + paragraph.number(), path + "#" + paragraph.anchor(), Optional.of(slug),
                    Optional.of(title), section, paragraph.text(), List.of()));
        }
        for (Note note : document.notes()) {
            entries.add(new Searchable(Searchable.NOTE, noteId(slug, note.label()), "Note " + note.label(),
                    path + "#" + note.anchor(), Optional.of(slug), Optional.of(title), Optional.empty(), note.text(),
                    List.of()));
        }
        return entries;
    }
}
