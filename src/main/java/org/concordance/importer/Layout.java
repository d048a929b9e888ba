package org.concordance.importer;

import java.util.List;
import java.util.Optional;

/**
 * What a format read from one input, before the recognisers decide what each part is: the text in
 * reading order, the metadata the format itself states, and the notes when its structure
 * identifies them (a web page's footnote list, a PDF's page feet).
 *
 * @param notes the notes the structure identified, their markers already in the units' prose;
 *     empty when the notes (if any) are still to be found in the text
 * @param figureCaption a caption the structure identified, if any
 */
record Layout(List<Unit> units, Facts facts, Optional<List<Draft.Note>> notes, Optional<Prose> figureCaption) {
    Layout {
        units = List.copyOf(units);
        notes = notes.map(List::copyOf);
    }
}
