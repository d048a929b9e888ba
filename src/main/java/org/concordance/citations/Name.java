package org.concordance.citations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name as the text states it, in CSL's parts: "D. Byman" has the given name "D.";
 * "Anna van de Velde" has the particle "van de" before the family name "Velde"; "Abu Bakr
 * al-Baghdadi" the particle "al-" joined to "Baghdadi". Keeping the particle apart lets every style
 * place it as its guide says (APA "van de Velde, A.", Chicago "Velde, Anna van de").
 *
 * @param family the family name without its particles, never blank
 * @param given the given name or initials, empty when the text gives only the family name
 * @param particle the particle written before the family name and kept with it when the name is
 *     inverted (CSL's {@code non-dropping-particle}): "van de", "de la", "bin", "al-"
 * @param droppingParticle a particle that goes with the given name when the name is inverted
 *     (CSL's {@code dropping-particle}), as in "Beethoven, Ludwig van"; only an editor's reference
 *     or an inverted name says so
 * @param suffix a generational suffix or a ruler's number after the name (CSL's {@code suffix}):
 *     "Jr.", "Sr.", "II", "III", "IV", as in "Martin Luther King Jr." (CMOS 6.43, 16.41)
 */
public record Name(String family, Optional<String> given, Optional<String> particle, Optional<String> droppingParticle,
        Optional<String> suffix) {
    /** Lower-case words that stand before a family name (Dutch, German, French, Italian, Spanish, Portuguese, Arabic). */
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del", "della", "des", "di",
            "da", "du", "dos", "das", "do", "la", "le", "ten", "ter", "zu", "bin", "ibn", "bint", "al", "el");
    /** The Arabic article's forms written joined to the family name with a hyphen: "al-Baghdadi", "el-Sisi", "ash-Shabab". */
    private static final List<String> HYPHENED = List.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ud", "ul");
    /** Particles that are English words too ("do", "ten"; "at-", "as-"), which a title is taken to mean. */
    private static final Set<String> ENGLISH_TOO = Set.of("do", "den", "ten", "an", "as", "at");
    /**
     * The particles that mark the next word of a title as a name ("bin Laden", "al-Qaeda", "van
     * Creveld"), in lower case as written: all but those that are English words too. In order, for
     * a pattern.
     */
    static final List<String> IN_TITLES = java.util.stream.Stream.concat(PARTICLES.stream(), HYPHENED.stream())
            .filter(p -> !ENGLISH_TOO.contains(p)).distinct().sorted().toList();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern INITIAL = Pattern.compile("[A-Z]\\.\\s*");
    /** A particle written joined to the family name: "al-Baghdadi", "el-Sisi", "d’Estaing". */
    private static final Pattern JOINED = Pattern.compile("^(" + String.join("-|", HYPHENED) + "-|d['’]|l['’])(\\p{Lu}.*)$");

    /**
     * The suffixes a name may end with: "Jr.", "Sr." and the numbers of a generation or a reign,
     * II to VIII but V ("Mohammed VI"; a lone "V" or "X" may be an initial or a name, "Malcolm X").
     */
    private static final String SUFFIXES = "Jr\\.?|Sr\\.?|II|III|IV|VI|VII|VIII";
    private static final Pattern SUFFIX_ALONE = Pattern.compile(SUFFIXES);

    /**
     * A suffix at the end of a name in reading order or of an inverted one, after a comma or a space:
     * "Martin Luther King, Jr.", "Ludwig van Beethoven Jr.", "King, Martin Luther, Jr.".
     */
    private static final Pattern SUFFIX = Pattern.compile("(?:\\s*,\\s*|\\s+)(" + Name.SUFFIXES + ")$");
    /** BibTeX's "von Last, Jr, First": "King, Jr., Martin Luther". */
    private static final Pattern SUFFIX_BIBTEX = Pattern.compile("^([^,]+),\\s*(" + Name.SUFFIXES + ")\\s*,\\s*(.+)$");
    /** A suffix written after the family name of an inverted name: "King Jr., Martin Luther". */
    private static final Pattern SUFFIX_BEFORE_COMMA = Pattern.compile("^(.+?)\\s+(" + Name.SUFFIXES + ")\\s*,\\s*(.+)$");

    public Name {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(particle, "particle");
        Objects.requireNonNull(droppingParticle, "droppingParticle");
        Objects.requireNonNull(suffix, "suffix");
        if (family.isBlank()) {
            throw new IllegalArgumentException("a name needs a family name, was '" + family + "'");
        }
        family = family.strip();
        given = given.map(String::strip).filter(g -> !g.isEmpty());
        particle = particle.map(String::strip).filter(p -> !p.isEmpty());
        droppingParticle = droppingParticle.map(String::strip).filter(p -> !p.isEmpty());
        suffix = suffix.map(String::strip).filter(p -> !p.isEmpty());
    }

    /** A name without particles. */
    public Name(String family, Optional<String> given) {
        this(family, given, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Reads a name in reading order ("Anna van de Velde", "Abu Bakr al-Baghdadi", "Byman") or
     * inverted with a comma, as BibTeX and RIS write it ("van de Velde, Anna", "Beethoven, Ludwig
     * van"). Lower-case particles before the family name are its particle; in an inverted name,
     * lower-case particles after the given name are a dropping particle. A capitalised particle
     * ("Martin Van Buren") is part of the family name, as English usage sorts it.
     */
    public static Name parse(String written) {
        String name = singleSpaced(written.strip());
        while (name.endsWith(",")) { // BibTeX's "Henry, IV, " has an empty given name after its last comma
            name = name.substring(0, name.length() - 1).strip();
        }
        Matcher bibtex = SUFFIX_BIBTEX.matcher(name);
        if (bibtex.matches()) {
            return parse(bibtex.group(1) + ", " + bibtex.group(3)).withSuffix(bibtex.group(2));
        }
        Matcher before = SUFFIX_BEFORE_COMMA.matcher(name);
        if (before.matches()) {
            return parse(before.group(1) + ", " + before.group(3)).withSuffix(before.group(2));
        }
        Matcher suffix = SUFFIX.matcher(name);
        if (suffix.find() && suffix.start() > 0) {
            return parse(name.substring(0, suffix.start())).withSuffix(suffix.group(1));
        }
        // An Arabic name is inverted with the Arabic comma ("الخطيب، أحمد") as a Latin one is with a comma.
        int comma = firstComma(name);
        if (comma >= 0) {
            return inverted(name.substring(0, comma).strip(), name.substring(comma + 1).strip());
        }
        List<String> words = new ArrayList<>(Arrays.asList(name.split(" ")));
        String family = words.remove(words.size() - 1);
        List<String> particle = new ArrayList<>();
        while (!words.isEmpty()) {
            String word = words.get(words.size() - 1);
            if (PARTICLES.contains(word)) {
                particle.add(0, words.remove(words.size() - 1));
            } else if (particle.isEmpty() && words.size() > 1 && PARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
                // "Martin Van Buren": capitalised, the particle is part of the family name; a first
                // word is a given name ("Di Wang").
                family = words.remove(words.size() - 1) + " " + family;
            } else {
                break;
            }
        }
        return withJoinedParticle(family, words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words)),
                particle, Optional.empty());
    }

    /** Where the first comma of {@code name} is, a Latin one or the Arabic "،" (U+060C); -1 when it has none. */
    private static int firstComma(String name) {
        int latin = name.indexOf(',');
        int arabic = name.indexOf('\u060C');
        return latin < 0 ? arabic : arabic < 0 ? latin : Math.min(latin, arabic);
    }

    /** Whether {@code word} is a name's suffix on its own: "Jr.", "Sr", "III", "VI". */
    public static boolean isSuffix(String word) {
        return SUFFIX_ALONE.matcher(word).matches();
    }

    private Name withSuffix(String written) {
        return new Name(family, given, particle, droppingParticle, Optional.of(written));
    }

    private static Name inverted(String surname, String givenPart) {
        List<String> surnameWords = new ArrayList<>(Arrays.asList(surname.split(" ")));
        List<String> particle = new ArrayList<>();
        while (surnameWords.size() > 1 && PARTICLES.contains(surnameWords.get(0))) {
            particle.add(surnameWords.remove(0));
        }
        List<String> givenWords = new ArrayList<>(givenPart.isEmpty() ? List.of() : Arrays.asList(givenPart.split(" ")));
        List<String> dropping = new ArrayList<>();
        while (givenWords.size() > 1 && PARTICLES.contains(givenWords.get(givenWords.size() - 1))) {
            dropping.add(0, givenWords.remove(givenWords.size() - 1));
        }
        return withJoinedParticle(String.join(" ", surnameWords),
                givenWords.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", givenWords)), particle,
                dropping.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", dropping)));
    }

    /** Splits "al-Baghdadi" into the particle "al-" and "Baghdadi" when no other particle was written. */
    private static Name withJoinedParticle(String family, Optional<String> given, List<String> particle, Optional<String> dropping) {
        if (particle.isEmpty() && mayJoin(family)) {
            Matcher joined = JOINED.matcher(family);
            if (joined.matches()) {
                return new Name(joined.group(2), given, Optional.of(joined.group(1)), dropping, Optional.empty());
            }
        }
        return new Name(family, given, particle.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", particle)), dropping,
                Optional.empty());
    }

    /** True for a lower-case particle written as a word of its own: "van", "de", "bin". */
    static boolean isParticle(String word) {
        return PARTICLES.contains(word);
    }

    /** True for a family name with its particle joined to it: "al-Baghdadi", "d’Estaing". */
    static boolean hasJoinedParticle(String word) {
        return mayJoin(word) && JOINED.matcher(word).matches();
    }

    /**
     * Whether {@code word} could match {@link #JOINED}: a hyphen after its first two or three
     * letters, or an apostrophe after its first. A name is parsed for every citation of every
     * build; most have no joined particle, and are then not matched at all.
     */
    private static boolean mayJoin(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen == 2 || hyphen == 3) {
            return true;
        }
        return word.length() > 1 && (word.charAt(1) == '\'' || word.charAt(1) == '’');
    }

    /** {@code name} with each run of white space (as {@link #SPACES} reads it) one space; itself when it has none. */
    private static String singleSpaced(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && isSpace(c) || c == ' ' && i + 1 < name.length() && isSpace(name.charAt(i + 1))) {
                return SPACES.matcher(name).replaceAll(" ");
            }
        }
        return name;
    }

    /** The characters {@code \s} matches (without Unicode classes). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The family name with its particle, as the name is sorted under in APA and MLA: "van de Velde", "al-Baghdadi". */
    public String surname() {
        return particle.map(p -> joins(p) ? p + family : p + " " + family).orElse(family);
    }

    /** True for a particle written joined to the family name ("al-", "d’"): no space follows it. */
    static boolean joins(String particle) {
        return particle.endsWith("-") || particle.endsWith("'") || particle.endsWith("’");
    }

    /** The name in reading order: "D. Byman", "Anna van de Velde", "Ludwig van Beethoven", "Martin Luther King Jr.". */
    public String display() {
        String before = String.join(" ", given.stream().toList()) + droppingParticle.map(d -> " " + d).orElse("");
        return (before.isBlank() ? surname() : before.strip() + " " + surname()) + suffix.map(s -> " " + s).orElse("");
    }

    /**
     * The name inverted, as RIS writes it (family, given, suffix) and {@link #parse} reads it back:
     * "Byman, D.", "van de Velde, Anna", "Beethoven, Ludwig van", "King, Martin Luther, Jr."; a
     * ruler's name, without a given name, as it is: "Henry IV".
     */
    public String inverted() {
        String after = given.orElse("") + droppingParticle.map(d -> " " + d).orElse("");
        if (after.isBlank()) {
            return surname() + suffix.map(s -> " " + s).orElse(""); // a ruler, "Henry IV": one name, nothing to invert
        }
        return surname() + ", " + after.strip() + suffix.map(s -> ", " + s).orElse("");
    }

    /**
     * The name as BibTeX writes it, "von Last, Jr, First", which {@link #parse} reads back too:
     * "van de Velde, Anna", "King, Jr., Martin Luther", "Henry, IV, "; without a suffix, {@link #inverted}.
     */
    public String bibtex() {
        String after = (given.orElse("") + droppingParticle.map(d -> " " + d).orElse("")).strip();
        if (suffix.isEmpty() && after.isEmpty() && particle.isEmpty() && family.contains(" ")) {
            // An organization, "U.S. Department of the Treasury": braced, BibTeX's one name of one part.
            return "{" + family + "}";
        }
        if (suffix.isEmpty()) {
            return inverted();
        }
        return surname() + ", " + suffix.get() + ", " + after; // "Henry, IV, ": BibTeX's Jr part with no First
    }

    /** True when the given name is written out, not just initials ("Assaf", not "A."). */
    public boolean hasFullGivenName() {
        return given.filter(g -> INITIAL.matcher(g).replaceAll("").strip().length() > 1).isPresent();
    }

    /**
     * The same person as far as the text can tell: the same family name, the same particle when both
     * write one, and compatible given names: the same first given name, or one of them only an initial
     * that the other begins with ("A. Moghadam" and "Assaf Moghadam"; not "Anne Stenersen" and
     * "Abū Muḥammad Stenersen"). A shortened name ("Dan", "Daniel") counts as the same.
     */
    boolean compatible(Name other) {
        if (!sameWords(family, other.family)) {
            return false;
        }
        if (particle.isPresent() && other.particle.isPresent() && !sameWords(particle.get(), other.particle.get())) {
            return false;
        }
        if (suffix.isPresent() && other.suffix.isPresent() && !sameWords(suffix.get(), other.suffix.get())) {
            return false; // a father and his son
        }
        if (given.isEmpty() || other.given.isEmpty()) {
            return true;
        }
        return firstGivenNamesAgree(given.get(), other.given.get());
    }

    /**
     * Whether two given names' first names agree: either is empty, or the shorter begins the longer
     * (an initial, "D", begins "Daniel"; so does "Dan"), compared as {@link #firstGivenName} reads
     * them. Called for every pair of names compared: plain ASCII names are compared where they
     * stand, without a string made for each.
     */
    private static boolean firstGivenNamesAgree(String givenA, String givenB) {
        int startA = firstNameStart(givenA);
        int endA = firstNameEnd(givenA, startA);
        int startB = firstNameStart(givenB);
        int endB = firstNameEnd(givenB, startB);
        if (plainAscii(givenA, startA, endA) && plainAscii(givenB, startB, endB)) {
            int shorter = Math.min(endA - startA, endB - startB);
            return shorter == 0 || givenA.regionMatches(true, startA, givenB, startB, shorter);
        }
        String a = firstGivenName(givenA);
        String b = firstGivenName(givenB);
        return a.isEmpty() || b.isEmpty() || a.startsWith(b) || b.startsWith(a);
    }

    private static int firstNameStart(String given) {
        int start = 0;
        while (start < given.length() && Character.isWhitespace(given.charAt(start))) {
            start++;
        }
        return start;
    }

    private static int firstNameEnd(String given, int start) {
        int end = start;
        while (end < given.length()) {
            char c = given.charAt(end);
            if (Character.isWhitespace(c) || c == '.' || c == '-') {
                break;
            }
            end++;
        }
        return end;
    }

    private static boolean plainAscii(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** The same words, whatever their case, accents or punctuation; the common case (equal but for case) without normalizing. */
    private static boolean sameWords(String a, String b) {
        return a.equalsIgnoreCase(b) || Text.normalize(a).equals(Text.normalize(b));
    }

    /**
     * The first of the given names, lower case, accents folded, without an initial's full stop:
     * "Abū Muḥammad" → "abu", "J.-P." → "j". Plain ASCII letters (most names) skip the normalizer.
     */
    private static String firstGivenName(String given) {
        int start = firstNameStart(given);
        int end = firstNameEnd(given, start);
        String first = given.substring(start, end);
        return plainAscii(given, start, end) ? first.toLowerCase(Locale.ROOT) : Text.normalize(first);
    }
}
