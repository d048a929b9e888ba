package org.concordance.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page ranges written as a style writes them, for the pages a note or in-text citation cites:
 * citeproc-java 3.5 formats the {@code page} variable by the style's {@code page-range-format} but
 * prints a locator as given, and its formatter gets roman ranges ("iv–iv" for "iv-v") and MLA's
 * "at least two digits" ("101–8" for "101–08") wrong. Every range gets an en dash; arabic ranges
 * are shortened by the style's rule:
 *
 * <ul>
 *   <li>{@code chicago-16} (Chicago 17th ed., 9.61): 1–20, 100–104, 101–8, 321–28, 1496–500;</li>
 *   <li>{@code minimal-two} (MLA 9th ed.): 21–32, 91–136, 401–08, 321–28;</li>
 *   <li>{@code expanded} (APA 7th ed.): every digit, 315–316.</li>
 * </ul>
 * Anything else ("iv-v", "12n3") keeps its characters, with an en dash for its hyphen.
 */
final class PageRanges {
    private static final Pattern RANGE = Pattern.compile("\\s*([^\\s,–—-]+)\\s*[-–—]+\\s*([^\\s,–—-]+)\\s*");
    private static final Pattern ARABIC = Pattern.compile("\\d+");

    private PageRanges() {
    }

    /** {@code pages} ("315-316", "iv-v", "12, 14-18") in the style's page-range format ("expanded" when unknown). */
    static String format(String pages, String format) {
        List<String> parts = new ArrayList<>();
        for (String part : pages.split(",")) {
            Matcher range = RANGE.matcher(part);
            if (!range.matches()) {
                parts.add(part.strip());
                continue;
            }
            // Written in full first ("315-16" is 315 to 316), then shortened as the style says.
            String first = range.group(1);
            String last = PageRange.of(first + "-" + range.group(2)).last().orElse(range.group(2));
            boolean arabic = ARABIC.matcher(first).matches() && ARABIC.matcher(last).matches()
                    && first.length() <= 9 && last.length() <= 9;
            parts.add(first + "–" + (arabic ? shorten(first, last, format) : last));
        }
        return String.join(", ", parts);
    }

    private static String shorten(String first, String last, String format) {
        int start = Integer.parseInt(first);
        if (last.length() != first.length() || Integer.parseInt(last) <= start) {
            return last;
        }
        return switch (format) {
            case "chicago-16" -> start < 100 || start % 100 == 0 ? last : keep(first, last, start % 100 < 10 ? 1 : 2);
            case "minimal-two" -> keep(first, last, 2);
            case "minimal" -> keep(first, last, 1);
            default -> last;
        };
    }

    /** {@code last} without the leading digits it shares with {@code first}, keeping at least {@code digits}. */
    private static String keep(String first, String last, int digits) {
        int same = 0;
        while (same < last.length() && first.charAt(same) == last.charAt(same)) {
            same++;
        }
        return last.substring(Math.min(same, Math.max(0, last.length() - digits)));
    }
}
