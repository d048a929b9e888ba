package org.concordance.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts around an article's text that say who wrote it and what it shows: a byline ("Guest
 * post by Assaf Moghadam."), an editor's introduction ("Today we have a guest post from Tricia
 * Bacon…"), a photo caption ("… Photo via The U.S. Army.") and the author's biography at the end
 * ("Assaf Moghadam is Associate Professor…"). Names are taken only as the text prints them.
 */
final class Bylines {
    /**
     * A personal name as printed: capitalised words, initials, and the particles names carry; in a
     * script without capitals (Arabic, Devanagari, Chinese…), words of its letters ({@code \p{Lo}}).
     */
    static final String NAME = "[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}'’.-]*(?:\\s+(?:[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}'’.-]*|de|da|del|della|der|den|van|von"
            + "|al-\\p{L}+|el-\\p{L}+|bin|ibn|la|le|du|dos|y)){0,4}";
    /** An English month as pages print it, in full or shortened ("Sept."). */
    static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** Between names: a comma, "and" (or Russian "и", Ukrainian "і", German "und", French "et"), "&", Chinese "、". */
    private static final String AND = "(?:\\s*[,、]\\s*(?:and\\s+)?|\\s+(?:and|и|і|und|et)\\s+|\\s*&\\s*)";
    private static final String NAMES = "(?<names>" + NAME + "(?:" + AND + NAME + ")*)";
    /**
     * The words other languages print where English prints "By" and whose word is found only there:
     * Arabic "بقلم" ("by the pen of"), Hebrew "מאת"; with a colon, Russian and Ukrainian "Автор:"
     * ("Авторы:", "Автори:"), Chinese "作者：" and Japanese "著者："; Chinese "文／" ("text /").
     */
    private static final String OTHER_BY = "بقلم\\s*:?\\s+|מאת\\s*:?\\s+|(?:автор(?:ы|и|ка)?|作者|著者)\\s*[:：]\\s*"
            + "|(?:撰文|文)\\s*[／/]\\s*";
    /**
     * Words for "by" that also open ordinary lines (French "Par", German "Von", Spanish and Portuguese
     * "Por", Italian "Di"): a byline only before whole names of two words or more ("Von Anna Schmidt",
     * never "Von Braun" nor "Par ailleurs").
     */
    private static final String AMBIGUOUS_BY = "(?<ambiguous>par|von|por|di)\\s*:?\\s+";
    private static final Pattern BYLINE = Pattern.compile("(?iu)(?:(?:(?:a\\s+)?guest\\s+(?:post|article|essay|blog)\\s+by"
            + "|(?:posted|written|words|text|report|article|essay)\\s+by|by)\\s*:?\\s+|" + OTHER_BY + "|" + AMBIGUOUS_BY
            + ")(?-i)" + NAMES + "\\s*\\.?"
            // A web page's byline often ends with the date after a middle dot or a bar ("By Ana López · March 15, 2021").
            + "(?:\\s*[·•|—–]\\s*[\\p{L}\\p{N} ,./-]{0,40}?\\b\\d{4}\\b\\.?"
            // or after a comma, when what follows is a date and nothing else ("By Omar Example, May 4, 2022").
            + "|\\s*,\\s*(?:" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4})\\.?)?");
    private static final Pattern INTRODUCTION = Pattern.compile("(?iu)^(?:today,?\\s+we\\s+(?:have|bring\\s+you|are\\s+"
            + "(?:pleased|happy|delighted|glad)\\s+to)|(?:this|the\\s+following)\\s+is\\s+a\\s+guest\\s+"
            + "|in\\s+this\\s+guest\\s+(?:post|article|essay)|editor[’']?s?\\s+note\\b|we\\s+are\\s+(?:pleased|happy|delighted|glad)\\s+to)");
    private static final Pattern GUEST = Pattern.compile("(?iu)guest\\s+(?:post|article|essay|contribution)\\s+(?:by|from)\\s+(?-i)"
            + "(?<name>" + NAME + ")");
    private static final Pattern CREDIT = Pattern.compile("(?iu)\\b(?:photo(?:graph)?|image|picture|illustration|graphic|map)s?"
            + "\\s*(?:via|by|credit|courtesy|source)\\b|\\b(?:photo\\s+)?(?:credit|source|courtesy)\\s*:|\\bphoto:\\s"
            + "|\\((?:photo|image)\\b|\\b(?:getty images|reuters|ap photo|afp|shutterstock|wikimedia commons|flickr)\\b");
    private static final Pattern ROLE = Pattern.compile("(?iu)^(?<name>" + NAME + ")\\s+(?:is|was)\\s+(?:(?:a|an|the|currently"
            + "|now|also)\\s+)*(?:[\\p{L}-]+\\s+){0,3}(?:professor|lecturer|fellow|director|researcher|analyst|scholar|student"
            + "|candidate|journalist|author|editor|writer|officer|chair|dean|expert|consultant|associate|head|founder|reader"
            + "|instructor|adviser|advisor|specialist|scientist|historian|economist|member)\\b");

    private Bylines() {
    }

    private static final Pattern NAMES_LINE = Pattern.compile(NAME + "(?:" + AND + NAME + ")*");

    /**
     * A line of names alone, as printed under a title ("Ousmane Diallo and Sophie de la Tour"): each
     * name of two words or more, so a heading of one word is never taken for one.
     */
    static Optional<Byline> namesLine(String line) {
        String text = Prose.collapse(line).strip();
        if (text.split("\\s+").length > 16 || !NAMES_LINE.matcher(text).matches()) {
            return Optional.empty();
        }
        return byline("By " + text).map(found -> new Byline(text, found.authors()))
                .filter(found -> found.authors().stream().allMatch(name -> name.contains(" ")));
    }

    /**
     * The byline of what a page marks as its author, with or without "By" ("Kim Park", "By Kim
     * Park"): Readability's byline, an element a theme classes as the author.
     */
    static Optional<Byline> ofAuthor(String marked) {
        String text = marked.strip();
        return byline(text.toLowerCase(Locale.ROOT).startsWith("by ") ? text : "By " + text);
    }

    /** A byline and the names it gives, when {@code line} is one. */
    static Optional<Byline> byline(String line) {
        String text = Prose.collapse(line).strip();
        if (text.length() > 200) {
            return Optional.empty();
        }
        Matcher matcher = BYLINE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<String> authors = names(matcher.group("names"));
        if (matcher.group("ambiguous") != null && !authors.stream().allMatch(name -> name.contains(" "))) {
            return Optional.empty();
        }
        return Optional.of(new Byline(text, authors));
    }

    /** Whether a paragraph is an editor's introduction to someone else's text. */
    static boolean isIntroduction(String paragraph) {
        return INTRODUCTION.matcher(Prose.collapse(paragraph).strip()).find();
    }

    /** The guest author an introduction names ("a guest post from Tricia Bacon—…" gives Tricia Bacon). */
    static Optional<String> guest(String paragraph) {
        Matcher matcher = GUEST.matcher(Prose.collapse(paragraph));
        return matcher.find() ? Optional.of(trimName(matcher.group("name"))) : Optional.empty();
    }

    /** Whether a short paragraph credits a photo or image, which makes it a caption. */
    static boolean isCaption(String paragraph) {
        String text = Prose.collapse(paragraph).strip();
        return text.length() <= 500 && CREDIT.matcher(text).find();
    }

    /**
     * Whether a paragraph is an author's biography: it opens with one of {@code authors} (or, when
     * none is known, with a name) followed by what they are ("… is Associate Professor at …").
     */
    static boolean isBiography(String paragraph, List<String> authors) {
        String text = Prose.collapse(paragraph).strip();
        for (String author : authors) {
            if (text.startsWith(author + " is ") || text.startsWith(author + " was ") || text.startsWith(author + ", ")
                    && text.length() > author.length() + 2 && Character.isLowerCase(text.charAt(author.length() + 2))) {
                return true;
            }
        }
        return authors.isEmpty() && ROLE.matcher(text).find();
    }

    private static List<String> names(String names) {
        List<String> list = new ArrayList<>();
        for (String name : names.split(AND)) {
            String trimmed = trimName(name);
            if (!trimmed.isEmpty()) {
                list.add(trimmed);
            }
        }
        return list;
    }

    /** A name without the punctuation a sentence left on it ("Bacon." gives "Bacon"), initials kept. */
    static String trimName(String name) {
        String trimmed = name.strip();
        while (trimmed.endsWith(".") || trimmed.endsWith(",") || trimmed.endsWith("-")) {
            // Keep a final initial's period ("John Q.") but not a sentence's.
            String last = trimmed.substring(trimmed.lastIndexOf(' ') + 1);
            if (trimmed.endsWith(".") && last.length() == 2 && Character.isUpperCase(last.charAt(0))) {
                break;
            }
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed;
    }

    static boolean sameName(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    /** A byline as printed, and the authors it names. */
    record Byline(String text, List<String> authors) {
        Byline {
            authors = List.copyOf(authors);
        }
    }
}
