package org.concordance.content;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One paragraph of a document. A value, compared by all its parts; a class rather than a record
 * only so that its prose is kept compactly ({@link Prose}).
 */
public final class Paragraph implements Block {
    /**
     * The longest paragraph (or paragraph of a note) the library takes, in characters (code points)
     * of its plain text: about 15,000 words, ten times the longest paragraph of the texts this library was made
     * for. A whole text with no blank line in it (a PDF's text pasted as one line) is refused with
     * its line, rather than read and then too large to show as one paragraph: a 2 MB paragraph did
     * not fit a page's rendering in the README's 96 MB heap, a 99,000-character one renders in 0.9 s.
     */
    public static final int MAX_LENGTH = 100_000;

    /**
     * The length of {@code plain}, a paragraph's plain text, in characters as a reader counts them
     * (code points: an emoji is one), when it is over {@link #MAX_LENGTH}; else empty.
     */
    public static OptionalInt overLength(String plain) {
        int characters = plain.codePointCount(0, plain.length());
        return characters > MAX_LENGTH ? OptionalInt.of(characters) : OptionalInt.empty();
    }

    private final int number;
    private final Part part;
    private final byte[] html;
    /** Null when it is the HTML's plain text ({@link Prose}), as it is unless the HTML cannot say it. */
    private final byte[] text;
    private final Optional<String> section;
    private final List<String> noteLabels;

    /**
     * @param number its position among the document's paragraphs, from 1, headings excluded; the page
     *     anchor is {@code p-number}
     * @param html the paragraph's inline HTML, note markers included (rendered from trusted content)
     * @param text the paragraph's plain text without note markers, for search and excerpts
     * @param section the anchor of the heading the paragraph falls under, if any
     * @param noteLabels the labels of the notes it cites, in order of their markers
     * @throws IllegalArgumentException when {@code number} is below 1
     */
    public Paragraph(int number, Part part, String html, String text, Optional<String> section, List<String> noteLabels) {
        if (number < 1) {
            throw new IllegalArgumentException("paragraph numbers start at 1, was " + number);
        }
        this.number = number;
        this.part = Objects.requireNonNull(part, "part");
        this.html = Prose.encode(Objects.requireNonNull(html, "html"));
        this.text = Prose.textBeside(html, Objects.requireNonNull(text, "text"));
        this.section = Objects.requireNonNull(section, "section");
        this.noteLabels = List.copyOf(noteLabels);
    }

    public int number() {
        return number;
    }

    public Part part() {
        return part;
    }

    /** The paragraph's inline HTML, note markers included. */
    public String html() {
        return Prose.decode(html);
    }

    /** The paragraph's plain text without note markers. */
    public String text() {
        return Prose.text(html, text);
    }

    public Optional<String> section() {
        return section;
    }

    public List<String> noteLabels() {
        return noteLabels;
    }

    public String anchor() {
        return "p-" + number;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Paragraph p && number == p.number && part == p.part && Arrays.equals(html, p.html)
                && Arrays.equals(text, p.text) && section.equals(p.section) && noteLabels.equals(p.noteLabels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, part, Arrays.hashCode(html), Arrays.hashCode(text), section, noteLabels);
    }

    @Override
    public String toString() {
        return "Paragraph[number=" + number + ", part=" + part + ", html=" + html() + ", text=" + text() + ", section="
                + section + ", noteLabels=" + noteLabels + "]";
    }
}
