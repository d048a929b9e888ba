package org.concordance.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
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
     * @return the units that begin a page: each kept unit after a page number or a running head that
     *     stood alone (a text copied from a PDF, where a page's notes stand at its foot, above its
     *     number or the next page's head);
     *     compared by identity, so a unit replaced later no longer counts
     */
    static Set<Unit> remove(List<Unit> units, Predicate<String> runningHead, Report report) {
        Set<Unit> pageStarts = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean pageEnded = false;
        int textSoFar = 0;
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            List<String> lines = List.of(unit.raw().split("\n", -1));
            List<String> kept = new ArrayList<>();
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
            if (replace(units, u, unit, kept, lines.size())) {
                u--;
            } else if (pageEnded) {
                pageStarts.add(units.get(u));
                pageEnded = false;
            }
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
