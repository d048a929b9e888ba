package org.concordance.importer;

import java.util.Objects;

/** A run of a paragraph's text as the importer found it: plain text, italic text, or a note marker. */
sealed interface Inline {
    /** Text as it stands in the source; whitespace runs are layout and count as one space. */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Text the source sets in italics (titles of books and journals, mostly). */
    record Emphasis(String text) implements Inline {
        public Emphasis {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A note marker with the label it was printed with ("14"). */
    record Marker(String label) implements Inline {
        public Marker {
            if (!label.matches("[A-Za-z0-9]+")) {
                throw new IllegalArgumentException("a note label is letters and digits, was '" + label + "'");
            }
        }
    }
}
