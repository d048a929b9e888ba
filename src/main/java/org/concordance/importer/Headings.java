package org.concordance.importer;

import org.concordance.content.Sentences;
import java.util.List;

/**
 * Section headings in text that does not mark them: a short line of its own, without closing
 * punctuation, standing before a paragraph ("Process Goals").
 */
final class Headings {
    private static final int MAX_WORDS = 12;
    private static final int MAX_LENGTH = 90;

    private Headings() {
    }

    /** Marks the units that are headings, in place. */
    static void mark(List<Unit> units, Report report) {
        int found = 0;
        for (int i = 0; i + 1 < units.size(); i++) {
            Unit unit = units.get(i);
            Unit next = units.get(i + 1);
            if (unit.role() == Unit.Role.TEXT && isHeadingLike(unit) && !next.isHeading() && !isHeadingLike(next)
                    && unit.prose().labels().isEmpty()) {
                units.set(i, new Unit(Unit.Role.HEADING2, unit.raw(), unit.prose()));
                found++;
            }
        }
        if (found > 0) {
            report.found(found == 1 ? "1 section heading" : found + " section headings");
        }
    }

    static boolean isHeadingLike(Unit unit) {
        String text = unit.text();
        if (!unit.singleLine() || text.isEmpty() || text.length() > MAX_LENGTH || text.split("\\s+").length > MAX_WORDS) {
            return false;
        }
        int first = text.codePointAt(0);
        boolean opens = Character.isUpperCase(first) || Character.isDigit(first) || Character.isLetter(first)
                && !Character.isLowerCase(first);
        // A heading ends without a sentence's end in any script ("。", "।", "؟" too: Sentences), a
        // comma, a semicolon or a closing quotation mark or bracket.
        return opens && !Sentences.ends(text, true) && !text.matches(".*[,;”\"’')\\]]$") && !text.matches("[\\d\\s.,:;–-]+");
    }
}
