package org.concordance.content;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A footnote, keeping the number it was printed with. A value, compared by all its parts; a class
 * rather than a record only so that its prose is kept compactly ({@link Prose}).
 */
public final class Note {
    private final String label;
    private final byte[] html;
    /** Null when it is the HTML's plain text ({@link Prose}), as it is unless the HTML cannot say it. */
    private final byte[] text;
    private final List<NoteReference> references;

    /**
     * @param label the note's label as printed ("14"); its anchor is {@code fn-label}
     * @param html the note's inline HTML
     * @param text the note's plain text
     * @param references the anchors of the markers that cite it, in reading order
     *     ({@code fnref-14}, then {@code fnref-14-2} for a second use)
     */
    public Note(String label, String html, String text, List<NoteReference> references) {
        this.label = Objects.requireNonNull(label, "label");
        this.html = Prose.encode(Objects.requireNonNull(html, "html"));
        this.text = Prose.textBeside(html, Objects.requireNonNull(text, "text"));
        this.references = List.copyOf(references);
    }

    public String label() {
        return label;
    }

    /** The note's inline HTML. */
    public String html() {
        return Prose.decode(html);
    }

    /** The note's plain text. */
    public String text() {
        return Prose.text(html, text);
    }

    public List<NoteReference> references() {
        return references;
    }

    public String anchor() {
        return "fn-" + label;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Note note && label.equals(note.label) && Arrays.equals(html, note.html)
                && Arrays.equals(text, note.text) && references.equals(note.references);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, Arrays.hashCode(html), Arrays.hashCode(text), references);
    }

    @Override
    public String toString() {
        return "Note[label=" + label + ", html=" + html() + ", text=" + text() + ", references=" + references + "]";
    }
}
