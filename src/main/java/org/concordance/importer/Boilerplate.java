package org.concordance.importer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture that web and PDF copies carry along with an article: comment widgets, share
 * buttons, "You May Also Like", page numbers, a visitor counter glued to the first line. Each rule
 * matches a whole line, never part of a sentence, so no sentence of the text is ever touched.
 */
final class Boilerplate {
    /** Lines after which a blog page has only comments, related posts and widgets. */
    private static final List<Rule> TAIL = List.of(
            new Rule("comment count", "\\d+\\s+(comments?|responses?|replies|thoughts? on .*)"),
            new Rule("comment form", "(leave a (reply|comment)|post a comment|add (a|your) comment|join the discussion)( to [^.!?,]{1,100})?:?"),
            new Rule("related posts", "(you (may|might) also like|related (posts?|articles?|stories|reading|content)"
                    + "|more (from|on) this|read (more|next)|recommended( for you)?|further reading on (this|our) (site|blog)):?"),
            new Rule("events widget", "(forthcoming|upcoming) events:?"),
            new Rule("post navigation", "post navigation|previous (post|article)|next (post|article)"));

    /**
     * Single lines of furniture that can stand anywhere. A share line is one of them, not a page's tail:
     * WordPress prints its buttons under the post, above the notes and the author's biography; the
     * network names below it, one a line, are share buttons of their own.
     */
    private static final List<Rule> LINES = List.of(
            new Rule("share buttons", "(share|like) this:?((\\s*[,|·•]?\\s*(facebook|twitter|x|linkedin|reddit|whatsapp|email|e-mail|print"
                    + "|pinterest|telegram|tumblr|pocket|mastodon|bluesky|threads|more))*)"),
            new Rule("share button", "(share|tweet|email|e-mail|print|pin( it)?|facebook|twitter|x|linkedin|reddit|whatsapp"
                    + "|telegram|pocket|copy link|share on (facebook|twitter|x|linkedin|reddit|whatsapp|email))"),
            new Rule("share buttons", "((share|facebook|twitter|linkedin|email|print|reddit|whatsapp)[\\s|·•/]*){2,}"),
            new Rule("comment notice", "your email address will not be published\\.?( required fields are marked \\*)?"),
            new Rule("comment notice", "required fields are marked \\*"),
            new Rule("navigation", "(skip to (main )?content|menu|search|home|toggle navigation|close menu)"),
            new Rule("advertisement", "(advertisement|sponsored( content)?|ad)"),
            new Rule("subscription prompt", "(subscribe( now)?|sign up( for (our|the) newsletter)?|subscribe to (our|the) newsletter)\\.?"),
            new Rule("subscription prompt", "(thanks for reading [^.!?]{1,80}[.!] )?subscribe (for free |now |today )?to (receive|get|support)"
                    + " [^.!?]{1,80}[.!]?"),
            new Rule("reading time", "\\d+\\s+min(ute)?s?\\s+read"),
            new Rule("categories", "(posted|filed) (in|under):? .{1,120}"),
            // A blog's post details with a user name, not an author's ("Posted by admin in Uncategorized"); a
            // name of two words or more is left to be read as a byline.
            new Rule("categories", "posted (on [^.!?]{1,40} )?by [\\p{L}\\p{N}_.-]{1,40} (in|under):? .{1,120}"),
            new Rule("tags", "tags?:\\s*.{1,200}"),
            new Rule("loading notice", "loading\\.{3}|loading…"),
            // A cookie banner as sites word it: it begins by saying the site uses cookies, or ends with its button.
            new Rule("cookie notice", "((we|this (site|website)|our (site|website)) uses? cookies\\b.*|.*\\bcookies?\\b.*\\b(accept"
                    + "( all)?( cookies)?|got it|i agree|allow( all)?( cookies)?|(manage|cookie) (settings|preferences))\\.?)"),
            // A publisher's stamp on each page of a PDF ("Downloaded by [University Library] at 10:14 03 March 2020",
            // "Downloaded from https://academic.oup.com/… by guest on 1 May 2020"): capitalised, as it is printed.
            new Rule("download stamp", "(?-i:Downloaded) (by \\[[^\\]]{1,100}\\]|from (https?://)?[\\w.-]+\\.[a-z]{2,}\\S*)(\\s.{0,120})?"));
    /** Words of a site's menu: a line of them, each capitalised, is its navigation ("Home About Research Contact"). */
    private static final Set<String> MENU_WORDS = Set.of("home", "about", "contact", "research", "events", "news", "blog",
            "publications", "experts", "programs", "programmes", "topics", "regions", "donate", "subscribe", "login", "search",
            "menu", "commentary", "analysis", "podcasts", "careers", "press", "media", "projects", "people", "team", "support",
            "newsletter", "shop", "store", "faq", "help", "archive", "archives", "magazine", "multimedia", "videos", "opinion");

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(page\\s+)?\\d{1,4}(\\s+of\\s+\\d{1,4})?|[-–—]\\s*\\d{1,4}\\s*[-–—]|p\\.\\s*\\d{1,4}");
    /** A run of digits glued to a capital letter at the start of a line: a visitor counter or an icon's label. */
    private static final Pattern GLUED_NUMBER = Pattern.compile("^(\\d{3,})(?=\\p{Lu}\\p{Ll})");

    private Boilerplate() {
    }

    /** What kind of page furniture {@code line} is when it starts the tail of a blog page. */
    static Optional<String> tail(String line) {
        return match(TAIL, line);
    }

    /** What kind of page furniture {@code line} is, when it is some. */
    static Optional<String> line(String line) {
        return match(LINES, line).or(() -> match(TAIL, line)).or(() -> menu(line) ? Optional.of("navigation") : Optional.empty());
    }

    /**
     * A site's menu on one line: three or more words, each capitalised and alone (separators such as
     * "|" or "·" aside), at least two and at least half of them the words menus use.
     */
    private static boolean menu(String line) {
        if (line.length() > 200) {
            return false;
        }
        String[] words = Prose.collapse(line).strip().split("[\\s|·•/]+");
        int menuWords = 0;
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)) || !word.chars().allMatch(Character::isLetter)) {
                return false;
            }
            if (MENU_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                menuWords++;
            }
        }
        return words.length >= 3 && menuWords >= 2 && menuWords * 2 >= words.length;
    }

    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line.strip()).matches();
    }

    /** The stray number glued to the first word of {@code line} ("15818Today" gives "15818"). */
    static Optional<String> gluedNumber(String line) {
        Matcher matcher = GLUED_NUMBER.matcher(line);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Optional<String> match(List<Rule> rules, String line) {
        if (line.length() > 400) {
            return Optional.empty();
        }
        String text = Prose.collapse(line).strip();
        if (text.length() > 200) {
            return Optional.empty();
        }
        return rules.stream().filter(rule -> rule.pattern.matcher(text).matches()).map(rule -> rule.what).findFirst();
    }

    private record Rule(String what, Pattern pattern) {
        Rule(String what, String regex) {
            this(what, Pattern.compile("(?iu)" + regex));
        }
    }
}
