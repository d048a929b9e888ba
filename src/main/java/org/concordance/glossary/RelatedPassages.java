package org.concordance.glossary;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordance.content.Passages;
import org.concordance.content.Document;
import org.concordance.content.Entry;
import org.concordance.content.Mention;
import org.concordance.content.Mentions;
import org.concordance.content.Paragraph;

/**
 * Pairs a paragraph with passages of other documents about the same things. Two passages are
 * related by the concepts and actors both name, each weighted by its rarity (inverse paragraph
 * frequency), and the relation must hold within one or two sentences of the other passage: those
 * sentences are what the reader is shown, so a long paragraph that names everything once is not
 * offered everywhere. Editors' introductions and authors' biographies are neither sources nor
 * targets.
 *
 * <p>Built once from an inverted index (entry to the paragraphs naming it); the pairs for one
 * document are worked out when its page is rendered, and the work per paragraph is bounded (the
 * rarest few entries, at most {@link #MAX_POSTINGS} paragraphs each, the best few candidates read
 * sentence by sentence), so it does not grow with the size of the library. Immutable and thread-safe.
 */
final class RelatedPassages {
    /**
     * Passages whose shared entries weigh less than this are noise: with about 20 paragraphs, one
     * shared actor named in three of them (ln 20/3 ≈ 1.9) is not enough, one named in two or two
     * rarer ones are.
     */
    static final double MINIMUM_RELATEDNESS = 2.0;
    /** Related passages offered for one paragraph at most. */
    static final int PER_PARAGRAPH = 3;
    /** How often one page may offer the same paragraph of another document (with different sentences). */
    static final int PER_TARGET_PARAGRAPH = 2;
    /** An entry named in more paragraphs than this weighs too little to pair two passages. */
    static final int MAX_POSTINGS = 1_000;
    /** The rarest entries of a paragraph looked up; the rest add little. */
    static final int ENTRIES_CONSIDERED = 12;
    /** The best candidates by paragraph read sentence by sentence. */
    static final int CANDIDATES_READ = 24;
    /** Characters of an excerpt at most; a longer pair of sentences is cut around its marked words. */
    static final int MAX_EXCERPT = 320;

    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));

    /**
     * A body paragraph, with the mentions in its text (their positions in the library's
     * {@link Mentions}, made into mentions when asked). Compared by identity: one per paragraph.
     * Holds the paragraph's number, not the paragraph: a document's text may be read only when
     * first asked for ({@link Document#body()}), and the places of every document are made at once.
     */
    private static final class Place {
        /** Up to this many mentions, a paragraph's entries are told apart by comparing them, not in a set. */
        private static final int FEW_MENTIONS = 32;

        private final Document document;
        private final int number;
        private final Mentions table;
        private final int[] positions;

        Place(Document document, int number, Mentions table, int[] positions) {
            this.document = document;
            this.number = number;
            this.table = table;
            this.positions = positions;
        }

        Document document() {
            return document;
        }

        int number() {
            return number;
        }

        Paragraph paragraph() {
            return document.paragraph(number).orElseThrow(
                    () -> new IllegalStateException(document.slug() + " has no paragraph " + number));
        }

        List<Mention> mentions() {
            return table.at(positions);
        }

        /** Gives each entry the paragraph's text names once, in the order first named, making no set. */
        void eachEntry(java.util.function.Consumer<String> action) {
            if (positions.length > FEW_MENTIONS) {
                entries().forEach(action);
                return;
            }
            for (int i = 0; i < positions.length; i++) {
                String slug = table.entry(positions[i]);
                boolean before = false;
                for (int j = 0; j < i && !before; j++) {
                    before = table.entry(positions[j]).equals(slug);
                }
                if (!before) {
                    action.accept(slug);
                }
            }
        }

        /** The entries the paragraph's text names, each once, without making its mentions. */
        Set<String> entries() {
            Set<String> slugs = new LinkedHashSet<>();
            for (int position : positions) {
                slugs.add(table.entry(position));
            }
            return slugs;
        }

        String key() {
            return document.slug() + "#" + number;
        }
    }

    private final Map<String, Entry> entries;
    /** Per entry, the body paragraphs whose text names it (by name or phrase), in library order. */
    private final Map<String, List<Place>> postings = new HashMap<>();
    /** Per document and paragraph number, the body paragraph as a place. */
    private final Map<String, Map<Integer, Place>> places = new HashMap<>();
    private final int paragraphCount;

    /**
     * @param mentions the library's mentions
     * @param textMentions per document slug and paragraph number, the positions in {@code mentions}
     *     of the mentions in the paragraph's own text (notes left out), in reading order
     */
    RelatedPassages(List<Document> documents, Map<String, Entry> entries, Mentions mentions,
            Map<String, Map<Integer, int[]>> textMentions) {
        this.entries = entries;
        int count = 0;
        for (Document document : documents) {
            // Only a paragraph whose text names an entry can be related to another; the others are
            // counted, not placed, and no document's text is read (Document#passages).
            Passages passages = document.passages();
            count += passages.bodyCount();
            Map<Integer, int[]> inText = textMentions.getOrDefault(document.slug(), Map.of());
            // Loops rather than streams and sets: this runs for every paragraph of the library at
            // every build, a watched edit's too.
            int[] numbers = new int[inText.size()];
            int placed = 0;
            for (Integer number : inText.keySet()) {
                if (passages.inBody(number)) {
                    numbers[placed++] = number;
                }
            }
            Arrays.sort(numbers, 0, placed);
            Map<Integer, Place> byNumber = new HashMap<>(placed * 4 / 3 + 1);
            for (int i = 0; i < placed; i++) {
                Place place = new Place(document, numbers[i], mentions, inText.get(numbers[i]));
                byNumber.put(numbers[i], place);
                place.eachEntry(slug -> postings.computeIfAbsent(slug, s -> new ArrayList<>()).add(place));
            }
            places.put(document.slug(), byNumber);
        }
        this.paragraphCount = count;
    }

    /** Per paragraph number of {@code document}, up to {@link #PER_PARAGRAPH} related passages, best first. */
    Map<Integer, List<RelatedPassage>> of(Document document) {
        Map<Integer, List<RelatedPassage>> related = new LinkedHashMap<>();
        Set<String> excerptsOffered = new HashSet<>();
        Map<String, Integer> paragraphOffers = new HashMap<>();
        for (Place place : places.getOrDefault(document.slug(), Map.of()).values().stream()
                .sorted(Comparator.comparingInt(Place::number)).toList()) {
            List<RelatedPassage> chosen = new ArrayList<>();
            Set<String> chosenParagraphs = new HashSet<>();
            for (RelatedPassage candidate : candidates(place)) {
                String target = candidate.document().slug() + "#" + candidate.paragraph().number();
                String excerpt = target + "#" + text(candidate.excerpt());
                if (chosenParagraphs.contains(target) || excerptsOffered.contains(excerpt)
                        || paragraphOffers.getOrDefault(target, 0) >= PER_TARGET_PARAGRAPH) {
                    continue;
                }
                chosen.add(candidate);
                chosenParagraphs.add(target);
                excerptsOffered.add(excerpt);
                paragraphOffers.merge(target, 1, Integer::sum);
                if (chosen.size() == PER_PARAGRAPH) {
                    break;
                }
            }
            if (!chosen.isEmpty()) {
                related.put(place.number(), List.copyOf(chosen));
            }
        }
        return related;
    }

    /** Passages of other documents sharing rare entries with {@code place}, best first. */
    private List<RelatedPassage> candidates(Place place) {
        Set<String> mine = place.entries();
        Map<Place, Set<String>> shared = new LinkedHashMap<>();
        mine.stream().filter(slug -> weight(slug) > 0)
                .sorted(Comparator.comparingDouble((String slug) -> -weight(slug)).thenComparing(slug -> slug))
                .limit(ENTRIES_CONSIDERED)
                .forEach(slug -> {
                    List<Place> naming = postings.getOrDefault(slug, List.of());
                    if (naming.size() > MAX_POSTINGS) {
                        return;
                    }
                    for (Place other : naming) {
                        if (other.document() != place.document()) {
                            shared.computeIfAbsent(other, p -> new HashSet<>()).add(slug);
                        }
                    }
                });
        return shared.entrySet().stream()
                .filter(e -> weight(e.getValue()) >= MINIMUM_RELATEDNESS)
                .sorted(Comparator.comparingDouble((Map.Entry<Place, Set<String>> e) -> -weight(e.getValue()))
                        .thenComparing(e -> e.getKey().key()))
                .limit(CANDIDATES_READ)
                .map(e -> passage(e.getKey(), e.getValue()))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(RelatedPassage::score).reversed()
                        .thenComparingInt(r -> text(r.excerpt()).length()))
                .toList();
    }

    /**
     * The one or two consecutive sentences of {@code place} that name the most (by weight) of the
     * {@code shared} entries, or empty when no such sentences carry the relation on their own.
     */
    private Optional<RelatedPassage> passage(Place place, Set<String> shared) {
        String text = place.paragraph().text();
        List<Mention> hits = place.mentions().stream().filter(m -> shared.contains(m.entry())).toList();
        List<int[]> sentences = sentences(text);
        int[] best = null;
        double bestScore = 0;
        for (int i = 0; i < sentences.size(); i++) {
            for (int last = i; last <= Math.min(i + 1, sentences.size() - 1); last++) {
                int from = sentences.get(i)[0];
                int to = sentences.get(last)[1];
                double score = weight(entriesWithin(hits, from, to));
                boolean better = score > bestScore + 1e-9
                        || (best != null && Math.abs(score - bestScore) < 1e-9 && to - from < best[1] - best[0]);
                if (better) {
                    best = new int[] {from, to};
                    bestScore = score;
                }
            }
        }
        if (best == null || bestScore < MINIMUM_RELATEDNESS) {
            return Optional.empty();
        }
        int[] shown = crop(text, best[0], best[1], hits);
        int from = shown[0];
        int to = shown[1];
        Set<String> visible = entriesWithin(hits, from, to);
        double score = weight(visible);
        if (score < MINIMUM_RELATEDNESS) {
            return Optional.empty();
        }
        List<Mention> within = hits.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
        List<Entry> entriesShared = visible.stream().map(entries::get)
                .sorted(Comparator.comparingDouble((Entry e) -> -weight(e.slug())).thenComparing(Entry::name))
                .toList();
        return Optional.of(new RelatedPassage(place.document(), place.paragraph(),
                excerpt(text, best[0], best[1], from, to, within), entriesShared, score));
    }

    /**
     * The part of the sentences from {@code from} to {@code to} to show: all of them when short
     * enough, else the stretch of at most {@link #MAX_EXCERPT} characters, starting a little before
     * one of the mentions, that names the most (by weight) of the shared entries; cut at words.
     */
    private int[] crop(String text, int from, int to, List<Mention> hits) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - from <= MAX_EXCERPT) {
            return new int[] {from, end};
        }
        int[] best = {from, Contexts.wordEnd(text, from + MAX_EXCERPT, from)};
        double bestScore = -1;
        for (Mention anchor : hits) {
            if (anchor.start() < from || anchor.end() > end) {
                continue;
            }
            int start = Math.max(from, Contexts.wordStart(text, Math.max(from, anchor.start() - 60), anchor.start()));
            int stop = Math.min(end, start + MAX_EXCERPT);
            int cut = stop < end ? Contexts.wordEnd(text, stop, anchor.end()) : stop;
            double score = weight(entriesWithin(hits, start, cut));
            if (score > bestScore + 1e-9) {
                best = new int[] {start, cut};
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The text from {@code start} to {@code end} (within the sentences from {@code from} to
     * {@code to}), the {@code marked} mentions marked, "…" where the sentences are cut or the text
     * itself begins mid-sentence.
     */
    static List<Span> excerpt(String text, int from, int to, int start, int end, List<Mention> marked) {
        List<Span> spans = new ArrayList<>();
        boolean cutBefore = start > from || Character.isLowerCase(text.codePointAt(start));
        StringBuilder plain = new StringBuilder(cutBefore ? "…" : "");
        int at = start;
        for (Mention mention : marked) {
            if (mention.start() < at || mention.end() > end) {
                continue;
            }
            plain.append(text, at, mention.start());
            if (!plain.isEmpty()) {
                spans.add(new Span(plain.toString(), false));
            }
            plain.setLength(0);
            spans.add(new Span(text.substring(mention.start(), mention.end()), true));
            at = mention.end();
        }
        plain.append(text, at, end);
        if (!text.substring(end, to).isBlank()) {
            plain.append("…");
        }
        if (!plain.isEmpty()) {
            spans.add(new Span(plain.toString(), false));
        }
        return spans;
    }

    /** Each sentence as {start, end} offsets, end including the spaces after it. */
    static List<int[]> sentences(String text) {
        BreakIterator iterator = SENTENCES.clone();
        iterator.setText(text);
        List<int[]> sentences = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            sentences.add(new int[] {start, end});
        }
        return sentences;
    }

    private static Set<String> entriesWithin(List<Mention> hits, int from, int to) {
        Set<String> within = new LinkedHashSet<>();
        hits.stream().filter(m -> m.start() >= from && m.end() <= to).forEach(m -> within.add(m.entry()));
        return within;
    }

    private double weight(Set<String> slugs) {
        return slugs.stream().mapToDouble(this::weight).sum();
    }

    /** Inverse paragraph frequency: an entry named everywhere weighs nothing. */
    double weight(String slug) {
        int frequency = postings.getOrDefault(slug, List.of()).size();
        return frequency == 0 ? 0 : Math.log((double) paragraphCount / frequency);
    }

    private static String text(List<Span> spans) {
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString();
    }
}
