package org.concordance.citations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Which words English writes with a capital, by LanguageTool's English part-of-speech dictionary
 * (a Morfologik automaton of English word forms, each with its parts of speech: "Syrian/JJ",
 * "Syrian/NNP", "civil/JJ"). The dictionary is case-sensitive, so a proper noun or adjective is a
 * form it knows only with its capital ("Sunni", "Iraqi", "Islamist", "Brookings"), and a common word
 * one it knows in lower case ("civil", "war", "jihad").
 *
 * <p>For {@link SentenceCase}: read once, when first asked (about 40 ms), and shared; lookups are
 * thread-safe (a lookup object per thread, the automaton shared).
 */
final class EnglishWords {
    private static final String DICTIONARY = "/org/languagetool/resource/en/english.dict";

    private EnglishWords() {
    }

    /** The dictionary, read when first asked for (a holder class). */
    private static final class Loaded {
        static final Dictionary DICTIONARY = read();

        private static Dictionary read() {
            URL url = EnglishWords.class.getResource(EnglishWords.DICTIONARY);
            if (url == null) {
                throw new IllegalStateException("LanguageTool's English dictionary is not on the class path: " + EnglishWords.DICTIONARY);
            }
            try {
                return Dictionary.read(url);
            } catch (IOException e) {
                throw new UncheckedIOException("LanguageTool's English dictionary cannot be read", e);
            }
        }

        /** A lookup keeps buffers of its own, so each thread has one. */
        static final ThreadLocal<DictionaryLookup> LOOKUP = ThreadLocal.withInitial(() -> new DictionaryLookup(DICTIONARY));
    }

    /**
     * Whether {@code word}, written with a capital in a title-cased title (not as its first word),
     * keeps that capital in sentence case (APA 7th ed., 6.14 and 6.17: proper nouns and the
     * adjectives made from them keep theirs):
     * <ul>
     *   <li>a word the dictionary knows only with its capital: a name or a proper adjective
     *       ("Sunni", "Iraqi", "Islamist", "Brookings");</li>
     *   <li>a word it knows both ways, when with its capital it is an adjective: the adjective of a
     *       people or place rather than the common word spelt alike ("Afghan", "Soviet"; not "May",
     *       "Will", "Internet", whose lower-case word wins);</li>
     *   <li>a word it does not know at all, which in a title is nearly always a name, often one
     *       transliterated ("Nusra", "Lashkar", "Salafi"); but not a combining form before a hyphen,
     *       which ends in "o" ("Socio-", "Ethno-", "Narco-economic"), nor a word of one or two
     *       letters ("Co-operation").</li>
     * </ul>
     * A possessive ("Syria’s") is judged by the word it is made from; a contraction ("Can’t",
     * "We’re") is a common word, but for the pronoun's ("I’m"). Words the dictionary knows in
     * lower case only ("civil", "jihad") are lower-cased.
     *
     * @param word letters as {@link SentenceCase} splits a title (apostrophes inside, no hyphen)
     * @param beforeHyphen whether a hyphen joins it to the next word ("Socio-economic")
     */
    static boolean keepsCapital(String word, boolean beforeHyphen) {
        String base = word.replace('’', '\'');
        if (base.endsWith("'s") || base.endsWith("'S")) {
            base = base.substring(0, base.length() - 2);
        }
        if (CONTRACTIONS.contains(base.toLowerCase(Locale.ROOT))) {
            // The dictionary knows no contraction, which would keep its capital as an unknown word
            // does (a trial: "Why we Can’t wait"); only the pronoun keeps its own ("I’m").
            return base.startsWith("I'");
        }
        if (base.length() <= 2 || !Character.isUpperCase(base.charAt(0))) {
            return false;
        }
        DictionaryLookup lookup = Loaded.LOOKUP.get();
        List<WordData> asWritten = lookup.lookup(base);
        boolean adjective = asWritten.stream().anyMatch(form -> tagged(form, "JJ"));
        boolean known = !asWritten.isEmpty();
        boolean common = !lookup.lookup(base.toLowerCase(Locale.ROOT)).isEmpty();
        if (common) {
            return adjective;
        }
        if (known) {
            return true;
        }
        return !(beforeHyphen && base.endsWith("o"));
    }

    /**
     * English contractions, a verb or "not" joined to the word before it ("can't", "we're",
     * "I'll"), the apostrophe plain; listed whole, since a name may end alike ("Sa'd", "Ra'd"). Those
     * in 's are read as the possessive is, by their first word ("It's" as "it").
     */
    private static final Set<String> CONTRACTIONS = Set.of(
            "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't",
            "hadn't", "couldn't", "wouldn't", "shouldn't", "mightn't", "mustn't", "needn't", "shan't", "ain't",
            "i'm", "i've", "i'll", "i'd", "you're", "you've", "you'll", "you'd", "he'll", "he'd", "she'll",
            "she'd", "it'll", "it'd", "we're", "we've", "we'll", "we'd", "they're", "they've", "they'll", "they'd",
            "that'll", "that'd", "there're", "there'll", "there'd", "who're",
            "who've", "who'll", "who'd", "what're", "what'll", "what'd",
            "could've", "would've", "should've", "might've", "must've", "y'all");

    private static boolean tagged(WordData form, String tag) {
        CharSequence tags = form.getTag();
        return tags != null && tags.toString().equals(tag);
    }
}
