package org.concordance.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import org.concordance.content.Mentions;
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
        return of(library, document -> Map.of(), Optional.empty());
    }

    /**
     * The library an index was made from, with what tagged its passages: a document of the next
     * library that is the very object one of these was, at the same place, with its passages tagged
     * and defining alike, has the same entries, and an update of that index keeps them as they are.
     *
     * @param fingerprint the search fingerprint that index was made for
     * @param moreMentions as {@link #of(Library, Function, Optional)} took it for {@code library}
     */
    public record Earlier(Library library, Function<Document, Map<String, List<String>>> moreMentions,
            String fingerprint) {
        public Earlier {
            Objects.requireNonNull(library, "library");
            Objects.requireNonNull(moreMentions, "moreMentions");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    /**
     * Everything the library holds, with more tags from outside the library's own mentions. A
     * document's entries, and the tags of its passages, are made when the stream reaches it: the
     * tags of a large library's passages are never all in memory at once (at 10,000 documents, over
     * a hundred megabytes of them were).
     *
     * @param moreMentions for a document, by passage id ({@link #paragraphId}, {@link #noteId}): ids of
     *     further entries the passage mentions, such as the works a note cites
     * @param earlier the library the index to update was made from: the documents that are as they
     *     were there are {@link Entries.Group#asBefore}, and an update does not make their entries
     */
    public static Entries of(Library library, Function<Document, Map<String, List<String>>> moreMentions,
            Optional<Earlier> earlier) {
        Tagging tagging = new Tagging(library, moreMentions);
        Optional<Tagging> before = earlier.map(e -> new Tagging(e.library(), e.moreMentions()));
        List<Document> documents = library.documents();
        List<Document> documentsBefore = earlier.map(e -> e.library().documents()).orElse(List.of());
        int count = library.entries().size();
        Map<Document, Integer> places = new IdentityHashMap<>(documents.size() * 4 / 3 + 1);
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            count += size(document);
            places.put(document, i);
        }
        Entries.Maker maker = skipAsBefore -> {
            Function<Document, Entries.Group> groupOf = document -> {
                int place = places.get(document);
                List<Mention> mentions = tagging.mentions(document);
                Map<String, List<String>> more = tagging.moreMentions.apply(document);
                Map<String, List<String>> defines = tagging.defines(document);
                // The same object at the same place (the same file, read once, at the same group
                // number), with the same mentions, more tags and definitions: the same entries.
                boolean asBefore = before.isPresent() && place < documentsBefore.size() && documentsBefore.get(place) == document
                        && mentions.equals(before.get().mentions(document)) && more.equals(before.get().moreMentions.apply(document))
                        && defines.equals(before.get().defines(document));
                if (asBefore && skipAsBefore) {
                    return new Entries.Group(size(document), true, List.of());
                }
                Map<String, Set<String>> tags = tags(mentions, more);
                return new Entries.Group(size(document), asBefore, of(document).stream()
                        .map(entry -> entry.withMentions(List.copyOf(tags.getOrDefault(entry.id(), Set.of())))
                                .withDefines(defines.getOrDefault(entry.id(), List.of())))
                        .toList());
            };
            // A large library's entries are made on other cores, a window ahead of the reader: reading
            // each passage's text from its HTML is most of making them, and the reader (an index's writer,
            // or an update comparing every entry) was waiting for it.
            Stream<Entries.Group> groups;
            if (documents.size() < ContentLoader.PARALLEL_FROM) {
                groups = documents.stream().map(groupOf);
            } else {
                InOrder.Reading<Entries.Group> reading = InOrder.ahead(documents.iterator(), groupOf,
                        Math.max(1, Runtime.getRuntime().availableProcessors() - 1), AHEAD, "concordance-entries");
                groups = StreamSupport.stream(Spliterators.spliteratorUnknownSize(reading, Spliterator.ORDERED), false)
                        .onClose(reading::close);
            }
            List<Searchable> cards = library.entries().stream().map(Searchables::of).toList();
            return Stream.concat(groups, Stream.of(new Entries.Group(cards.size(), false, cards)));
        };
        return Entries.grouped(count, earlier.map(Earlier::fingerprint), maker);
    }

    /**
     * How many entries {@code document} gives: itself, its paragraphs and its notes; counted without
     * reading its text ({@link Document#passages}), which a restart has not read yet.
     */
    private static int size(Document document) {
        return 1 + document.passages().paragraphs() + document.passages().notes();
    }

    /**
     * What a library tags its passages with: the entries they mention (found by the mention finder,
     * and {@code moreMentions}) and, for the concepts, the passage that defines each. Asked for one
     * document at a time, from any thread.
     */
    private static final class Tagging {
        private final Mentions mentions;
        /** Positions in {@link #mentions}: a document's mentions are made only while its entries are. */
        private final Map<String, int[]> byDocument;
        /** By document slug, then passage id: the concepts the passage defines (its quotation's place). */
        private final Map<String, Map<String, List<String>>> defines = new HashMap<>();
        private final Function<Document, Map<String, List<String>>> moreMentions;

        Tagging(Library library, Function<Document, Map<String, List<String>>> moreMentions) {
            this.moreMentions = moreMentions;
            this.mentions = library.mentionTable();
            this.byDocument = mentions.positionsByDocument();
            for (Concept concept : library.concepts()) {
                Quotation quote = concept.quotation();
                String passage = quote.paragraph().isPresent()
                        ? paragraphId(quote.document(), quote.paragraph().getAsInt())
                        : noteId(quote.document(), quote.note().orElseThrow());
                defines.computeIfAbsent(quote.document(), d -> new HashMap<>())
                        .computeIfAbsent(passage, p -> new ArrayList<>()).add(cardId(Searchable.CONCEPT, concept.slug()));
            }
        }

        /** The mentions the mention finder found in {@code document}, in reading order. */
        List<Mention> mentions(Document document) {
            int[] positions = byDocument.get(document.slug());
            return positions == null ? List.of() : mentions.at(positions);
        }

        /**
         * By passage id of {@code document}, the concepts the passage defines; read from the
         * concepts' quotations, not from the document's text, which a restart has not read yet
         * (a quotation's place is one the text has: the library is not read without it).
         */
        Map<String, List<String>> defines(Document document) {
            return defines.getOrDefault(document.slug(), Map.of());
        }
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
