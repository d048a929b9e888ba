package org.concordance.citations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One copy of each equal value met while a bibliography is built. A library's notes repeat the same
 * authors, titles, journals, publishers, places and years many times over (a 10,000-document library
 * has about 118,000 citations but a fraction as many distinct parts), and each parsed citation holds
 * its own copies; values are immutable, so equal ones can be shared. Not thread-safe: one per build.
 */
final class Canonical {
    private final Map<Object, Object> values = new HashMap<>();

    /** {@code citation} with each of its parts (but its own text) the copy met first. */
    Citation of(Citation citation) {
        return new Citation(citation.form(), citation.text(), names(citation.authors()),
                of(citation.title().map(this::of)), citation.italicTitle(), string(citation.container()),
                string(citation.publisher()), string(citation.place()), string(citation.number()), string(citation.volume()),
                string(citation.issue()), of(citation.year()), string(citation.date()), string(citation.accessed()),
                string(citation.url()),
                names(citation.editors()), names(citation.translators()), string(citation.edition()),
                string(citation.pinpoint()));
    }

    private Optional<String> string(Optional<String> value) {
        return of(value.map(this::of));
    }

    private List<Name> names(List<Name> names) {
        return names.isEmpty() ? List.of() : of(List.copyOf(names.stream().map(this::of).toList()));
    }

    /** The copy of {@code value} met first (records, strings, optionals and lists compare by value). */
    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        return (T) values.computeIfAbsent(value, v -> v);
    }
}
