package org.concordance.citations;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds the work a note names by its author and its title without italics or quotes ("Daniel
 * Byman, Deadly Connections, 12.", as text copied from a PDF has it): a titled work listed by an
 * author the note begins with, whose exact title stands in the note's words whole, set off as a
 * title is (a comma, bracket, colon or full stop after it, or the end: "…, Deadly Connections, 12"):
 * not "Allies" in "Allies and Enemies". A title matched in part, or a short title, is not enough,
 * and two works that would both fit give none: nothing is guessed. One per build, on its thread.
 */
final class PlainTitles {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Titled drafts by their authors' (or editors') normalized family names; a lookup checks each as it is now. */
    private final Map<String, Set<WorkDraft>> byFamily = new HashMap<>();
    private final Function<Name, String> familyKey;

    PlainTitles(Function<Name, String> familyKey) {
        this.familyKey = familyKey;
    }

    /** Files a titled draft under who it is listed by; idempotent. */
    void file(WorkDraft draft) {
        if (draft.title == null) {
            return;
        }
        for (Name author : draft.listedBy()) {
            byFamily.computeIfAbsent(familyKey.apply(author), f -> new LinkedHashSet<>()).add(draft);
        }
    }

    /** The one known work by one of {@code citation}'s authors whose exact title its words hold. */
    Optional<WorkDraft> find(Citation citation) {
        if (citation.authors().isEmpty()) {
            return Optional.empty();
        }
        String text = citation.text();
        String words = Text.normalize(text);
        Set<WorkDraft> found = new LinkedHashSet<>();
        for (Name author : citation.authors()) {
            for (WorkDraft draft : byFamily.getOrDefault(familyKey.apply(author), Set.of())) {
                if (!found.contains(draft) && draft.sameAuthors(citation.authors()) && standsIn(draft.title.plain(), words, text)) {
                    found.add(draft);
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /**
     * Whether {@code title} stands whole in {@code text} (its normalized {@code words} first, which
     * is cheap): after a comma, a space or an opening bracket, and before a comma, full stop,
     * colon, semicolon, bracket or the end; case and accents aside.
     */
    static boolean standsIn(String title, String words, String text) {
        String key = Text.normalize(title);
        if (key.chars().noneMatch(Character::isLetter) || !(" " + words + " ").contains(" " + key + " ")) {
            return false;
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String between = "[^\\p{L}\\p{N}]+";
        Pattern whole = Pattern.compile("(?:^|[,(]\\s*|\\s)" + String.join(between, List.of(key.split(" ")).stream()
                .map(Pattern::quote).toList()) + "\\s*(?=[,.:;()]|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return whole.matcher(plain).find();
    }
}
