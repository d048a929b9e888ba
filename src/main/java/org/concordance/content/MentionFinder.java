package org.concordance.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds where the library names its concepts and actors, and where a concept's looser
 * {@linkplain Entry#phrases() phrases} find a passage about it (marked as not by name). Matching is case-insensitive with
 * diacritics and typographic quotes folded, whole words only, longest name first (so "Al Qaeda
 * Central" is one mention, not also one of "Al Qaeda"), and a concept's names also match their
 * regular plural. All-capital abbreviations ("IS", "AQ", "ETA") match only in capitals, so the verb
 * "is" is never the Islamic State.
 *
 * <p>Folding maps each character to exactly one character, so offsets in the folded text are
 * offsets in the original. Immutable and thread-safe.
 */
final class MentionFinder {
    /** A name or phrase as it is searched for. */
    private record Form(String folded, boolean caseSensitive, Entry entry, boolean name) {
    }

    /** One match in a text; {@code byName} is false for a match of one of the entry's phrases. */
    record Hit(Entry entry, int start, int end, boolean byName) {
    }

    private final List<Form> forms;

    MentionFinder(List<? extends Entry> entries) {
        List<Form> all = new ArrayList<>();
        for (Entry entry : entries) {
            entry.names().forEach(name -> addForms(all, entry, name, true));
            entry.phrases().forEach(phrase -> addForms(all, entry, phrase, false));
        }
        all.sort(Comparator.comparingInt((Form f) -> -f.folded().length()).thenComparing(Form::folded));
        this.forms = List.copyOf(all);
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
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(fold(text.charAt(i), caseSensitive));
        }
        return folded.toString();
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
                String bare = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                char base = bare.length() == 1 ? bare.charAt(0) : c;
                return Character.toLowerCase(base);
            }
        }
    }

    /** Every mention in {@code text}, in order of position, none overlapping another. */
    List<Hit> find(String text) {
        String exact = fold(text, true);
        String loose = fold(text, false);
        boolean[] taken = new boolean[text.length()];
        List<Hit> hits = new ArrayList<>();
        for (Form form : forms) {
            String haystack = form.caseSensitive() ? exact : loose;
            int length = form.folded().length();
            for (int at = haystack.indexOf(form.folded()); at >= 0; at = haystack.indexOf(form.folded(), at + 1)) {
                int end = at + length;
                if (wordBoundary(text, at - 1) && wordBoundary(text, end) && free(taken, at, end)) {
                    for (int i = at; i < end; i++) {
                        taken[i] = true;
                    }
                    hits.add(new Hit(form.entry(), at, end, form.name()));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    /** Every mention in the paragraphs and notes of {@code documents}, in reading order. */
    List<Mention> find(List<Document> documents) {
        List<Mention> mentions = new ArrayList<>();
        for (Document document : documents) {
            for (Paragraph paragraph : document.paragraphs()) {
                for (Hit hit : find(paragraph.text())) {
                    mentions.add(mention(hit, document, paragraph.number(), Optional.empty(), paragraph.text()));
                }
            }
            for (Note note : document.notes()) {
                int paragraph = note.references().isEmpty() ? 1 : note.references().get(0).paragraph();
                for (Hit hit : find(note.text())) {
                    mentions.add(mention(hit, document, paragraph, Optional.of(note.label()), note.text()));
                }
            }
        }
        return mentions;
    }

    private static Mention mention(Hit hit, Document document, int paragraph, Optional<String> note, String text) {
        return new Mention(hit.entry().slug(), hit.entry().kind(), document.slug(), paragraph, note, hit.start(),
                hit.end(), text.substring(hit.start(), hit.end()), hit.byName());
    }

    private static boolean wordBoundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
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
