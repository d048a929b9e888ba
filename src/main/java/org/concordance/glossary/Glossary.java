package org.concordance.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.concordance.content.Concept;
import org.concordance.content.Document;
import org.concordance.content.Entity;
import org.concordance.content.Entry;
import org.concordance.content.EntryKind;
import org.concordance.content.Library;
import org.concordance.content.Mention;
import org.concordance.content.Note;
import org.concordance.content.Paragraph;
import org.concordance.content.Part;

/**
 * The glossary as the pages need it, computed once from a {@link Library}. Immutable and
 * thread-safe; build a new one when the library changes.
 */
public final class Glossary {
    /** Characters of context on each side of a term in a keyword-in-context line. */
    static final int CONTEXT = 70;
    /**
     * Related passages whose shared entries weigh less than this are noise: with about 20 paragraphs,
     * one shared actor named in three of them (ln 20/3 ≈ 1.9) is not enough, two rarer ones are.
     * Tried against cosine similarity, which favoured pairs sharing only "Islamic State".
     */
    static final double MINIMUM_RELATEDNESS = 2.0;
    static final int RELATED_PASSAGES = 3;

    private final Library library;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, List<Mention>> byEntry = new HashMap<>();
    /** Per document, per paragraph number: the mentions to link (first per section and entry). */
    private final Map<String, Map<Integer, List<Mention>>> links = new HashMap<>();
    /** Per document, per paragraph number: the entries its text names (notes left out). */
    private final Map<String, Map<Integer, Set<String>>> named = new HashMap<>();
    /** In how many paragraphs each entry is named, for rarity weights. */
    private final Map<String, Integer> paragraphFrequency = new HashMap<>();
    private final int paragraphCount;

    public Glossary(Library library) {
        this.library = Objects.requireNonNull(library, "library");
        library.entries().forEach(entry -> entries.put(entry.slug(), entry));
        for (Mention mention : library.mentions()) {
            byEntry.computeIfAbsent(mention.entry(), s -> new ArrayList<>()).add(mention);
        }
        int paragraphs = 0;
        Map<String, List<Mention>> byDocument = new HashMap<>();
        for (Mention mention : library.mentions()) {
            byDocument.computeIfAbsent(mention.document(), d -> new ArrayList<>()).add(mention);
        }
        for (Document document : library.documents()) {
            Map<Integer, List<Mention>> linked = new HashMap<>();
            Map<Integer, Set<String>> names = new HashMap<>();
            Set<String> seen = new HashSet<>();
            Map<Integer, List<Mention>> inText = new LinkedHashMap<>();
            for (Mention mention : byDocument.getOrDefault(document.slug(), List.of())) {
                if (!mention.inNote()) {
                    inText.computeIfAbsent(mention.paragraph(), n -> new ArrayList<>()).add(mention);
                }
            }
            for (Paragraph paragraph : document.paragraphs()) {
                List<Mention> mentions = inText.getOrDefault(paragraph.number(), List.of());
                // The first mention that can carry a link, not one inside a title or straddling a tag.
                for (Mention mention : MentionLinker.linkable(paragraph, mentions)) {
                    if (seen.add(section(paragraph) + "\u0000" + mention.entry())) {
                        linked.computeIfAbsent(paragraph.number(), n -> new ArrayList<>()).add(mention);
                    }
                }
                if (paragraph.part() != Part.ABOUT) {
                    mentions.forEach(m -> names.computeIfAbsent(paragraph.number(), n -> new LinkedHashSet<>()).add(m.entry()));
                }
            }
            links.put(document.slug(), linked);
            named.put(document.slug(), names);
            names.values().forEach(set -> set.forEach(slug -> paragraphFrequency.merge(slug, 1, Integer::sum)));
            paragraphs += (int) document.paragraphs().stream().filter(p -> p.part() != Part.ABOUT).count();
        }
        this.paragraphCount = paragraphs;
    }

    /** Links are made once per section; the standfirst counts as a section of its own. */
    private static String section(Paragraph paragraph) {
        return paragraph.part() == Part.STANDFIRST ? "#standfirst" : paragraph.section().orElse("");
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
        return library.concept(slug);
    }

    public Optional<Entity> organization(String slug) {
        return library.entity(slug).filter(e -> e.kind() == EntryKind.ORGANIZATION);
    }

    public Optional<Entity> person(String slug) {
        return library.entity(slug).filter(e -> e.kind() == EntryKind.PERSON);
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
        return byEntry.getOrDefault(entrySlug, List.of());
    }

    /**
     * Every mention of an entry grouped by document (in library order, documents without a mention
     * left out), each as a keyword-in-context line; the group sizes are the counts per document.
     */
    public List<DocumentMentions> mentionsByDocument(String entrySlug) {
        List<DocumentMentions> groups = new ArrayList<>();
        for (Document document : library.documents()) {
            List<Mention> mentions = mentions(entrySlug).stream().filter(m -> m.document().equals(document.slug())).toList();
            if (mentions.isEmpty()) {
                continue;
            }
            List<KeywordInContext> lines = mentions.stream().map(m -> keywordInContext(document, m)).toList();
            int paragraphs = (int) mentions.stream().mapToInt(Mention::paragraph).distinct().count();
            groups.add(new DocumentMentions(document, lines, paragraphs));
        }
        return groups;
    }

    /** How many times each document names the entry, in library order, zeros left out. */
    public Map<Document, Integer> countsByDocument(String entrySlug) {
        Map<Document, Integer> counts = new LinkedHashMap<>();
        mentionsByDocument(entrySlug).forEach(group -> counts.put(group.document(), group.count()));
        return counts;
    }

    /** The mentions a document page links: the first of each entry in each section, in reading order. */
    public List<Mention> firstMentions(String documentSlug) {
        return links.getOrDefault(documentSlug, Map.of()).values().stream().flatMap(List::stream)
                .sorted(Comparator.comparingInt(Mention::paragraph).thenComparingInt(Mention::start)).toList();
    }

    /**
     * The paragraph's HTML with its first mentions (per section) wrapped as links to their pages,
     * carrying the one-line definition for the popover; note markers and emphasis are kept.
     */
    public String linkedHtml(String documentSlug, Paragraph paragraph) {
        List<Mention> mentions = links.getOrDefault(documentSlug, Map.of()).getOrDefault(paragraph.number(), List.of());
        return MentionLinker.link(paragraph, mentions, entries);
    }

    /** The concepts named in the same paragraphs (text or notes) as the entry, most frequent first. */
    public List<CoMention> conceptsAlongside(String entrySlug) {
        Set<String> places = mentions(entrySlug).stream().map(m -> m.document() + "#" + m.paragraph())
                .collect(Collectors.toSet());
        Map<String, Set<String>> together = new LinkedHashMap<>();
        for (Mention mention : library.mentions()) {
            String place = mention.document() + "#" + mention.paragraph();
            if (mention.kind() == EntryKind.CONCEPT && !mention.entry().equals(entrySlug) && places.contains(place)) {
                together.computeIfAbsent(mention.entry(), s -> new HashSet<>()).add(place);
            }
        }
        return together.entrySet().stream()
                .map(e -> new CoMention((Concept) entries.get(e.getKey()), e.getValue().size()))
                .sorted(Comparator.comparingInt(CoMention::paragraphs).reversed()
                        .thenComparing(c -> c.concept().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    // ---- related passages ----------------------------------------------------------------------

    /**
     * Up to three paragraphs of other documents that name the same concepts and actors as this one,
     * each shared entry weighted by its rarity (so two paragraphs on Hezbollah and knowledge
     * transfer pair more strongly than two that merely say "cooperation").
     */
    public List<RelatedPassage> relatedPassages(String documentSlug, int paragraphNumber) {
        Set<String> mine = named.getOrDefault(documentSlug, Map.of()).getOrDefault(paragraphNumber, Set.of());
        if (mine.isEmpty()) {
            return List.of();
        }
        List<RelatedPassage> candidates = new ArrayList<>();
        for (Document other : library.documents()) {
            if (other.slug().equals(documentSlug)) {
                continue;
            }
            for (Paragraph paragraph : other.paragraphs()) {
                Set<String> theirs = named.get(other.slug()).getOrDefault(paragraph.number(), Set.of());
                List<Entry> shared = mine.stream().filter(theirs::contains).map(entries::get)
                        .sorted(Comparator.comparingDouble((Entry e) -> -weight(e.slug())).thenComparing(Entry::name))
                        .toList();
                double score = shared.stream().mapToDouble(e -> weight(e.slug())).sum();
                if (score >= MINIMUM_RELATEDNESS) {
                    candidates.add(new RelatedPassage(other, paragraph, shared, score));
                }
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparingDouble(RelatedPassage::score).reversed())
                .limit(RELATED_PASSAGES)
                .toList();
    }

    /** Inverse paragraph frequency: an entry named everywhere weighs nothing. */
    private double weight(String slug) {
        return Math.log((double) paragraphCount / paragraphFrequency.getOrDefault(slug, paragraphCount));
    }

    // ---- keyword in context --------------------------------------------------------------------

    private KeywordInContext keywordInContext(Document document, Mention mention) {
        String text = mention.note().flatMap(document::note).map(Note::text)
                .or(() -> document.paragraph(mention.paragraph()).map(Paragraph::text))
                .orElseThrow(() -> new IllegalStateException("mention outside its document: " + mention));
        int from = Math.max(0, mention.start() - CONTEXT);
        int to = Math.min(text.length(), mention.end() + CONTEXT);
        // Cut at word boundaries so no line starts or ends mid-word.
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < mention.start() ? space + 1 : from;
        }
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > mention.end() ? space : to;
        }
        String before = (from > 0 ? "…" : "") + text.substring(from, mention.start());
        String after = text.substring(mention.end(), to) + (to < text.length() ? "…" : "");
        String anchor = mention.note().map(label -> "fn-" + label).orElse("p-" + mention.paragraph());
        return new KeywordInContext(mention, before, text.substring(mention.start(), mention.end()), after, anchor);
    }
}
