package org.concordance.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of a paragraph, undoing the hyphenation a typesetter put at a line's end
 * ("organi-" + "zation" gives "organization") while keeping the hyphen of a real compound
 * ("seventy-" + "two", "Lashkar-e-" + "Jhangvi"). The document's own words decide first, then the
 * library's; what neither settles is joined and reported, so the user can check it.
 */
final class Hyphenation {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:[-‐][\\p{L}\\p{M}]+)*");
    private static final Pattern HYPHENATED_END = Pattern.compile("([\\p{L}\\p{M}]+(?:[-‐][\\p{L}\\p{M}]+)*)[-‐]$");
    private static final Pattern FIRST_WORD = Pattern.compile("^([\\p{L}\\p{M}]+(?:[-‐][\\p{L}\\p{M}]+)*)");
    /**
     * A host name, then a path: "doi.org/…", "(rand.org/…", "“brookings.edu/…". Its top-level domain
     * ({@link #isTopLevelDomain}) decides, so neither "U.S./allied-", "10.1080/…", "St.Louis/Kansas-",
     * "Node.js/Type-" nor sentences run together ("the war.Allies/part-") are taken.
     */
    private static final Pattern HOST_AND_PATH = Pattern.compile("[(<\\[“‘\"']?(?:[\\p{Alnum}-]+\\.)+([a-z]{2,4})/");
    /** The common generic top-level domains; a country's are its ISO 3166 code ({@link Locale#getISOCountries}). */
    private static final Set<String> GENERIC_DOMAINS = Set.of("com", "org", "net", "edu", "gov", "mil", "int", "info",
            "biz", "news", "eu", "uk");
    private static final Set<String> COUNTRY_DOMAINS = java.util.Arrays.stream(Locale.getISOCountries())
            .map(code -> code.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** First parts that make compounds, not syllables: "seventy-two", "self-help", "well-known". */
    private static final Set<String> COMPOUND_HEADS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "self", "ex", "well", "so", "half", "quasi", "cross", "long", "short", "high", "low",
            "full", "part", "non", "anti", "pro", "post", "pre", "co", "multi", "inter", "intra", "sub", "neo", "pan",
            "mid", "all", "first", "second", "third", "state", "nation", "counter");

    private final List<String> lines;
    private Set<String> document;
    private final Supplier<Set<String>> library;

    /**
     * @param lines the document's lines, for its own vocabulary (the words that meet at a hyphenated
     *     line end are left out)
     * @param library the library's vocabulary, lower-cased; asked only when the document does not decide
     */
    Hyphenation(List<String> lines, Supplier<Set<String>> library) {
        this.lines = lines;
        this.library = library;
    }

    /** The document's vocabulary, read the first time a hyphen needs it (most texts have none). */
    private Set<String> document() {
        if (document != null) {
            return document;
        }
        document = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean brokenEnd = brokenEnd(line);
            boolean brokenStart = i > 0 && brokenEnd(lines.get(i - 1));
            List<String> words = WORD.matcher(line).results().map(java.util.regex.MatchResult::group).toList();
            for (int w = 0; w < words.size(); w++) {
                if (brokenEnd && w == words.size() - 1 || brokenStart && w == 0) {
                    continue;
                }
                document.add(words.get(w).toLowerCase(Locale.ROOT));
            }
        }
        return document;
    }

    private static boolean brokenEnd(String line) {
        String end = line.stripTrailing();
        return (end.endsWith("-") || end.endsWith("‐")) && HYPHENATED_END.matcher(end).find();
    }

    /** Every word of {@code text}, lower-cased, as a vocabulary. */
    static Set<String> vocabulary(CharSequence text) {
        Set<String> words = new HashSet<>();
        WORD.matcher(text).results().forEach(m -> words.add(m.group().toLowerCase(Locale.ROOT)));
        return words;
    }

    /**
     * {@code lines} joined with single spaces, line-end hyphens undone where they split a word.
     *
     * @param report told about each join the text itself did not confirm
     */
    String join(List<String> lines, Report report) {
        return join(lines, " ", report);
    }

    /** As {@link #join(List, Report)}, with {@code separator} where lines meet without a broken word. */
    String join(List<String> lines, String separator, Report report) {
        StringBuilder out = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean hyphen = out.length() > 0 && (out.charAt(out.length() - 1) == '-' || out.charAt(out.length() - 1) == '‐');
            Matcher end = HYPHENATED_END.matcher(out.subSequence(Math.max(0, out.length() - 200), out.length()));
            Matcher start = FIRST_WORD.matcher(line);
            if (hyphen && inAddress(out)) {
                out.append(line); // a hyphen in a web address is the address's own, and no space breaks it
            } else if (hyphen && end.find() && start.find()) {
                String before = end.group(1);
                String after = start.group(1);
                if (joins(before, after, report)) {
                    out.setLength(out.length() - 1);
                }
                out.append(line);
            } else {
                out.append(out.length() == 0 ? "" : separator).append(line);
            }
        }
        return out.toString();
    }

    /**
     * Whether the text ends in a web address ("https://…/captured-letters-from-the-north-"), with its
     * scheme or without, as notes often print one ("doi.org/10.1080/…", "brookings.edu/research/…").
     */
    static boolean inAddress(CharSequence text) {
        int start = text.length();
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String last = text.subSequence(start, text.length()).toString();
        if (last.contains("://") || last.startsWith("www.")) {
            return true;
        }
        Matcher host = HOST_AND_PATH.matcher(last);
        return host.lookingAt() && isTopLevelDomain(host.group(1));
    }

    /** Whether {@code name} ("org", "de") is a top-level domain an address in a note may end its host with. */
    private static boolean isTopLevelDomain(String name) {
        return GENERIC_DOMAINS.contains(name) || COUNTRY_DOMAINS.contains(name);
    }

    /**
     * What to do where a line ending in {@code left} meets one beginning with {@code right}: empty
     * when no word is broken there, true to drop the hyphen and join, false to keep it and join.
     */
    java.util.Optional<Boolean> atLineEnd(String left, String right, Report report) {
        String trimmed = left.stripTrailing();
        if (!trimmed.endsWith("-") && !trimmed.endsWith("‐")) {
            return java.util.Optional.empty();
        }
        if (inAddress(trimmed)) {
            return java.util.Optional.of(false);
        }
        Matcher end = HYPHENATED_END.matcher(trimmed);
        Matcher start = FIRST_WORD.matcher(right.stripLeading());
        if (!end.find() || !start.find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(joins(end.group(1), start.group(1), report));
    }

    /** Whether "before-" at a line's end and "after" at the next line's start are one word. */
    boolean joins(String before, String after, Report report) {
        String lastPart = before.substring(Math.max(before.lastIndexOf('-'), before.lastIndexOf('‐')) + 1);
        if (Character.isUpperCase(after.codePointAt(0)) || lastPart.length() == 1) {
            return false;
        }
        String joined = (before + after).toLowerCase(Locale.ROOT);
        String hyphenated = (before + "-" + after).toLowerCase(Locale.ROOT);
        Boolean decided = decide(document(), joined, hyphenated);
        if (decided == null && COMPOUND_HEADS.contains(lastPart.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (decided == null) {
            decided = decide(library.get(), joined, hyphenated);
        }
        if (decided == null) {
            report.warn("joined “" + before + "-” and “" + after + "” across a line end as “" + before + after
                    + "”; neither spelling occurs elsewhere in the text or the library");
            return true;
        }
        return decided;
    }

    private static Boolean decide(Set<String> words, String joined, String hyphenated) {
        boolean asOne = words.contains(joined);
        boolean asCompound = words.contains(hyphenated);
        if (asOne != asCompound) {
            return asOne;
        }
        return null;
    }
}
