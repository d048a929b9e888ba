package org.concordance.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF's notes, from runs of lines that begin with labels: the small lines at a page's foot, or
 * the lines under a "Notes" heading. A line begins a note when it opens with a raised number, or
 * with a number in brackets or followed by a space, that is the label after the previous one; any
 * other line continues the note before it ("2017), 45." is the end of a note, not note 201).
 */
final class PdfNotes {
    private static final Pattern LEADING_LABEL = Pattern.compile("^\\s*(?:\\[(\\d{1,3})]|(\\d{1,3})(?!\\d)[.)]?)(?=\\s*\\S)\\s*");

    private final Map<String, List<Inline>> notes;
    private final Hyphenation hyphenation;
    private final Report report;

    /** Collects into {@code notes}, by label, in the order found. */
    PdfNotes(Map<String, List<Inline>> notes, Hyphenation hyphenation, Report report) {
        this.notes = notes;
        this.hyphenation = hyphenation;
        this.report = report;
    }

    /**
     * The label {@code line} begins with, or null.
     *
     * @param plainLabels whether an unraised number may be a label on this line (at a page's foot,
     *     only on lines smaller than the text)
     */
    static String label(PdfLines.Line line, boolean plainLabels) {
        if (line.leadingMarker() != null) {
            return line.leadingMarker();
        }
        Matcher matcher = LEADING_LABEL.matcher(line.text());
        if (plainLabels && matcher.find()) {
            return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        }
        return null;
    }

    /** Adds the notes {@code lines} hold; lines before the first label are not notes and are ignored. */
    void collect(List<PdfLines.Line> lines, Predicate<PdfLines.Line> plainLabels) {
        String label = null;
        List<List<Inline>> parts = new ArrayList<>();
        for (PdfLines.Line line : lines) {
            String lead = lead(line, label, plainLabels);
            if (lead != null) {
                add(label, parts);
                label = lead;
                parts = new ArrayList<>();
                parts.add(withoutLabel(line));
            } else if (label != null) {
                parts.add(line.inlines());
            }
        }
        add(label, parts);
    }

    /** The labels of the notes {@link #collect} would find in {@code lines}, in order. */
    static List<String> labels(List<PdfLines.Line> lines, Predicate<PdfLines.Line> plainLabels) {
        List<String> labels = new ArrayList<>();
        for (PdfLines.Line line : lines) {
            String lead = lead(line, labels.isEmpty() ? null : labels.get(labels.size() - 1), plainLabels);
            if (lead != null) {
                labels.add(lead);
            }
        }
        return labels;
    }

    /** The label {@code line} begins a note with, after the note labelled {@code previous} (null before the first). */
    private static String lead(PdfLines.Line line, String previous, Predicate<PdfLines.Line> plainLabels) {
        String lead = label(line, plainLabels.test(line));
        return lead != null && previous != null && !lead.equals(next(previous)) ? null : lead;
    }

    private static String next(String label) {
        return label.matches("\\d+") ? String.valueOf(Integer.parseInt(label) + 1) : "";
    }

    private void add(String label, List<List<Inline>> lines) {
        if (label == null || lines.isEmpty()) {
            return;
        }
        String key = label;
        if (notes.containsKey(key)) {
            report.warn("two notes are labelled " + label + " in the PDF; the second is kept under " + label + "b");
            key = label + "b";
        }
        notes.put(key, PdfParagraphs.join(lines, hyphenation, report, null));
    }

    private static List<Inline> withoutLabel(PdfLines.Line line) {
        List<Inline> inlines = new ArrayList<>(line.inlines());
        if (!inlines.isEmpty() && inlines.get(0) instanceof Inline.Marker) {
            inlines.remove(0);
        } else if (!inlines.isEmpty() && inlines.get(0) instanceof Inline.Text first) {
            Matcher matcher = LEADING_LABEL.matcher(first.text());
            if (matcher.find()) {
                inlines.set(0, new Inline.Text(first.text().substring(matcher.end())));
            }
        }
        return inlines;
    }
}
