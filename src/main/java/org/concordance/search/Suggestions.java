package org.concordance.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completions as the reader types: entry titles (documents and cards, not the numbered paragraphs
 * and notes), then frequent words of the texts, spelled as the texts spell them most ({@link WrittenForms}). A title that begins with what was typed comes
 * before one that has it further in ("Safe haven" before "Denying safe havens"), then documents
 * before cards, then the shorter title. A glossary entry is also offered by its other names, once,
 * under its main name ("Hizballah → Hezbollah"), when its main name is not offered already. Made
 * once per index, kept on disk inside its folder. Thread-safe.
 */
final class Suggestions implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Suggestions.class);
    private static final int FREQUENT_TERMS = 2000;
    private static final long DOCUMENT_WEIGHT = 2_000_000_000L;
    private static final long TITLE_WEIGHT = 1_000_000_000L;
    /** The kinds offered by their other names too: the glossary's, whose variants are names readers type. */
    private static final Set<String> NAMED_BY_VARIANTS = Set.of(Searchable.CONCEPT, Searchable.ORGANIZATION, Searchable.PERSON);
    /** Between another name and the main name in a completion's label. */
    private static final String FOR = " \u2192 ";

    private final AnalyzingInfixSuggester suggester;

    private Suggestions(AnalyzingInfixSuggester suggester) {
        this.suggester = suggester;
    }

    /**
     * Completions for what {@code index} holds, kept in {@code folder}: opened as they are when a
     * run made them for this index before (the folder lives inside the index's own, so a new index
     * never finds the completions of another), else made and written there.
     */
    static Suggestions open(Directory index, Path folder) throws IOException {
        Analyzer analyzer = Analysis.words();
        FSDirectory kept = FSDirectory.open(folder);
        try {
            boolean made = whole(kept);
            if (!made) {
                for (String file : kept.listAll()) {
                    kept.deleteFile(file);
                }
            }
            // Committed when built, so a run stopped while building leaves no index and the next builds it.
            AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(kept, analyzer, analyzer, 1, true);
            if (!made) {
                build(suggester, items(index, analyzer));
            }
            return new Suggestions(suggester);
        } catch (IOException | RuntimeException e) {
            kept.close();
            throw e;
        }
    }

    /** Whether {@code kept} holds completions made to the end, every file as it was written. */
    private static boolean whole(Directory kept) {
        try {
            if (!DirectoryReader.indexExists(kept)) {
                return false;
            }
            for (String file : SegmentInfos.readLatestCommit(kept).files(true)) {
                try (IndexInput input = kept.openInput(file, IOContext.READONCE)) {
                    CodecUtil.checksumEntireFile(input);
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.info("the completions kept in {} are unreadable ({}), making them again", kept, e.toString());
            return false;
        }
    }

    /**
     * A completion to offer.
     *
     * @param label what is typed to find it, and what it is shown as unless {@code shown} says otherwise
     * @param shown the label shown when another name finds the entry ("Hizballah → Hezbollah"); empty otherwise
     */
    private record Item(String label, String kind, String url, long weight, String shown) {
        Item(String label, String kind, String url, long weight) {
            this(label, kind, url, weight, "");
        }
    }

    /**
     * The titles of the entries of {@code index} marked {@link Fields#SUGGESTED}, read back in index
     * order (the order of the entries it was built from), then its frequent words.
     *
     * @param folding {@link Analysis#words()}, which folds an entry's name as the words are folded
     */
    private static List<Item> items(Directory index, Analyzer folding) throws IOException {
        List<Item> items = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(index)) {
            Set<String> stored = Set.of(Fields.TITLE, Fields.KIND, Fields.URL, Fields.NAME_LIST);
            for (LeafReaderContext leaf : reader.leaves()) {
                PostingsEnum suggested = leaf.reader().postings(new Term(Fields.SUGGESTED, Fields.YES), PostingsEnum.NONE);
                if (suggested == null) {
                    continue;
                }
                StoredFields fields = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = suggested.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = suggested.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document entry = fields.document(doc, stored);
                    String kind = entry.get(Fields.KIND);
                    long weight = kind.equals(Searchable.DOCUMENT) ? DOCUMENT_WEIGHT : TITLE_WEIGHT;
                    String title = entry.get(Fields.TITLE);
                    items.add(new Item(title, kind, entry.get(Fields.URL), weight));
                    String names = entry.get(Fields.NAME_LIST);
                    if (names != null && NAMED_BY_VARIANTS.contains(kind)) {
                        String main = folding.normalize(Fields.WORDS, title).utf8ToString();
                        for (String name : names.split(Fields.SEPARATOR, -1)) {
                            if (!name.isBlank() && !folding.normalize(Fields.WORDS, name).utf8ToString().equals(main)) {
                                items.add(new Item(name, kind, entry.get(Fields.URL), weight, name + FOR + title));
                            }
                        }
                    }
                }
            }
            // A word that is an entry's whole name ("hezbollah") is offered as the entry, not a second time as
            // a word: names folded as the words are (lower case, accents taken off).
            Set<String> named = new HashSet<>();
            items.forEach(item -> named.add(folding.normalize(Fields.WORDS, item.label()).utf8ToString()));
            Terms terms = MultiTerms.getTerms(reader, Fields.WORDS);
            if (terms != null) {
                // Shown as the texts spell them ("café"), found as folded ("cafe" completes to it).
                WrittenForms written = WrittenForms.of(reader);
                List<Item> frequent = new ArrayList<>();
                TermsEnum words = terms.iterator();
                for (BytesRef term = words.next(); term != null; term = words.next()) {
                    String word = term.utf8ToString();
                    if (word.length() >= 3 && word.chars().allMatch(Character::isLetter)
                            && !Analysis.QUERY_STOP_WORDS.contains(word) && !named.contains(word)) {
                        String label = written.of(word);
                        frequent.add(new Item(label, Suggestion.TERM,
                                "/search?q=" + URLEncoder.encode(label, StandardCharsets.UTF_8), words.docFreq()));
                    }
                }
                frequent.sort(Comparator.comparingLong(Item::weight).reversed());
                items.addAll(frequent.subList(0, Math.min(FREQUENT_TERMS, frequent.size())));
            }
        }
        return items;
    }

    private static void build(AnalyzingInfixSuggester suggester, List<Item> items) throws IOException {
        Iterator<Item> iterator = items.iterator();
        suggester.build(new InputIterator() {
            private Item current;

            @Override
            public BytesRef next() {
                if (!iterator.hasNext()) {
                    return null;
                }
                current = iterator.next();
                return new BytesRef(current.label());
            }

            @Override
            public long weight() {
                return current.weight();
            }

            @Override
            public BytesRef payload() {
                String payload = current.kind() + Fields.SEPARATOR + current.url();
                return new BytesRef(current.shown().isEmpty() ? payload : payload + Fields.SEPARATOR + current.shown());
            }

            @Override
            public boolean hasPayloads() {
                return true;
            }

            @Override
            public Set<BytesRef> contexts() {
                return null;
            }

            @Override
            public boolean hasContexts() {
                return false;
            }
        });
    }

    /**
     * Up to {@code max} completions of {@code typed}; none for text without a letter or digit.
     *
     * @throws IllegalArgumentException when max is not between 1 and 50
     */
    List<Suggestion> suggest(String typed, int max) {
        if (max < 1 || max > 50) {
            throw new IllegalArgumentException("max must be between 1 and 50, was " + max);
        }
        String key = typed.strip();
        if (key.length() > 100 || key.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return List.of();
        }
        try {
            // More than asked, then ordered by where the typed words stand in each title.
            List<Lookup.LookupResult> results = suggester.lookup(key, max * 4, true, false);
            record Ranked(Suggestion suggestion, int place, boolean otherName, long weight, int order) {
            }
            String folded = fold(key);
            Map<String, Ranked> unique = new LinkedHashMap<>();
            for (Lookup.LookupResult result : results) {
                // The kind, the url and, when another name found the entry, the label it is shown as.
                String[] payload = result.payload.utf8ToString().split(Fields.SEPARATOR, 3);
                String label = result.key.toString();
                boolean otherName = payload.length == 3;
                Suggestion suggestion = new Suggestion(otherName ? payload[2] : label, payload[0], payload[1]);
                unique.putIfAbsent(label.toLowerCase(Locale.ROOT) + Fields.SEPARATOR + payload[1],
                        new Ranked(suggestion, place(fold(label), folded), otherName, result.value, unique.size()));
            }
            // An entry once: by its main name when that is offered, else by the first other name.
            Set<String> offered = new HashSet<>();
            unique.values().stream().filter(r -> !r.otherName()).forEach(r -> offered.add(r.suggestion().url()));
            return unique.values().stream()
                    .sorted(Comparator.comparing((Ranked r) -> r.suggestion().kind().equals(Suggestion.TERM))
                            .thenComparingInt(Ranked::place)
                            .thenComparing(Ranked::otherName)
                            .thenComparing(Comparator.comparingLong(Ranked::weight).reversed())
                            .thenComparingInt(r -> r.suggestion().label().length())
                            .thenComparingInt(Ranked::order))
                    .filter(r -> !r.otherName() || offered.add(r.suggestion().url()))
                    .limit(max).map(Ranked::suggestion).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the suggestions", e);
        } catch (RuntimeException e) {
            LOG.debug("no suggestions for {}", typed, e);
            return List.of();
        }
    }

    /** 0 when the label begins with what was typed, 1 when a later word does, 2 otherwise. */
    private static int place(String label, String typed) {
        if (label.startsWith(typed)) {
            return 0;
        }
        return label.contains(" " + typed) || label.contains("-" + typed) ? 1 : 2;
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    @Override
    public void close() throws IOException {
        suggester.close();
    }
}
