package org.concordance.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.concordance.content.Concept;
import org.concordance.content.Document;
import org.concordance.content.Entity;
import org.concordance.content.Entry;
import org.concordance.content.EntryKind;
import org.concordance.content.Library;
import org.concordance.content.Mention;
import org.concordance.content.Mentions;
import org.concordance.content.Paragraph;

/**
 * The glossary as the pages need it, computed once from a {@link Library} in time linear in its
 * mentions and paragraphs (indexes by entry and by document; nothing per request
 * walks the whole library); what only one document's page needs (its links, its related passages)
 * is worked out when the page asks. Immutable to its readers and thread-safe; build a new one when
 * the library changes.
 *
 * <p>Links: a document links an entry once, at its first mention by one of its names (never by a
 * looser phrase) that can carry a link, and only an entry a reader would look up
 * ({@link Entry#linked()}).
 */
public final class Glossary {
    private static final int[] NONE = new int[0];

    private final Library library;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    /**
     * Per entry, the positions of its mentions in the library's {@link Mentions}, in library order.
     * Positions rather than mentions: a large library's mentions are kept as columns (Mentions), and
     * a glossary read back from a snapshot reads these arrays, not a million objects.
     */
    private final Map<String, int[]> byEntry = new HashMap<>();
    /** Per document, the positions of every mention in its paragraphs and notes, in reading order. */
    private final Map<String, int[]> byDocument = new HashMap<>();
    /**
     * Per document, per paragraph number: the mentions to link, worked out when the document's page
     * first asks for them (each paragraph's HTML is read for where a link may stand: at 10,003
     * documents, nine tenths of building the glossary when it was done for all at once). Not kept
     * in a snapshot (transient): a glossary read back works them out again as pages ask.
     */
    private transient volatile ConcurrentMap<String, Map<Integer, List<Mention>>> links;
    private final RelatedPassages related;

    public Glossary(Library library) {
        this.library = Objects.requireNonNull(library, "library");
        library.entries().forEach(entry -> entries.put(entry.slug(), entry));
        Mentions mentions = library.mentionTable();
        byEntry.putAll(mentions.positionsByEntry());
        byDocument.putAll(mentions.positionsByDocument());
        Map<String, Map<Integer, int[]>> textPositions = new HashMap<>();
        byDocument.forEach((document, positions) -> {
            Map<Integer, Positions> inText = new HashMap<>();
            for (int position : positions) {
                if (!mentions.inNote(position)) {
                    inText.computeIfAbsent(mentions.paragraph(position), n -> new Positions()).add(position);
                }
            }
            Map<Integer, int[]> numbered = new HashMap<>();
            inText.forEach((number, list) -> numbered.put(number, list.toArray()));
            textPositions.put(document, numbered);
        });
        this.related = new RelatedPassages(library.documents(), entries, mentions, textPositions);
    }

    /** A growing array of positions, for grouping a document's mentions by paragraph without boxing them. */
    private static final class Positions {
        private int[] positions = new int[4];
        private int size;

        void add(int position) {
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
            }
            positions[size++] = position;
        }

        int[] toArray() {
            return Arrays.copyOf(positions, size);
        }
    }

    /** Per paragraph number, every mention in the document's paragraph or its notes, in reading order. */
    private Map<Integer, List<Mention>> byParagraph(String documentSlug) {
        Map<Integer, List<Mention>> paragraphs = new HashMap<>();
        for (Mention mention : library.mentionTable().at(byDocument.getOrDefault(documentSlug, NONE))) {
            paragraphs.computeIfAbsent(mention.paragraph(), n -> new ArrayList<>()).add(mention);
        }
        return paragraphs;
    }

    /** The mentions the document's page links, per paragraph number: {@link #firstLinks}, worked out once. */
    private Map<Integer, List<Mention>> links(String documentSlug) {
        ConcurrentMap<String, Map<Integer, List<Mention>>> made = links;
        if (made == null) {
            synchronized (this) {
                if (links == null) {
                    links = new ConcurrentHashMap<>();
                }
                made = links;
            }
        }
        return made.computeIfAbsent(documentSlug, slug -> library.document(slug).map(this::firstLinks).orElse(Map.of()));
    }

    /** Walks the document in reading order and keeps, per entry, the first mention by name in its text that can carry a link. */
    private Map<Integer, List<Mention>> firstLinks(Document document) {
        Map<Integer, List<Mention>> mentions = byParagraph(document.slug());
        Map<Integer, List<Mention>> linked = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Paragraph paragraph : document.paragraphs()) {
            List<Mention> candidates = mentions.getOrDefault(paragraph.number(), List.of()).stream()
                    .filter(m -> !m.inNote() && m.byName() && !seen.contains(m.entry()))
                    .filter(m -> entries.containsKey(m.entry()) && entries.get(m.entry()).linked())
                    .toList();
            if (candidates.isEmpty()) {
                continue;
            }
            // Not one inside a title or straddling a tag: the next mention by name carries the link then.
            for (Mention mention : MentionLinker.linkable(paragraph, candidates)) {
                if (seen.add(mention.entry())) {
                    linked.computeIfAbsent(paragraph.number(), n -> new ArrayList<>()).add(mention);
                }
            }
        }
        return linked;
    }

    public Library library() {
        return library;
    }

    // ---- lists and lookups ---------------------------------------------------------------------

    /** Every concept, A–Z. */
    public List<Concept> concepts() {
        return library.concepts();
    }

    /** Every organization, A–Z. */
    public List<Entity> organizations() {
        return library.entities().stream().filter(e -> e.kind() == EntryKind.ORGANIZATION).toList();
    }

    /** Every person, A–Z. */
    public List<Entity> people() {
        return library.entities().stream().filter(e -> e.kind() == EntryKind.PERSON).toList();
    }

    public Optional<Concept> concept(String slug) {
        return entry(slug).filter(Concept.class::isInstance).map(Concept.class::cast);
    }

    public Optional<Entity> organization(String slug) {
        return entry(slug).filter(e -> e.kind() == EntryKind.ORGANIZATION).map(Entity.class::cast);
    }

    public Optional<Entity> person(String slug) {
        return entry(slug).filter(e -> e.kind() == EntryKind.PERSON).map(Entity.class::cast);
    }

    public Optional<Entry> entry(String slug) {
        return Optional.ofNullable(entries.get(slug));
    }

    /** The entries an entry's file names as related, in the order written. */
    public List<Entry> related(Entry entry) {
        List<String> slugs = entry instanceof Concept concept ? concept.related() : ((Entity) entry).related();
        return slugs.stream().map(entries::get).filter(Objects::nonNull).toList();
    }

    // ---- mentions ------------------------------------------------------------------------------

    /** Every mention of an entry, in library order, paragraphs and notes. */
    public List<Mention> mentions(String entrySlug) {
        return library.mentionTable().at(byEntry.getOrDefault(entrySlug, NONE));
    }

    /**
     * Every paragraph and note mentioning an entry, grouped by document (in library order, documents
     * without a mention left out), each as one context line with every mention in it marked.
     */
    public List<DocumentMentions> mentionsByDocument(String entrySlug) {
        return mentionsByDocument(entrySlug, 0, Integer.MAX_VALUE);
    }

    /**
     * One page of {@link #mentionsByDocument(String)}: the groups from the {@code offset}-th document
     * mentioning the entry (from 0), at most {@code limit} of them. Only these are worked out into
     * keyword-in-context lines, so a page costs its own size, not the library's.
     */
    public List<DocumentMentions> mentionsByDocument(String entrySlug, int offset, int limit) {
        List<DocumentMentions> groups = new ArrayList<>();
        List<Map.Entry<String, List<Mention>>> byDocument = List.copyOf(groupedByDocument(entrySlug).entrySet());
        for (int i = offset; i < byDocument.size() && i - offset < limit; i++) {
            String slug = byDocument.get(i).getKey();
            List<Mention> mentions = byDocument.get(i).getValue();
            library.document(slug).ifPresent(document -> {
                int paragraphs = (int) mentions.stream().mapToInt(Mention::paragraph).distinct().count();
                groups.add(new DocumentMentions(document, Contexts.lines(document, mentions), paragraphs));
            });
        }
        return groups;
    }

    /** How many documents mention the entry. */
    public int documentsMentioning(String entrySlug) {
        return groupedByDocument(entrySlug).size();
    }

    /** The entry's mentions by document, in the order the library first mentions it in each. */
    private Map<String, List<Mention>> groupedByDocument(String entrySlug) {
        Map<String, List<Mention>> byDocument = new LinkedHashMap<>();
        for (Mention mention : mentions(entrySlug)) {
            byDocument.computeIfAbsent(mention.document(), d -> new ArrayList<>()).add(mention);
        }
        return byDocument;
    }

    /** How many times each document names the entry, in library order, zeros left out. */
    public Map<Document, Integer> countsByDocument(String entrySlug) {
        Map<Document, Integer> counts = new LinkedHashMap<>();
        mentionsByDocument(entrySlug).forEach(group -> counts.put(group.document(), group.count()));
        return counts;
    }

    /** The mentions a document page links: the first by name of each linked entry, in reading order. */
    public List<Mention> firstMentions(String documentSlug) {
        return links(documentSlug).values().stream().flatMap(List::stream)
                .sorted(Comparator.comparingInt(Mention::paragraph).thenComparingInt(Mention::start)).toList();
    }

    /**
     * The paragraph's HTML with the document's first mentions in it wrapped as links to their pages,
     * carrying the one-line definition for the preview; note markers and emphasis are kept.
     */
    public String linkedHtml(String documentSlug, Paragraph paragraph) {
        List<Mention> mentions = links(documentSlug).getOrDefault(paragraph.number(), List.of());
        return MentionLinker.link(paragraph, mentions, entries);
    }

    /** The concepts named in the same paragraphs (text or notes) as the entry, most frequent first. */
    public List<CoMention> conceptsAlongside(String entrySlug) {
        Mentions table = library.mentionTable();
        // Per document, the paragraphs (text or notes) naming the entry; then each document's mentions read once.
        Map<String, Set<Integer>> paragraphsNaming = new LinkedHashMap<>();
        for (int position : byEntry.getOrDefault(entrySlug, NONE)) {
            paragraphsNaming.computeIfAbsent(table.document(position), d -> new HashSet<>()).add(table.paragraph(position));
        }
        Map<String, Set<String>> together = new LinkedHashMap<>();
        paragraphsNaming.forEach((document, numbers) -> {
            for (int position : byDocument.getOrDefault(document, NONE)) {
                if (table.kind(position) == EntryKind.CONCEPT && numbers.contains(table.paragraph(position))
                        && !table.entry(position).equals(entrySlug)) {
                    together.computeIfAbsent(table.entry(position), s -> new HashSet<>())
                            .add(document + "#" + table.paragraph(position));
                }
            }
        });
        return together.entrySet().stream()
                .map(e -> new CoMention((Concept) entries.get(e.getKey()), e.getValue().size()))
                .sorted(Comparator.comparingInt(CoMention::paragraphs).reversed()
                        .thenComparing(c -> c.concept().name(), org.concordance.content.Collation.NAMES))
                .toList();
    }

    // ---- related passages ----------------------------------------------------------------------

    /**
     * Per paragraph number of the document, up to three passages of other documents about the same
     * things, best first, each shown by one or two of its sentences. Worked out on each call (a
     * document page is rendered once), at a cost bounded per paragraph; empty for an unknown slug.
     */
    public Map<Integer, List<RelatedPassage>> relatedPassages(String documentSlug) {
        return library.document(documentSlug).map(related::of).orElse(Map.of());
    }
}
