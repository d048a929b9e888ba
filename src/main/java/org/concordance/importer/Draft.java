package org.concordance.importer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.concordance.content.Metadata;

/**
 * The document the importer made of one input, before it is written: the content package's own
 * {@link Metadata} (so an imported document has no looser shape than a curated one) and the text
 * as prose, markers and italics included. Only what the source states; its text verbatim.
 *
 * @param metadata the title when the text gives one (its label is then the title), otherwise a
 *     label that says the title is not given; no summary (an editor writes it)
 * @param figureCaption the caption of the one figure kept, when the source has one
 * @param standfirst an editor's introduction before the text, in paragraphs
 * @param body headings and paragraphs in reading order
 * @param about the author's biography, in paragraphs
 * @param notes the notes in the order of their first marker, each with its printed label
 */
record Draft(Metadata metadata, Optional<Prose> figureCaption, List<Prose> standfirst, List<Block> body,
        List<Prose> about, List<Note> notes) {

    Draft {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(figureCaption, "figureCaption");
        standfirst = List.copyOf(standfirst);
        body = List.copyOf(body);
        about = List.copyOf(about);
        notes = List.copyOf(notes);
    }

    /** The name of the raw file as kept in the content folder's {@code sources/}. */
    String source() {
        return metadata.sourceFile();
    }

    List<Paragraph> paragraphs() {
        return body.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    List<Heading> headings() {
        return body.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }

    /** A heading or a paragraph of the body. */
    sealed interface Block permits Heading, Paragraph {
    }

    /** A section heading; level 2 for a section, 3 for a subsection. */
    record Heading(int level, String text) implements Block {
        Heading {
            if (level < 2 || level > 3) {
                throw new IllegalArgumentException("an imported heading is level 2 or 3, was " + level);
            }
            if (text.isBlank()) {
                throw new IllegalArgumentException("a heading needs text");
            }
        }
    }

    record Paragraph(Prose prose) implements Block {
        Paragraph {
            Objects.requireNonNull(prose, "prose");
        }
    }

    /** A note with its printed label. */
    record Note(String label, Prose prose) {
        Note {
            if (!label.matches("[A-Za-z0-9]+")) {
                throw new IllegalArgumentException("a note label is letters and digits, was '" + label + "'");
            }
            // A copied or printed web page keeps each note's back-link arrow as text: not the note's words.
            prose = Objects.requireNonNull(prose, "prose").withoutBackArrow();
        }
    }
}
