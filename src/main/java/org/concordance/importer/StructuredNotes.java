package org.concordance.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks notes a format found by structure (a web page's footnote list, a PDF's page feet) against
 * the markers in the text: a marker without a note becomes text again, a note without a marker is
 * kept as a paragraph at the end, and each is reported.
 */
final class StructuredNotes {
    private StructuredNotes() {
    }

    /**
     * The notes in the order of their first marker, and those no marker cites (as paragraphs with
     * their label); markers without a note become text in {@code units}, in place.
     *
     * @param onTitle the labels of the markers that stood on the title, taken out of the text with it:
     *     their notes are kept as paragraphs with their label, as uncited ones are, and said so
     * @throws ImportFailure when there are notes and no marker cites any, or markers and no notes
     */
    static NoteFinder.Notes check(List<Unit> units, List<Draft.Note> notes, List<String> onTitle, Report report)
            throws ImportFailure {
        Map<String, Draft.Note> byLabel = new LinkedHashMap<>();
        notes.forEach(note -> byLabel.putIfAbsent(note.label(), note));
        Set<String> cited = new LinkedHashSet<>();
        for (Unit unit : units) {
            cited.addAll(unit.prose().labels());
        }
        if (!byLabel.isEmpty() && cited.stream().noneMatch(byLabel::containsKey) && onTitle.stream().noneMatch(byLabel::containsKey)) {
            throw new ImportFailure("the text has " + count(byLabel.size()) + " but no marker in the text cites them:"
                    + " mark where each note belongs and import again");
        }
        if (byLabel.isEmpty() && !cited.isEmpty()) {
            throw new ImportFailure("the text cites notes (" + String.join(", ", cited) + ") but holds no notes: save the page"
                    + " or file with its notes and import again");
        }
        List<String> uncited = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.prose().labels().stream().anyMatch(label -> !byLabel.containsKey(label))) {
                List<Inline> inlines = new ArrayList<>();
                for (Inline inline : unit.prose().inlines()) {
                    if (inline instanceof Inline.Marker marker && !byLabel.containsKey(marker.label())) {
                        uncited.add(marker.label());
                        inlines.add(new Inline.Text(marker.label()));
                    } else {
                        inlines.add(inline);
                    }
                }
                units.set(i, unit.withProse(new Prose(inlines)));
            }
        }
        if (!uncited.isEmpty()) {
            report.warn((uncited.size() == 1 ? "marker " + uncited.get(0) + " has" : "markers " + String.join(", ", uncited)
                    + " have") + " no note in the page; kept as text");
        }
        List<Draft.Note> ordered = new ArrayList<>();
        for (String label : cited) {
            if (byLabel.containsKey(label)) {
                ordered.add(byLabel.get(label));
            }
        }
        List<Prose> unmatched = new ArrayList<>();
        List<String> uncitedLabels = new ArrayList<>();
        for (Draft.Note note : byLabel.values()) {
            if (!cited.contains(note.label())) {
                if (onTitle.contains(note.label())) {
                    report.warn("note " + note.label() + " is on the title, which has no place for its marker; kept as a"
                            + " paragraph at the end, with its label");
                } else {
                    uncitedLabels.add(note.label());
                }
                List<Inline> inlines = new ArrayList<>(List.of(new Inline.Text(note.label() + " ")));
                inlines.addAll(note.prose().inlines());
                unmatched.add(new Prose(inlines));
            }
        }
        report.uncitedNotes(uncitedLabels);
        return new NoteFinder.Notes(ordered, unmatched);
    }

    static String count(int notes) {
        return notes == 1 ? "1 note" : notes + " notes";
    }
}
