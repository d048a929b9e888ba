package org.concordance.citations;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordance.content.Title;

/**
 * Titles in sentence case, as APA prints them in a reference list (APA 7th ed., 6.17): the first
 * word, the first word after a colon, an em dash or end punctuation, and proper nouns keep their
 * capital; every other word is lower-cased ("Nexus of global jihad: Understanding cooperation among
 * terrorist actors"). The APA CSL style prints a title as it is given, so the title is given to it
 * already in sentence case.
 *
 * <p>A word keeps its capitals when it is one of the library's proper names (the organizations and
 * people of {@code content/organizations.yaml} and {@code content/people.yaml}, and every author),
 * when it has capitals after its first letter ("ISIS", "McDonald"), when it is a single capital
 * ("I", an initial), and when it stands in italics (a title within the title keeps its own
 * capitals). So do the world's places ({@link #PLACES}: every country, territory and region by its
 * English names in the Unicode CLDR, as ICU4J gives them: "Afghanistan", "Saudi Arabia", "Middle
 * Africa", "Latin America"), the regions and historical periods a title in this field names in words
 * that are each an everyday word ({@link #NAMED_IN_COMMON_WORDS}: "Middle East", "Cold War"), and
 * the languages ({@link #LANGUAGES}, whose names are also the adjectives of many peoples: "Kurdish",
 * "Somali"). Every other word is judged by an English
 * dictionary ({@link EnglishWords#keepsCapital}): a word English writes only with a capital keeps it
 * ("Syrian", "Sunni", "Brookings"), as does a word no English dictionary knows, in a title most
 * often a name ("Nusra", "Salafi"), and a word beside a name's particle ("Osama bin Laden"); a
 * common word ("civil", "jihad", "may") does not. Immutable and thread-safe.
 */
public final class SentenceCase {
    /** A word of a title: letters and digits, with apostrophes inside ("Group’s"); hyphens separate words. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

    /** A region's name with another in brackets at its end: "Myanmar (Burma)". */
    private static final Pattern ALSO_CALLED = Pattern.compile("(.+?)\\s*\\((.+)\\)");

    /**
     * The places whose names keep their capitals whatever the library lists: every territory
     * (country, dependency), continent, subcontinent and grouping ("European Union", "Latin
     * America") of CLDR's regions, by its English name and its short name, as a title would write
     * it: "Myanmar (Burma)" as each name, "Bosnia &amp; Herzegovina" with "and", "Congo - Kinshasa"
     * as "Congo" and "Kinshasa". Not "world", which is a common noun in a title ("the world's…").
     * A few are everyday words as well ("Chad", "Jersey", "Guinea") and keep a capital they carry.
     */
    static final List<String> PLACES = places();

    private static List<String> places() {
        List<String> places = new ArrayList<>();
        for (DisplayContext length : List.of(DisplayContext.LENGTH_FULL, DisplayContext.LENGTH_SHORT)) {
            LocaleDisplayNames english = LocaleDisplayNames.getInstance(ULocale.ENGLISH, length);
            for (Region.RegionType type : List.of(Region.RegionType.TERRITORY, Region.RegionType.CONTINENT,
                    Region.RegionType.SUBCONTINENT, Region.RegionType.GROUPING)) {
                for (Region region : Region.getAvailable(type)) {
                    String name = english.regionDisplayName(region.toString()).replace(" & ", " and ");
                    Matcher also = ALSO_CALLED.matcher(name);
                    List<String> names = also.matches() ? List.of(also.group(1), also.group(2))
                            : List.of(name.replaceAll("[()]", "").split("\\s+-\\s+"));
                    for (String one : names) {
                        if (!one.isBlank() && !places.contains(one.strip())) {
                            places.add(one.strip());
                        }
                    }
                }
            }
        }
        return List.copyOf(places);
    }

    /**
     * Proper names made only of everyday words that CLDR's regions do not give, so that neither
     * {@link #PLACES} nor the dictionary keeps them: regions of the world as English names them
     * ("Middle East" is no CLDR region; "Western Asia" is) and historical periods and events, which
     * are proper nouns (APA 7th ed., 6.14), and the institutions this field's titles name most,
     * whose names are proper nouns too ("The U.S. Army and the Salafi-jihadist threat", not "U.S.
     * army"). A title writing them names them: "the Middle East", not a middle east. Each word alone
     * is still judged as any other ("the East", "a cold war", "the army", "a security council").
     * And the one God of a faith, a proper noun wherever it stands (CMOS 8.94; "the gods" are
     * not), with the group that bears the name in English: "Party of God", Hezbollah's name
     * translated, which a title names as a proper noun ("Lebanon’s Party of God"; APA 6.14).
     */
    static final List<String> NAMED_IN_COMMON_WORDS = List.of(
            "Middle East", "Near East", "Far East", "Horn of Africa", "Persian Gulf", "Arabian Peninsula",
            "West Bank", "Gaza Strip", "North Caucasus", "Cold War", "Arab Spring", "World War I", "World War II",
            "First World War", "Second World War", "Gulf War", "Iran-Iraq War", "Six-Day War",
            "U.S. Army", "U.S. Navy", "U.S. Air Force", "U.S. Marine Corps", "U.S. Congress", "U.S. Senate",
            "Department of State", "State Department", "Department of Defense", "Defense Department",
            "Department of Homeland Security", "Central Intelligence Agency", "National Security Council",
            "Joint Chiefs of Staff", "Security Council", "General Assembly", "White House", "Supreme Court",
            "House of Representatives", "Foreign Office", "Home Office", "Red Cross", "Red Crescent",
            "God", "Party of God");

    /**
     * The languages whose names keep their capitals: each of ISO 639-1's (the JDK's list of
     * two-letter codes) by its English name in the Unicode CLDR, as ICU4J gives it ("Arabic",
     * "Kurdish", "Pashto", "Uyghur", "Haitian Creole"). In English a language's name is also the
     * adjective of many peoples and nations ("Chechen fighters", "Somali piracy", "Turkish
     * intelligence"), and a proper adjective keeps its capital in sentence case (APA 7th ed., 6.14).
     * Not "Afar" and "Ewe", which are everyday words as well ("from afar").
     */
    static final List<String> LANGUAGES = languages();

    private static List<String> languages() {
        LocaleDisplayNames english = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        Set<String> everyday = Set.of("Afar", "Ewe");
        Set<String> languages = new LinkedHashSet<>();
        for (String code : Locale.getISOLanguages()) {
            String name = english.languageDisplayName(code);
            // ICU gives the code back for a language it cannot name.
            if (!name.equals(code) && !everyday.contains(name)) {
                languages.add(name);
            }
        }
        return List.copyOf(languages);
    }

    /**
     * A proper name as its words: folded ({@link #fold}), and as written where a word must match
     * as written (an acronym's: {@link #acronym}), else "" there.
     */
    private record NameWords(List<String> folded, List<String> exact) {
        static NameWords of(String name) {
            List<String> folded = new ArrayList<>();
            List<String> exact = new ArrayList<>();
            Matcher word = WORD.matcher(name);
            while (word.find()) {
                folded.add(fold(word.group()));
                exact.add(acronym(word.group()) ? possessiveless(word.group()) : "");
            }
            return new NameWords(List.copyOf(folded), List.copyOf(exact));
        }

        int size() {
            return folded.size();
        }

        /** Whether the words {@code from} on of a text, {@code folded} and {@code written}, are this name's. */
        boolean matches(List<String> folded, List<String> written, int from) {
            if (from + size() > folded.size() || !folded.subList(from, from + size()).equals(this.folded)) {
                return false;
            }
            for (int j = 0; j < size(); j++) {
                if (!exact.get(j).isEmpty() && !exact.get(j).equals(possessiveless(written.get(from + j)))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Each proper name as its words, keyed by its first word folded; longest names first. */
    private final Map<String, List<NameWords>> names;

    private SentenceCase(Map<String, List<NameWords>> names) {
        this.names = names;
    }

    /**
     * Sentence case that keeps the capitals of {@code properNames} ("Islamic State", "Al Qaeda",
     * "Byman"), of the {@link #PLACES}, of what is {@link #NAMED_IN_COMMON_WORDS} and of the
     * {@link #LANGUAGES}.
     */
    public static SentenceCase keeping(Collection<String> properNames) {
        Map<String, List<NameWords>> names = new HashMap<>();
        List<String> all = new ArrayList<>(properNames);
        all.addAll(PLACES);
        all.addAll(NAMED_IN_COMMON_WORDS);
        all.addAll(LANGUAGES);
        for (String name : all) {
            NameWords words = NameWords.of(name);
            if (words.size() > 0 && !names.getOrDefault(words.folded().get(0), List.of()).contains(words)) {
                names.computeIfAbsent(words.folded().get(0), w -> new ArrayList<>()).add(words);
            }
        }
        names.values().forEach(list -> list.sort(Comparator.comparingInt((NameWords w) -> -w.size())));
        Map<String, List<NameWords>> frozen = new HashMap<>();
        names.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new SentenceCase(Map.copyOf(frozen));
    }

    /** The title in sentence case; its italic runs are left as written. */
    public Title apply(Title title) {
        List<Title.Run> runs = new ArrayList<>();
        boolean sentenceStart = true;
        for (Title.Run run : title.runs()) {
            if (run.italic()) {
                runs.add(run);
                sentenceStart = endsSentence(run.text(), false);
            } else {
                runs.add(new Title.Run(apply(run.text(), sentenceStart), false));
                sentenceStart = endsSentence(run.text(), sentenceStart);
            }
        }
        return new Title(runs);
    }

    /** {@code text} in sentence case; {@code sentenceStart} when it begins the title or a subtitle. */
    String apply(String text, boolean sentenceStart) {
        List<int[]> spans = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            spans.add(new int[] {word.start(), word.end()});
        }
        boolean[] kept = properNames(text, spans);
        StringBuilder out = new StringBuilder(text);
        boolean start = sentenceStart;
        int previousEnd = 0;
        String previous = "";
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            String between = text.substring(previousEnd, span[0]);
            if (startsSentence(between, previous)) {
                start = true;
            }
            String w = text.substring(span[0], span[1]);
            if (start) {
                if (!hasInnerCapital(w)) {
                    out.setCharAt(span[0], Character.toUpperCase(w.charAt(0)));
                }
            } else if (!kept[i] && !hasInnerCapital(w) && w.length() > 1 && !nextToParticle(text, spans, i)
                    && !EnglishWords.keepsCapital(w, beforeHyphen(text, span))) {
                out.setCharAt(span[0], Character.toLowerCase(w.charAt(0)));
            }
            start = false;
            previousEnd = span[1];
            previous = w;
        }
        return out.toString();
    }

    /**
     * The stretches of {@code text} whose capitals must survive any change of case, wherever they
     * stand: each run of words of the proper names this sentence case keeps ("Al Qaeda", whole),
     * each word with a capital after its first letter ("ISIS", "McDonald") and the pronoun "I".
     * The same judgement as {@link #apply}, for a format that changes case itself (BibTeX's braces);
     * the first word, which such formats capitalise anyway, is not marked for being first.
     *
     * @return {@code [start, end)} character offsets, in order, not overlapping
     */
    List<int[]> keptCapitals(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            spans.add(new int[] {word.start(), word.end()});
        }
        boolean[] names = properNames(text, spans);
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            String w = text.substring(span[0], span[1]);
            boolean capital = !w.equals(w.toLowerCase(Locale.ROOT));
            boolean name = capital && (names[i] || nextToParticle(text, spans, i)
                    || EnglishWords.keepsCapital(w, beforeHyphen(text, span)));
            if (!name && !hasInnerCapital(w) && !w.equals("I")) {
                continue;
            }
            int[] last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            // Words of one name ("Al Qaeda", "al-Qaeda") stay in one group.
            if (name && last != null && names[i - 1] && last[1] == spans.get(i - 1)[1]
                    && text.substring(last[1], span[0]).matches("[\\s\\-‐]+")) {
                last[1] = span[1];
            } else {
                kept.add(new int[] {span[0], span[1]});
            }
        }
        return kept;
    }

    /** Which words are part of a proper name the library lists. */
    private boolean[] properNames(String text, List<int[]> spans) {
        boolean[] kept = new boolean[spans.size()];
        List<String> written = spans.stream().map(s -> text.substring(s[0], s[1])).toList();
        List<String> folded = written.stream().map(SentenceCase::fold).toList();
        for (int i = 0; i < folded.size(); i++) {
            for (NameWords name : names.getOrDefault(folded.get(i), List.of())) {
                if (name.matches(folded, written, i) && joined(text, spans, i, i + name.size())) {
                    for (int j = i; j < i + name.size(); j++) {
                        kept[j] = true;
                    }
                    break;
                }
            }
        }
        return kept;
    }

    /**
     * Whether the words {@code from} to {@code to} (exclusive) stand together as one name's do:
     * only spaces, hyphens and the periods of initials between them ("U.S. Army"), never a colon
     * or a comma ("Failed State: Department of Defense" names no State Department).
     */
    private static boolean joined(String text, List<int[]> spans, int from, int to) {
        for (int j = from; j + 1 < to; j++) {
            for (int c = spans.get(j)[1]; c < spans.get(j + 1)[0]; c++) {
                char between = text.charAt(c);
                if (!Character.isWhitespace(between) && between != '-' && between != '‐' && between != '.') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the word {@code i} stands next to a particle of a name as written ({@link
     * Name#IN_TITLES}): after it ("bin Laden", "al-Baghdadi"), or before one that comes before a
     * capital ("Martin van Creveld"). Either is a name, and keeps its capital whatever else it
     * means ("laden", "martin").
     */
    private static boolean nextToParticle(String text, List<int[]> spans, int i) {
        if (i > 0 && particle(text, spans, i - 1) && text.substring(spans.get(i - 1)[1], spans.get(i)[0]).matches("[\\s\\-‐]+")) {
            return true;
        }
        return i + 2 < spans.size() && particle(text, spans, i + 1)
                && text.substring(spans.get(i)[1], spans.get(i + 1)[0]).isBlank()
                && text.substring(spans.get(i + 1)[1], spans.get(i + 2)[0]).isBlank()
                && Character.isUpperCase(text.charAt(spans.get(i + 2)[0]));
    }

    private static boolean particle(String text, List<int[]> spans, int i) {
        return Name.IN_TITLES.contains(text.substring(spans.get(i)[0], spans.get(i)[1]));
    }

    /** Whether a hyphen joins the word at {@code span} to the next ("Socio-economic"). */
    private static boolean beforeHyphen(String text, int[] span) {
        return span[1] + 1 < text.length() && (text.charAt(span[1]) == '-' || text.charAt(span[1]) == '‐')
                && Character.isLetterOrDigit(text.charAt(span[1] + 1));
    }

    /** A colon, an em dash or end punctuation before the word starts a subtitle or sentence; an initial's period does not. */
    private static boolean startsSentence(String between, String previous) {
        String marks = between.strip();
        if (marks.contains(":") || marks.contains("—") || marks.contains("?") || marks.contains("!")) {
            return true;
        }
        return marks.startsWith(".") && previous.length() > 1;
    }

    private static boolean endsSentence(String text, boolean startedEmpty) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return startedEmpty;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == ':' || last == '—' || last == '?' || last == '!';
    }

    /** "ISIS", "McDonald", "al-Qaeda's" stay as written; so does a word with a digit after its first letter ("9/11" is two words). */
    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of a name is an acronym, written in capitals only ("IS", "ISIL", "AQAP"; not
     * "I" or an initial): it names the group only so written, and is matched as written, so that
     * the verb "Is" of a title in title case is not the Islamic State's "IS".
     */
    private static boolean acronym(String word) {
        String bare = possessiveless(word);
        return bare.codePoints().filter(Character::isLetter).count() > 1
                && bare.codePoints().noneMatch(Character::isLowerCase);
    }

    /** A word without a possessive's "’s" or "'s" ("ISIS’s" as "ISIS"), the apostrophe plain. */
    private static String possessiveless(String word) {
        String plain = word.replace('’', '\'');
        return plain.length() > 2 && (plain.endsWith("'s") || plain.endsWith("'S")) ? plain.substring(0, plain.length() - 2) : plain;
    }

    /** A word as names are matched: lower case, the apostrophe plain, a possessive as its word ("State’s" as "state"). */
    private static String fold(String word) {
        String folded = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return folded.endsWith("'s") && folded.length() > 2 ? folded.substring(0, folded.length() - 2) : folded;
    }
}
