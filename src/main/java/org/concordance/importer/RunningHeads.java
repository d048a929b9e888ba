package org.concordance.importer;

import org.concordance.content.Sentences;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A journal's running head or footer, as PDF pages print it: "International Journal on Criminology
 * Volume 7, Number 2, Spring 2020 | Page 21", "Journal of Testing 3, no. 1 (Spring 2021): 12",
 * "Studies in Conflict 12(3), 2019", and the line a Taylor & Francis PDF prints atop its first page
 * to cite the article, "Studies in Conflict & Terrorism, 38:4, 289–305, 2015". The line names the
 * journal, its volume and number, the date as printed and the page or pages, which become the
 * document's metadata.
 */
final class RunningHeads {
    private static final String SEASON = "(?:Spring|Summer|Fall|Autumn|Winter|January|February|March|April|May|June|July"
            + "|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final String DATE = "(?<date>(?:" + SEASON + "(?:[/–-]" + SEASON + ")?\\s+)?(?:\\d{1,2},?\\s+)?(?<year>(?:1[89]|20)\\d{2}))";
    private static final String PAGE = "(?<page>\\d{1,5}(?:\\s*[–-]\\s*\\d{1,5})?)";
    private static final String VENUE = "(?<venue>\\p{L}[\\p{L}\\p{M}&:'’.,\\- ]{2,120}?)";
    private static final List<Pattern> PATTERNS = List.of(
            // International Journal on Criminology Volume 7, Number 2, Spring 2020 | Page 21
            Pattern.compile("(?:" + PAGE0() + ")?" + VENUE + ",?\\s+(?:Volume|Vol\\.?)\\s*(?<volume>\\d{1,4})\\s*[,;]?\\s*"
                    + "(?:Number|No\\.?|Issue|Iss\\.?)\\s*(?<issue>\\d{1,4}(?:[/–-]\\d{1,4})?)\\s*[,;]?\\s*\\(?" + DATE + "\\)?"
                    + "(?:\\s*[|:,·•–—-]?\\s*(?:(?:Pages?|pp?\\.)\\s*)?" + PAGE + ")?"),
            // Journal of Testing 3, no. 1 (Spring 2021): 12
            Pattern.compile("(?:" + PAGE0() + ")?" + VENUE + "\\s+(?<volume>\\d{1,4}),?\\s+no\\.\\s*(?<issue>\\d{1,4}(?:[/–-]\\d{1,4})?)"
                    + "\\s*\\(" + DATE + "\\)(?:\\s*[:,]\\s*(?:pp?\\.\\s*)?" + PAGE + ")?"),
            // Studies in Conflict 12(3), 2019, 45–67
            Pattern.compile("(?:" + PAGE0() + ")?" + VENUE + "\\s+(?<volume>\\d{1,4})\\s*\\((?<issue>\\d{1,4}(?:[/–-]\\d{1,4})?)\\)"
                    + "\\s*[,:]?\\s*\\(?" + DATE + "\\)?(?:\\s*[:,]\\s*(?:pp?\\.\\s*)?" + PAGE + ")?"),
            // Studies in Conflict & Terrorism, 38:4, 289–305, 2015 (Taylor & Francis: volume:issue, pages, year)
            Pattern.compile(VENUE + ",\\s+(?<volume>\\d{1,4}):(?<issue>\\d{1,4}(?:[/–-]\\d{1,4})?),\\s+" + PAGE + ",\\s+"
                    + DATE));

    private RunningHeads() {
    }

    /** A page number printed before the head, "21 | Journal …". */
    private static String PAGE0() {
        return "(?<page0>\\d{1,5})\\s*[|·•]\\s*";
    }

    /** The shortest and longest a head that names no volume may be, in characters. */
    private static final int REPEATED_MIN = 10;
    private static final int REPEATED_MAX = 120;
    /** A head stands on every page: three pages at least, so that a repeated line of prose is not one. */
    private static final int REPEATED_PAGES = 3;
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    /**
     * The running heads among {@code lines} that name no volume or number, which {@link #parse}
     * cannot read ("Journal of Conflict Studies | Page 15"): a line of 10 to 120 characters, with
     * a word of four letters or more, that stands alone on three lines or more and is the same on
     * each but for its numbers, the last of which rises from one to the next (the page), and does
     * not end a sentence (lines of prose that differ by a year or a count, "The group met again in
     * 1998.", are the text). Nothing it states is kept: a journal's name without its volume is not
     * enough to cite it.
     *
     * @param lines every line of the text, stripped, in order
     * @return the lines to take out, each as it stands
     */
    static Set<String> repeated(List<String> lines) {
        Map<String, List<String>> byShape = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.length() >= REPEATED_MIN && line.length() <= REPEATED_MAX && NUMBER.matcher(line).find()
                    && WORD.matcher(line).find() && !Sentences.ends(line, false)) {
                byShape.computeIfAbsent(NUMBER.matcher(line).replaceAll("#"), shape -> new ArrayList<>()).add(line);
            }
        }
        Set<String> heads = new HashSet<>();
        byShape.values().stream().filter(same -> same.size() >= REPEATED_PAGES && rising(same)).forEach(heads::addAll);
        return heads;
    }

    /** Whether the last number of each line is greater than the one before. */
    private static boolean rising(List<String> same) {
        long before = Long.MIN_VALUE;
        for (String line : same) {
            Matcher number = NUMBER.matcher(line);
            String last = null;
            while (number.find()) {
                last = number.group();
            }
            if (last == null || last.length() > 9 || Long.parseLong(last) <= before) {
                return false;
            }
            before = Long.parseLong(last);
        }
        return true;
    }

    /** A page number at one end of a head in capitals, apart from it by a space or a bar. */
    private static final Pattern NUMBER_FIRST = Pattern.compile("(?<page>\\d{1,4})\\s+(?:[|·•]\\s+)?(?<words>\\S.*)");
    private static final Pattern NUMBER_LAST = Pattern.compile("(?<words>.*[^\\s|·•])\\s+(?:[|·•]\\s+)?(?<page>\\d{1,4})");
    /** The words of a head in capitals: capital letters, initials, "&", and the punctuation of names and titles. */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{M}&.,:;'’()/–—\\- ]*");
    private static final Pattern INITIAL = Pattern.compile("(?:^|\\s)\\p{Lu}\\.(?=\\s|$)|\\bET AL\\b");

    /**
     * Whether {@code line} is a running head as Taylor & Francis, Oxford, Cambridge, Sage and Wiley
     * print them: the authors or the journal's or article's short name in capitals, two words or
     * more, with the page number at either end ("290 E. MARCHETTI AND D. R. OKAFOR", "STUDIES IN
     * CONFLICT & TERRORISM 291"). Such a head states nothing worth keeping (the journal's name
     * without its volume is not enough to cite it). Not a head: a heading in capitals without a
     * number, a line with a lower-case letter (a sentence that begins with a number), and a numbered
     * section heading, "1. INTRODUCTION", "2 THE LOGIC OF ALLIANCES": a number before the words is a
     * page's when it is 10 or more, or the words are names (an initial, "ET AL."); a number after
     * them is not when the word before it takes a number ("RESOLUTION 1373", "WORLD WAR 2").
     */
    static boolean inCapitals(String line) {
        String text = Prose.collapse(line).strip();
        if (text.length() > REPEATED_MAX || text.codePoints().anyMatch(Character::isLowerCase)) {
            return false;
        }
        Matcher first = NUMBER_FIRST.matcher(text);
        if (first.matches() && words(first.group("words"))) {
            return Integer.parseInt(first.group("page")) >= 10 || INITIAL.matcher(first.group("words")).find();
        }
        Matcher last = NUMBER_LAST.matcher(text);
        return last.matches() && words(last.group("words")) && !NUMBERED.contains(last.group("words").replaceAll(".*\\s", ""));
    }

    /** Words a number after them belongs to: "RESOLUTION 1373", "WORLD WAR 2", "PART 2" is a heading, not a head. */
    private static final Set<String> NUMBERED = Set.of("RESOLUTION", "ARTICLE", "PART", "CHAPTER", "SECTION", "TABLE", "FIGURE",
            "ANNEX", "APPENDIX", "NO.", "VOL.", "VOLUME", "NUMBER", "PHASE", "WAR", "BOX", "CASE", "STUDY", "STAGE", "LEVEL");

    /** Whether {@code words} are two words or more in capitals, one of them of two letters or more. */
    private static boolean words(String words) {
        return CAPITALS.matcher(words).matches() && words.split("\\s+").length >= 2
                && Pattern.compile("\\p{Lu}{2}").matcher(words).find();
    }

    /** What a running-head line says, when {@code line} is one. */
    static Optional<Head> parse(String line) {
        if (line.length() > 400) {
            return Optional.empty();
        }
        String text = Prose.collapse(line).strip();
        if (text.length() > 200) {
            return Optional.empty();
        }
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.matches()) {
                // The citation line's pattern has no page printed before it.
                String page = matcher.group("page") != null || !pattern.pattern().contains("<page0>") ? matcher.group("page")
                        : matcher.group("page0");
                String venue = matcher.group("venue").strip().replaceAll("[,.:]$", "").strip();
                return Optional.of(new Head(venue, matcher.group("volume"), matcher.group("issue"),
                        matcher.group("date").replaceAll("\\s+", " "), Integer.parseInt(matcher.group("year")),
                        Optional.ofNullable(page).map(p -> p.replaceAll("\\s*[–-]\\s*", "–"))));
            }
        }
        return Optional.empty();
    }

    /** The journal, its volume and number, the date as printed, and the page the head stands on. */
    record Head(String venue, String volume, String issue, String date, int year, Optional<String> page) {
        OptionalInt firstPage() {
            return page.map(p -> OptionalInt.of(Integer.parseInt(p.replaceAll("–.*", "")))).orElse(OptionalInt.empty());
        }

        OptionalInt lastPage() {
            return page.map(p -> OptionalInt.of(Integer.parseInt(p.replaceAll(".*–", "")))).orElse(OptionalInt.empty());
        }
    }
}
