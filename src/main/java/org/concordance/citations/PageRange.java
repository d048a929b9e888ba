package org.concordance.citations;

import java.util.Objects;
import java.util.Optional;

/**
 * The pages a work or a document spans, as the formats that give a first and a last page need
 * them: "315–16" as the Chicago Manual abbreviates it (9.64) is pages 315 to 316, which RIS's
 * {@code EP}, Highwire's {@code citation_lastpage} and BibTeX's {@code pages} must say in full (an
 * end page of 16 before a start page of 315 is what a reference manager stored).
 *
 * @param first the first page as written ("315", "xii", "e12")
 * @param last the last page in full, when a range is given
 */
record PageRange(String first, Optional<String> last) {
    PageRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
    }

    /**
     * The range {@code pages} writes: two pages joined by a hyphen or an en dash, the last written
     * in full when it was shortened ("315-16", "1101–9"); a single page as it is.
     */
    static PageRange of(String pages) {
        String[] range = pages.strip().split("\\s*[-–]+\\s*", 2);
        if (range.length < 2 || range[1].isEmpty()) {
            return new PageRange(range[0], Optional.empty());
        }
        String first = range[0];
        String last = range[1];
        if (digits(first) && digits(last) && last.length() < first.length()) {
            String full = first.substring(0, first.length() - last.length()) + last;
            if (Long.parseLong(full) > Long.parseLong(first)) {
                last = full;
            }
        }
        return new PageRange(first, Optional.of(last));
    }

    /** The range as BibTeX writes it: "315--316"; a single page alone. */
    String bibtex() {
        return last.map(l -> first + "--" + l).orElse(first);
    }

    private static boolean digits(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
