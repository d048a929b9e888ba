package org.concordance.citations;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Chicago note says of a web page between its title and its address: the site (or its
 * owner), the date it was published or last modified, and the date the writer accessed it, each as
 * the note writes it. The Chicago Manual of Style (17th ed., 14.206) gives the forms: “About Yale:
 * Yale Facts,” Yale University, accessed May 1, 2017, https://…; “Privacy Policy,” Privacy &amp;
 * Terms, Google, last modified April 17, 2017, https://….
 *
 * @param site the words before the first date ("Privacy & Terms, Google"); empty when none
 * @param date the date it was published or last modified ("April 17, 2017", "2017"); empty when
 *     the note gives none, as for a page cited with its access date only
 * @param accessed the date after "accessed" ("May 1, 2017"); never the publication date
 */
record WebPageFacts(Optional<String> site, Optional<String> date, Optional<String> accessed) {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String DATE = "(?:" + MONTH + "\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+" + MONTH + "\\s+\\d{4}|"
            + MONTH + "\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4})";
    /** A date standing as one of the note's comma-separated parts, with the words that say which date it is. */
    private static final Pattern PART = Pattern.compile("(?:^|,\\s*)(?:(accessed|last modified|modified|updated|published"
            + "|posted)\\s+)?(" + DATE + ")(?=\\s*(?:,|$))", Pattern.CASE_INSENSITIVE);

    /** Reads the plain words between a web page's title and its address, without their end punctuation. */
    static WebPageFacts read(String between) {
        String text = between.strip();
        Matcher part = PART.matcher(text);
        String site = text;
        String date = null;
        String accessed = null;
        boolean first = true;
        while (part.find()) {
            if (first) {
                site = text.substring(0, part.start());
                first = false;
            }
            boolean access = part.group(1) != null && part.group(1).toLowerCase(Locale.ROOT).equals("accessed");
            if (access && accessed == null) {
                accessed = part.group(2);
            } else if (!access && date == null) {
                date = part.group(2);
            }
        }
        site = site.strip().replaceFirst("[,.]$", "").strip();
        return new WebPageFacts(site.isEmpty() ? Optional.empty() : Optional.of(site), Optional.ofNullable(date),
                Optional.ofNullable(accessed));
    }
}
