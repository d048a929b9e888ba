package org.concordance.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * How the texts spell the words that {@link Fields#WORDS} holds folded: "café" for "cafe", "über" for
 * "uber", each the spelling (lower case, accents kept) that the most entries have, so that
 * completions and corrections show a word as the library writes it while matching stays folded.
 * Immutable.
 *
 * <p>Each entry indexes in {@link Fields#SPELLED} its words whose folding changed them, as written,
 * and, beside them, those words' unaccented spelling when the entry has that too ({@link #index}):
 * enough to count every spelling of a word exactly, in a field as small as the library's accents.
 */
final class WrittenForms {
    private static final WrittenForms NONE = new WrittenForms(Map.of());
    /** The words as written, possessives dropped, before folding ({@link Analysis#spelled()}); thread-safe. */
    private static final Analyzer WRITTEN = Analysis.spelled();

    /** Folded word to its most frequent spelling, for the words spelled otherwise than folded. */
    private final Map<String, String> spellings;

    private WrittenForms(Map<String, String> spellings) {
        this.spellings = spellings;
    }

    /** The spellings of the words of {@code reader}'s index, from {@link Fields#SPELLED}. */
    static WrittenForms of(IndexReader reader) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, Fields.SPELLED);
        if (terms == null) {
            return NONE;
        }
        Map<String, Map<String, Integer>> accented = new TreeMap<>();
        Map<String, Integer> plainBeside = new HashMap<>();
        TermsEnum each = terms.iterator();
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            String written = term.utf8ToString();
            String folded = fold(written);
            if (folded.equals(written)) {
                plainBeside.put(written, each.docFreq());
            } else {
                accented.computeIfAbsent(folded, k -> new TreeMap<>()).put(written, each.docFreq());
            }
        }
        Map<String, String> spellings = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> word : accented.entrySet()) {
            String folded = word.getKey();
            // The entries with the word unaccented: those with it not accented at all, and those with both.
            int plain = reader.docFreq(new Term(Fields.WORDS, folded)) - entries(reader, word.getValue().keySet())
                    + plainBeside.getOrDefault(folded, 0);
            String best = folded;
            int most = plain;
            for (Map.Entry<String, Integer> written : word.getValue().entrySet()) {
                // A tie goes to the accents: folding is what loses them, and "café" still finds "cafe".
                if (written.getValue() > most || (written.getValue() == most && best.equals(folded))) {
                    best = written.getKey();
                    most = written.getValue();
                }
            }
            if (!best.equals(folded)) {
                spellings.put(folded, best);
            }
        }
        return spellings.isEmpty() ? NONE : new WrittenForms(Map.copyOf(spellings));
    }

    /** How the texts spell {@code folded} (a word as {@link Fields#WORDS} holds it) most often. */
    String of(String folded) {
        return spellings.getOrDefault(folded, folded);
    }

    /**
     * Adds to {@code doc} the entry's words whose folding changes them, as written in {@code texts}
     * (lower case), and the unaccented spelling of those words where the texts have it too. Nothing
     * for texts without a letter outside ASCII, the most.
     */
    static void index(List<String> texts, Document doc) {
        if (texts.stream().noneMatch(WrittenForms::hasNonAscii)) {
            return;
        }
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            words.addAll(Analysis.terms(WRITTEN, Fields.SPELLED, text));
        }
        Set<String> spelled = new LinkedHashSet<>();
        Set<String> folds = new LinkedHashSet<>();
        for (String word : words) {
            String written = word.toLowerCase(Locale.ROOT);
            String folded = fold(word);
            if (!folded.equals(written)) {
                spelled.add(written);
                folds.add(folded);
            }
        }
        for (String word : words) {
            String written = word.toLowerCase(Locale.ROOT);
            if (folds.contains(written) && fold(word).equals(written)) {
                spelled.add(written);
            }
        }
        for (String written : spelled) {
            doc.add(new StringField(Fields.SPELLED, written, Field.Store.NO));
        }
    }

    /** How many entries have one of {@code spellings} in {@link Fields#SPELLED}. */
    private static int entries(IndexReader reader, Set<String> spellings) throws IOException {
        FixedBitSet docs = new FixedBitSet(Math.max(1, reader.maxDoc()));
        for (String spelling : spellings) {
            PostingsEnum postings = MultiTerms.getTermPostingsEnum(reader, Fields.SPELLED, new BytesRef(spelling), PostingsEnum.NONE);
            if (postings != null) {
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    docs.set(doc);
                }
            }
        }
        return docs.cardinality();
    }

    /** A word as {@link Fields#WORDS} holds it: accents folded, then lower case, as {@link Analysis#words()} does. */
    private static String fold(String word) {
        char[] folded = new char[word.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, folded, 0, word.length());
        return new String(folded, 0, length).toLowerCase(Locale.ROOT);
    }

    private static boolean hasNonAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127 && (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return true;
            }
        }
        return false;
    }
}
