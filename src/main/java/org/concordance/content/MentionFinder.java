package org.concordance.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Finds where the library names its concepts and actors, and where a concept's looser
 * {@linkplain Entry#phrases() phrases} find a passage about it (marked as not by name). Matching is case-insensitive with
 * diacritics and typographic quotes folded, whole words only, longest name first (so "Al Qaeda
 * Central" is one mention, not also one of "Al Qaeda"), and a concept's names also match their
 * regular plural. All-capital abbreviations ("IS", "AQ", "ETA") match only in capitals, so the verb
 * "is" is never the Islamic State. Nothing is found inside a web address ({@link Urls}).
 *
 * <p>Folding maps each character to exactly one character, so offsets in the folded text are
 * offsets in the original. A text is read once: at each place a word may start, only the names
 * that begin with the character there are tried, so the cost grows with the text, not with the
 * number of names times the text. Immutable and thread-safe.
 */
final class MentionFinder {
    /** A name or phrase as it is searched for. */
    private record Form(String folded, boolean caseSensitive, Entry entry, boolean name) {
    }

    /** One match in a text; {@code byName} is false for a match of one of the entry's phrases. */
    record Hit(Entry entry, int start, int end, boolean byName) {
    }

    /** Each character's folded form once worked out (0: not yet): decomposing a character is slow. */
    private static final char[] BARE = new char[Character.MAX_VALUE + 1];

    private final List<Form> forms;
    /**
     * For each folded first two characters ({@link #key}), the indexes into {@link #forms} of the
     * names of two characters or more starting with them, in order; names of one character are
     * filed under {@link #key} of that character alone. At a place in a text only the names filed
     * under its first two characters (or its first) are tried: one or two, rather than every name
     * sharing the first letter.
     */
    private final Map<Integer, int[]> byStart;

    MentionFinder(List<? extends Entry> entries) {
        List<Form> all = new ArrayList<>();
        for (Entry entry : entries) {
            entry.names().forEach(name -> addForms(all, entry, name, true));
            entry.phrases().forEach(phrase -> addForms(all, entry, phrase, false));
        }
        all.removeIf(form -> form.folded().isEmpty());
        all.sort(Comparator.comparingInt((Form f) -> -f.folded().length()).thenComparing(Form::folded));
        this.forms = List.copyOf(all);
        Map<Integer, List<Integer>> start = new HashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            String folded = forms.get(i).folded();
            start.computeIfAbsent(folded.length() == 1 ? key(folded.charAt(0)) : key(folded.charAt(0), folded.charAt(1)),
                    c -> new ArrayList<>()).add(i);
        }
        Map<Integer, int[]> index = new HashMap<>();
        start.forEach((c, list) -> index.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
        this.byStart = Map.copyOf(index);
    }

    /** The key of names that are this one character. */
    private static int key(char only) {
        return only;
    }

    /**
     * The key of names beginning with these two characters: above every one-character key unless the
     * first is NUL, and a key shared by accident only makes more names tried (each is checked whole).
     */
    private static int key(char first, char second) {
        return (first << 16) | second;
    }

    private static void addForms(List<Form> forms, Entry entry, String words, boolean name) {
        boolean caseSensitive = isAbbreviation(words);
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(words.strip());
        if (entry.kind() == EntryKind.CONCEPT && !caseSensitive) {
            spellings.add(plural(words.strip()));
        }
        for (String spelling : spellings) {
            forms.add(new Form(fold(spelling, caseSensitive), caseSensitive, entry, name));
        }
    }

    /** An abbreviation written in capitals ("IS", "ISIS-K", "GSPC"), matched only as written. */
    static boolean isAbbreviation(String name) {
        return name.strip().matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*") && name.strip().length() >= 2;
    }

    /** The regular English plural of a name's last word; irregular forms are listed as variants. */
    static String plural(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s")) {
            return name;
        }
        if (lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return name + "es";
        }
        if (lower.matches(".*[^aeiou]y")) {
            return name.substring(0, name.length() - 1) + "ies";
        }
        return name + "s";
    }

    /**
     * Folds one character at a time (so the length never changes): typographic quotes and hyphens
     * to ASCII, and unless {@code caseSensitive}, lower case without diacritics.
     */
    static String fold(String text, boolean caseSensitive) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(text.charAt(i), caseSensitive);
        }
        return new String(folded);
    }

    private static char fold(char c, boolean caseSensitive) {
        switch (c) {
            case '\u2018', '\u2019', '\u02BC', '\u2032' -> {
                return '\'';
            }
            case '\u201C', '\u201D', '\u00AB', '\u00BB' -> {
                return '"';
            }
            case '\u2010', '\u2011' -> {
                return '-';
            }
            case '\u00A0' -> {
                return ' ';
            }
            default -> {
                if (caseSensitive || c < 0x80) {
                    return caseSensitive ? c : Character.toLowerCase(c);
                }
                char known = BARE[c];
                if (known == 0) {
                    String bare = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                    known = Character.toLowerCase(bare.length() == 1 ? bare.charAt(0) : c);
                    // Racing threads write the same value; a char write is atomic.
                    BARE[c] = known;
                }
                return known;
            }
        }
    }

    /** Every mention in {@code text}, in order of position, none overlapping another and none inside a web address. */
    List<Hit> find(String text) {
        String exact = fold(text, true);
        String loose = fold(text, false);
        boolean[] taken = new boolean[text.length()];
        // "byman-breaking-the-bonds.pdf" in a report's address names no one.
        for (Urls.Span url : Urls.find(text)) {
            for (int i = url.start(); i < url.end(); i++) {
                taken[i] = true;
            }
        }
        // Every place a whole name matches, then taken longest name first and left to right, none overlapping.
        List<long[]> candidates = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            if (!startsWord(text, at)) {
                continue;
            }
            // A name matches either in the exact folding (abbreviations) or the loose one (the rest), so
            // both foldings' starts are looked up, once when they are the same.
            addCandidates(candidates, byStart.get(key(exact.charAt(at))), exact, loose, text, at);
            if (loose.charAt(at) != exact.charAt(at)) {
                addCandidates(candidates, byStart.get(key(loose.charAt(at))), exact, loose, text, at);
            }
            if (at + 1 < text.length()) {
                int exactKey = key(exact.charAt(at), exact.charAt(at + 1));
                int looseKey = key(loose.charAt(at), loose.charAt(at + 1));
                addCandidates(candidates, byStart.get(exactKey), exact, loose, text, at);
                if (looseKey != exactKey) {
                    addCandidates(candidates, byStart.get(looseKey), exact, loose, text, at);
                }
            }
        }
        candidates.sort(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]));
        List<Hit> hits = new ArrayList<>();
        for (long[] candidate : candidates) {
            Form form = forms.get((int) candidate[0]);
            int at = (int) candidate[1];
            int end = at + form.folded().length();
            if (free(taken, at, end)) {
                for (int i = at; i < end; i++) {
                    taken[i] = true;
                }
                hits.add(new Hit(form.entry(), at, end, form.name()));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    /** The names among {@code formIndexes} that match whole at {@code at}, each in the folding it is written in. */
    private void addCandidates(List<long[]> candidates, int[] formIndexes, String exact, String loose, String text, int at) {
        if (formIndexes == null) {
            return;
        }
        for (int index : formIndexes) {
            Form form = forms.get(index);
            String haystack = form.caseSensitive() ? exact : loose;
            int end = at + form.folded().length();
            if (end <= text.length() && haystack.startsWith(form.folded(), at) && endsWord(text, end)) {
                candidates.add(new long[] {index, at});
            }
        }
    }

    /**
     * Every mention in the paragraphs and notes of {@code documents}, in reading order. A library
     * has about a hundred mentions per document, mostly of a few names, so the words of equal
     * mentions are one string. A large library's documents are read on every core (each is read on
     * its own); the mentions are taken back in document order, the same whatever the threads did.
     */
    Mentions find(List<Document> documents) {
        return find(documents, Map.of());
    }

    /**
     * {@link #find(List)}, taking the mentions of a document in {@code found} (by identity: mentions
     * found earlier in that very document, with this finder's entries) instead of finding them again;
     * those that are a view of a table ({@link Mentions#at}) are copied from it, not made.
     */
    Mentions find(List<Document> documents, Map<Document, List<Mention>> found) {
        Map<String, String> words = new ConcurrentHashMap<>();
        Stream<Document> each = documents.size() >= ContentLoader.PARALLEL_FROM ? documents.parallelStream() : documents.stream();
        List<List<Mention>> perDocument = each.map(document -> {
            List<Mention> earlier = found.get(document);
            return earlier != null ? earlier : find(document, words);
        }).toList();
        Mentions.Builder mentions = new Mentions.Builder(perDocument.stream().mapToInt(List::size).sum());
        perDocument.forEach(mentions::addAll);
        return mentions.build();
    }

    /** The mentions in one document's paragraphs, then its notes. */
    private List<Mention> find(Document document, Map<String, String> words) {
        List<Mention> mentions = new ArrayList<>();
        for (Paragraph paragraph : document.paragraphs()) {
            String text = paragraph.text();
            for (Hit hit : find(text)) {
                mentions.add(mention(hit, document, paragraph.number(), Optional.empty(), text, words));
            }
        }
        for (Note note : document.notes()) {
            int paragraph = note.references().isEmpty() ? 1 : note.references().get(0).paragraph();
            Optional<String> label = Optional.of(note.label());
            String text = note.text();
            for (Hit hit : find(text)) {
                mentions.add(mention(hit, document, paragraph, label, text, words));
            }
        }
        return mentions;
    }

    private static Mention mention(Hit hit, Document document, int paragraph, Optional<String> note, String text,
            Map<String, String> words) {
        return new Mention(hit.entry().slug(), hit.entry().kind(), document.slug(), paragraph, note, hit.start(),
                hit.end(), words.computeIfAbsent(text.substring(hit.start(), hit.end()), w -> w), hit.byName());
    }

    /**
     * Whether a name may begin at {@code index}: at the start of the text, after a character that is
     * not a letter or digit, or beside a letter of a script written without spaces between words
     * (Chinese, Japanese, Thai, Lao, Khmer, Burmese), where a name stands between letters
     * ("我们研究真主党的历史"). Korean separates its words with spaces.
     */
    static boolean startsWord(String text, int index) {
        if (index <= 0 || index >= text.length()) {
            return true;
        }
        int before = text.codePointBefore(index);
        return !Character.isLetterOrDigit(before) || unspaced(before) || unspaced(text.codePointAt(index));
    }

    /** Whether a name may end before {@code index}: {@link #startsWord}'s rule, seen from the other side. */
    static boolean endsWord(String text, int index) {
        if (index <= 0 || index >= text.length()) {
            return true;
        }
        int after = text.codePointAt(index);
        return !Character.isLetterOrDigit(after) || unspaced(after) || unspaced(text.codePointBefore(index));
    }

    private static boolean unspaced(int codePoint) {
        if (codePoint < 0x0E00) {
            return false; // Latin, Greek, Cyrillic, Arabic, Hebrew, Indic: spaced
        }
        return switch (Character.UnicodeScript.of(codePoint)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
            default -> false;
        };
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
