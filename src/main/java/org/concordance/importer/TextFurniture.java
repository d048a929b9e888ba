package org.concordance.importer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Takes page furniture out of a text, line by line: a blog page's tail (comment count, comment
 * form, related posts and all that follows), share buttons and notices, running heads and bare page
 * numbers. Each removed line is reported.
 */
final class TextFurniture {
    /** The tail of a page is furniture only once the article has begun; before that it is a stray line. */
    private static final int ARTICLE_BEGUN = 300;
    private static final int REPORTED_TAIL_LINES = 8;

    private TextFurniture() {
    }

    /**
     * Removes furniture from {@code units} in place.
     *
     * @param runningHead says whether a line is a running head (and keeps what it states)
     * @return where pages begin (a text copied from a PDF, where a page's notes stand at its foot,
     *     above its number or the next page's head): each kept unit that holds a page's start, with
     *     the offsets in its raw text where a page begins: 0 for a unit after a page number or a
     *     running head that stood alone, or that begins with a head; else the line after a running
     *     head taken out of it, where the notes at the foot of the page before end;
     *     compared by identity, so a unit replaced later no longer counts
     */
    static Map<Unit, List<Integer>> remove(List<Unit> units, Predicate<String> runningHead, Report report) {
        Map<Unit, List<Integer>> pageStarts = new IdentityHashMap<>();
        boolean pageEnded = false;
        int textSoFar = 0;
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            List<String> lines = List.of(unit.raw().split("\n", -1));
            List<String> kept = new ArrayList<>();
            List<Integer> within = new ArrayList<>();
            for (int l = 0; l < lines.size(); l++) {
                String line = lines.get(l).strip();
                if (line.isEmpty()) {
                    continue;
                }
                Optional<String> tail = Boilerplate.tail(line);
                if (tail.isPresent() && textSoFar >= ARTICLE_BEGUN) {
                    cutTail(units, u, lines.subList(l, lines.size()), report);
                    replace(units, u, unit, kept, lines.size());
                    return pageStarts;
                }
                boolean wholeUnit = lines.size() == 1;
                boolean structured = unit.role() != Unit.Role.TEXT;
                if (structured && !wholeUnit) {
                    kept.add(lines.get(l));
                    continue;
                }
                if (runningHead.test(line)) {
                    report.removed("running head", line);
                    // A page's head at a unit's start (of plain text): the page begins with what follows it.
                    pageEnded |= !structured && kept.isEmpty();
                    if (!structured && !kept.isEmpty()) {
                        // Within a unit: the page begins at the next line kept ("\n" joins them).
                        within.add(kept.stream().mapToInt(k -> k.length() + 1).sum());
                    }
                } else if (!structured && Boilerplate.isPageNumber(line)) {
                    report.removed("page number", line);
                    pageEnded |= wholeUnit;
                } else if (Boilerplate.line(line).isPresent()) {
                    report.removed(Boilerplate.line(line).get(), line);
                } else {
                    kept.add(lines.get(l));
                    textSoFar += line.length();
                }
            }
            int length = String.join("\n", kept).length();
            boolean headLast = within.removeIf(at -> at > length); // the next unit begins the page
            if (replace(units, u, unit, kept, lines.size())) {
                u--;
                continue;
            }
            if (pageEnded) {
                within.add(0, 0);
                pageEnded = false;
            }
            if (!within.isEmpty()) {
                pageStarts.put(units.get(u), List.copyOf(within));
            }
            pageEnded = headLast;
        }
        return pageStarts;
    }

    /**
     * Puts back what is kept of a unit; true when nothing was kept and the unit is gone. A unit of
     * note markers alone (a heading holding only its note's marker) has no line of text, but is kept.
     */
    private static boolean replace(List<Unit> units, int u, Unit unit, List<String> kept, int lineCount) {
        if (kept.isEmpty() && unit.raw().isBlank() && !unit.prose().labels().isEmpty()) {
            return false;
        }
        if (kept.isEmpty()) {
            units.remove(u);
            return true;
        }
        if (kept.size() != lineCount) {
            units.set(u, unit.role() == Unit.Role.TEXT ? Unit.text(String.join("\n", kept)) : unit);
        }
        return false;
    }

    private static void cutTail(List<Unit> units, int from, List<String> firstLines, Report report) {
        List<String> removed = new ArrayList<>(firstLines);
        for (int u = from + 1; u < units.size(); u++) {
            removed.addAll(List.of(units.get(u).raw().split("\n")));
        }
        removed.removeIf(String::isBlank);
        String what = Boilerplate.tail(removed.get(0).strip()).orElse("page tail");
        for (int i = 0; i < Math.min(REPORTED_TAIL_LINES, removed.size()); i++) {
            report.removed(i == 0 ? what + " (and the rest of the page after it)" : "after it", removed.get(i));
        }
        if (removed.size() > REPORTED_TAIL_LINES) {
            report.removedAmount("after it", (removed.size() - REPORTED_TAIL_LINES) + " more lines");
        }
        while (units.size() > from + 1) {
            units.remove(units.size() - 1);
        }
    }
}
