package org.concordance.citations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Names as CSL name objects: as CSL-JSON writes them ({@link #exported}), and as citeproc-java 3.5
 * must be given them to print a style's names the way its guide and CSL file say ({@link #forStyle}).
 *
 * <p>citeproc-java 3.5 differs from the CSL specification (and citeproc-js) in three ways this
 * works around: it ignores {@code demote-non-dropping-particle}, so Chicago would print "van de
 * Velde, Anna" instead of "Velde, Anna van de"; it puts a space after a particle ending in a hyphen
 * ("al- Baghdadi"); and in an inverted name it prints a dropping particle before the family name
 * ("van Beethoven, Ludwig" instead of "Beethoven, Ludwig van"). Each name is therefore handed over
 * with its particle either joined to the family name or, where the style inverts the name and puts
 * the particle last, appended to the given name. A fourth: in an inverted name it prints a suffix
 * after the family name ("King Jr., Martin Luther"), where every guide puts it last ("King, Martin
 * Luther, Jr."; APA "King, M. L., Jr."); such a name is handed over as a literal, inverted here.
 */
final class CslNames {
    private CslNames() {
    }

    /** CSL-JSON: {@code family}, {@code given}, {@code non-dropping-particle}, {@code dropping-particle}, {@code suffix}. */
    static List<Map<String, Object>> exported(List<Name> names) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Name name : names) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("family", name.family());
            name.given().ifPresent(g -> person.put("given", g));
            name.particle().ifPresent(p -> person.put("non-dropping-particle", p));
            name.droppingParticle().ifPresent(p -> person.put("dropping-particle", p));
            name.suffix().ifPresent(x -> person.put("suffix", x));
            list.add(person);
        }
        return list;
    }

    /**
     * The names for citeproc-java to print in {@code style}. In a bibliography entry the first name
     * is inverted ("Velde, Anna van de"); the others, and every name in a note or in-text citation,
     * are in reading order or, in APA, inverted with the particle kept first ("van de Velde, A.").
     */
    static List<Map<String, Object>> forStyle(List<Name> names, CitationStyle style, boolean bibliography) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            list.add(forStyle(names.get(i), style, bibliography && (i == 0 || style.invertsEveryAuthor())));
        }
        return list;
    }

    private static Map<String, Object> forStyle(Name name, CitationStyle style, boolean inverted) {
        Map<String, Object> person = new LinkedHashMap<>();
        boolean particlesLast = inverted && (style.demotesParticles()
                || (name.droppingParticle().isPresent() && !style.initializesGivenNames()));
        if (inverted && name.suffix().isPresent() && name.given().isPresent()) {
            // "King, Martin Luther, Jr.", "Beethoven, Ludwig van, Jr.", "van Beethoven, L., Jr."
            String given = style.initializesGivenNames() ? initials(name.given().get()) : name.given().get();
            String family = particlesLast ? name.family() : name.surname();
            String after = Stream.of(Optional.of(given), name.droppingParticle(), particlesLast ? name.particle() : Optional.<String>empty())
                    .flatMap(Optional::stream).collect(Collectors.joining(" "));
            person.put("literal", family + ", " + after + ", " + name.suffix().get());
            return person;
        }
        if (particlesLast) {
            // "Velde, Anna van de", "Baghdadi, Abu Bakr al-", "Beethoven, Ludwig van"
            person.put("family", name.family());
            String given = Stream.of(name.given(), name.droppingParticle(), name.particle())
                    .flatMap(java.util.Optional::stream).collect(Collectors.joining(" "));
            if (!given.isEmpty()) {
                person.put("given", given);
            }
        } else {
            // "Anna van de Velde", "van de Velde, A.", "Abu Bakr al-Baghdadi"; citeproc-java puts a
            // dropping particle before the family name in every order.
            person.put("family", name.surname());
            name.given().ifPresent(g -> person.put("given", g));
            name.droppingParticle().ifPresent(p -> person.put("dropping-particle", p));
        }
        name.suffix().ifPresent(x -> person.put("suffix", x));
        return person;
    }

    /**
     * Given names as a style that initializes them writes them, as its CSL file asks
     * ({@code initialize-with=". "}, hyphens kept): "Martin Luther" gives "M. L.", "Jean-Paul"
     * "J.-P.", an initial stays one ("M." gives "M.", "M.L." gives "M. L.").
     */
    static String initials(String given) {
        return Arrays.stream(given.strip().split("[\\s.]+")).filter(part -> !part.isEmpty())
                .map(part -> Arrays.stream(part.split("-"))
                .filter(piece -> !piece.isEmpty())
                .map(piece -> piece.substring(0, piece.offsetByCodePoints(0, 1)) + ".")
                .collect(Collectors.joining("-"))).collect(Collectors.joining(" "));
    }
}
