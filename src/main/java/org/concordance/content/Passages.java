package org.concordance.content;

import java.util.Arrays;
import java.util.List;

/**
 * What a document's text holds, counted and numbered, kept beside the text rather than in it: what
 * needs only these (how many passages the library has, how many search entries a document gives,
 * whether a mention stands in the body) then never reads a text the last run kept ({@link Deferred}).
 * Compared by what it holds.
 *
 * @param body the numbers of the body's paragraphs ({@link Part#BODY}), ascending; copied, never shared
 * @param paragraphs how many paragraphs the text has, in every part (standfirst, body, biography)
 * @param notes how many notes the document has
 */
public record Passages(int[] body, int paragraphs, int notes) {
    public Passages {
        body = body.clone();
        for (int i = 1; i < body.length; i++) {
            if (body[i] <= body[i - 1]) {
                throw new IllegalArgumentException("paragraph numbers must ascend: " + Arrays.toString(body));
            }
        }
        if (paragraphs < body.length || notes < 0) {
            throw new IllegalArgumentException("paragraphs " + paragraphs + " and notes " + notes
                    + " for " + body.length + " body paragraphs");
        }
    }

    /** The passages of a text of {@code blocks} and {@code notes}. */
    static Passages of(List<Block> blocks, List<Note> notes) {
        List<Paragraph> paragraphs = blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
        int[] body = paragraphs.stream().filter(paragraph -> paragraph.part() == Part.BODY).mapToInt(Paragraph::number)
                .sorted().distinct().toArray();
        return new Passages(body, paragraphs.size(), notes.size());
    }

    /** How many body paragraphs the document has. */
    public int bodyCount() {
        return body.length;
    }

    /** Whether paragraph {@code number} is one of the body's. */
    public boolean inBody(int number) {
        return Arrays.binarySearch(body, number) >= 0;
    }

    @Override
    public int[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Passages that && Arrays.equals(body, that.body) && paragraphs == that.paragraphs
                && notes == that.notes;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(body) + paragraphs) + notes;
    }

    @Override
    public String toString() {
        return "Passages[body=" + Arrays.toString(body) + ", paragraphs=" + paragraphs + ", notes=" + notes + "]";
    }
}
