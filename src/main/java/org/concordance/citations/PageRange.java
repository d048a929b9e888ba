package org.concordance.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pages a work or a document spans, as the formats that give a first and a last page need
 * them: "315–16" as the Chicago Manual abbreviates it (9.64) is pages 315 to 316, which RIS's
 * {@code EP}, Highwire's {@code citation_lastpage} and BibTeX's {@code pages} must say in full (an
 * end page of 16 before a start page of 315 is what a reference manager stored), and which each
 * style then shortens its own way ({@link PageRanges}).
 *
 * @param first the first page as written ("315", "xii", "e12")
 * @param last the last page in full, when a range is given; for pages in parts ("12–14, 18–20"),
 *     the last part's
 * @param parts each part of the pages as a range of its own, the last page of each in full
 */
record PageRange(String first, Optional<String> last, List<String[]> parts) {
    PageRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        parts = List.copyOf(parts);
    }

    /**
     * The range {@code pages} writes: pages joined by a hyphen, an en dash or an em dash, the last
     * written in full when it was shortened ("315-16", "1101–9"); a single page as it is; parts
     * after commas each so ("12–14, 18–20").
     */
    static PageRange of(String pages) {
        List<String[]> parts = new ArrayList<>();
        for (String part : pages.split(",")) {
            if (!part.isBlank()) {
                parts.add(part(part));
            }
        }
        if (parts.isEmpty()) {
            return new PageRange(pages.strip(), Optional.empty(), List.of());
        }
        String[] head = parts.get(0);
        String[] tail = parts.get(parts.size() - 1);
        Optional<String> last = tail.length > 1 ? Optional.of(tail[1]) : parts.size() > 1 ? Optional.of(tail[0]) : Optional.empty();
        return new PageRange(head[0], last, parts);
    }

    /** One part: its first page, and its last in full when it is a range. */
    private static String[] part(String written) {
        String[] range = written.strip().split("\\s*[-–—]+\\s*", 2);
        if (range.length < 2 || range[1].isEmpty()) {
            return new String[] {range[0]};
        }
        String first = range[0];
        String last = range[1];
        if (digits(first) && digits(last) && last.length() < first.length()) {
            String full = first.substring(0, first.length() - last.length()) + last;
            if (Long.parseLong(full) > Long.parseLong(first)) {
                last = full;
            }
        }
        return new String[] {first, last};
    }

    /** The pages as BibTeX writes them: "315--316", "12--14, 18--20"; a single page alone. */
    String bibtex() {
        List<String> written = new ArrayList<>();
        for (String[] part : parts) {
            written.add(part.length > 1 ? part[0] + "--" + part[1] : part[0]);
        }
        return written.isEmpty() ? first : String.join(", ", written);
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
