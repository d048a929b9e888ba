package org.concordance.citations;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's name as the text states it: "D. Byman" has the given name "D.", "Byman" has none.
 *
 * @param family the family name, never blank
 * @param given the given name or initials, empty when the text gives only the family name
 */
public record Name(String family, Optional<String> given) {
    public Name {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(given, "given");
        if (family.isBlank()) {
            throw new IllegalArgumentException("a name needs a family name, was '" + family + "'");
        }
        given = given.map(String::strip).filter(g -> !g.isEmpty());
        family = family.strip();
    }

    /** "Assaf Moghadam" becomes family "Moghadam", given "Assaf"; "Byman" has no given name. */
    public static Name parse(String written) {
        String name = written.strip().replaceAll("\\s+", " ");
        int space = name.lastIndexOf(' ');
        return space < 0 ? new Name(name, Optional.empty())
                : new Name(name.substring(space + 1), Optional.of(name.substring(0, space)));
    }

    /** The name in reading order: "D. Byman". */
    public String display() {
        return given.map(g -> g + " " + family).orElse(family);
    }

    /** The name inverted, as bibliographies sort it: "Byman, D.". */
    public String inverted() {
        return given.map(g -> family + ", " + g).orElse(family);
    }

    /** True when the given name is written out, not just initials ("Assaf", not "A."). */
    public boolean hasFullGivenName() {
        return given.filter(g -> g.replaceAll("[A-Z]\\.\\s*", "").strip().length() > 1).isPresent();
    }

    /** The same person as far as the text can tell: the same family name and compatible given names. */
    boolean compatible(Name other) {
        if (!Text.normalize(family).equals(Text.normalize(other.family))) {
            return false;
        }
        if (given.isEmpty() || other.given.isEmpty()) {
            return true;
        }
        String a = given.get().toLowerCase(Locale.ROOT);
        String b = other.given.get().toLowerCase(Locale.ROOT);
        return a.charAt(0) == b.charAt(0);
    }
}
