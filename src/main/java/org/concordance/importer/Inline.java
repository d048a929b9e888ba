package org.concordance.importer;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A run of a paragraph's text as the importer found it: plain text, italic text, linked text, or a note marker. */
sealed interface Inline {
    /**
     * The run's words as they read: a link's are its words; a marker has none (its label is not
     * part of the text). What joins, measures or searches text reads this, so a link counts as its words.
     */
    String words();

    /** Text as it stands in the source; whitespace runs are layout and count as one space. */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String words() {
            return text;
        }
    }

    /** Text the source sets in italics (titles of books and journals, mostly). */
    record Emphasis(String text) implements Inline {
        public Emphasis {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String words() {
            return text;
        }
    }

    /**
     * Words the source links to {@code href}, in italics or not. A link whose words are partly
     * italic is several runs with the same address, one for each part; adjacent runs with the same
     * address are one link.
     *
     * @param href an absolute http, https or mailto address (the only ones a document links to
     *     outside the site), without spaces, control characters, quotation marks or angle brackets
     *     (a browser percent-encodes those, and so does the importer)
     * @throws IllegalArgumentException when {@code href} is not such an address
     */
    record Link(String text, String href, boolean italic) implements Inline {
        /** A scheme as RFC 3986 (3.1) spells it; an address without one is relative. */
        private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
        /** The schemes a document links to outside the site. */
        static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

        public Link {
            Objects.requireNonNull(text, "text");
            if (!scheme(href).filter(SCHEMES::contains).isPresent()) {
                throw new IllegalArgumentException("a link goes to an http, https or mailto address, was '" + href + "'");
            }
            if (href.chars().anyMatch(c -> c <= ' ' || c == 0x7F || c == '"' || c == '<' || c == '>'
                    || Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                throw new IllegalArgumentException("a link's address has spaces, controls, quotes and angle brackets"
                        + " percent-encoded, was '" + href + "'");
            }
        }

        @Override
        public String words() {
            return text;
        }

        /** The scheme {@code address} begins with, lower-cased ("https"); empty for a relative address. */
        static Optional<String> scheme(String address) {
            Matcher scheme = SCHEME.matcher(address);
            return scheme.find() ? Optional.of(scheme.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
        }
    }

    /** A note marker with the label it was printed with ("14"). */
    record Marker(String label) implements Inline {
        public Marker {
            if (!label.matches("[A-Za-z0-9]+")) {
                throw new IllegalArgumentException("a note label is letters and digits, was '" + label + "'");
            }
        }

        @Override
        public String words() {
            return "";
        }
    }
}
