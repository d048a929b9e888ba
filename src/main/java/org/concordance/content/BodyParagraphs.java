package org.concordance.content;

import java.util.Arrays;
import java.util.List;

/**
 * The numbers of a document's body paragraphs ({@link Part#BODY}), in reading order, kept beside
 * its text rather than in it: what needs only them (how many passages the library has, whether a
 * mention stands in the body) then never reads a text the last run kept ({@link Deferred}).
 * Compared by the numbers it holds.
 *
 * @param numbers ascending paragraph numbers; copied, never shared
 */
public record BodyParagraphs(int[] numbers) {
    public BodyParagraphs {
        numbers = numbers.clone();
        for (int i = 1; i < numbers.length; i++) {
            if (numbers[i] <= numbers[i - 1]) {
                throw new IllegalArgumentException("paragraph numbers must ascend: " + Arrays.toString(numbers));
            }
        }
    }

    /** The body paragraphs among {@code blocks}. */
    static BodyParagraphs of(List<Block> blocks) {
        return new BodyParagraphs(blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast)
                .filter(paragraph -> paragraph.part() == Part.BODY).mapToInt(Paragraph::number).sorted().distinct().toArray());
    }

    /** How many body paragraphs the document has. */
    public int count() {
        return numbers.length;
    }

    /** Whether paragraph {@code number} is one of the body's. */
    public boolean contains(int number) {
        return Arrays.binarySearch(numbers, number) >= 0;
    }

    @Override
    public int[] numbers() {
        return numbers.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BodyParagraphs that && Arrays.equals(numbers, that.numbers);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(numbers);
    }

    @Override
    public String toString() {
        return "BodyParagraphs" + Arrays.toString(numbers);
    }
}
