package org.concordance.importer;

import java.util.Objects;

/**
 * One piece of an input's text in reading order, with what its format already knows of its role.
 *
 * @param raw the text with its line breaks ("\n"), which say where a note's label may start
 * @param prose the text as it will be written, markers and italics included
 */
record Unit(Role role, String raw, Prose prose) {
    enum Role {
        /** Text whose role the format cannot tell: a line or a block of plain text, a PDF paragraph. */
        TEXT,
        /** A paragraph the format's structure marks as one (an HTML {@code <p>}). */
        PARAGRAPH,
        HEADING2,
        HEADING3,
        /** A figure's caption the format marks as one (an HTML {@code <figcaption>}). */
        CAPTION,
        /** A subtitle or introduction the format marks as one (a page's "subtitle" or "dek"). */
        STANDFIRST
    }

    Unit {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(prose, "prose");
    }

    static Unit text(String raw) {
        return new Unit(Role.TEXT, raw, Prose.of(raw));
    }

    static Unit of(Role role, Prose prose) {
        return new Unit(role, prose.plain(), prose);
    }

    String text() {
        return prose.plain();
    }

    boolean singleLine() {
        return raw.strip().indexOf('\n') < 0;
    }

    boolean isHeading() {
        return role == Role.HEADING2 || role == Role.HEADING3;
    }

    /** The unit with new prose; its line breaks are gone, so only after the notes are found. */
    Unit withProse(Prose replacement) {
        return new Unit(role, replacement.plain(), replacement);
    }

    /** The unit without {@code prefix}, which its text begins with (a glued number, a repeated name). */
    Unit withoutPrefix(String prefix) {
        String stripped = raw.stripLeading();
        if (!stripped.startsWith(prefix) || prose.inlines().isEmpty() || !(prose.inlines().get(0) instanceof Inline.Text first)
                || !first.text().startsWith(prefix)) {
            throw new IllegalArgumentException("the unit does not begin with '" + prefix + "'");
        }
        java.util.List<Inline> inlines = new java.util.ArrayList<>(prose.inlines());
        inlines.set(0, new Inline.Text(first.text().substring(prefix.length())));
        return new Unit(role, stripped.substring(prefix.length()), new Prose(inlines));
    }

    /** Whether {@link #withoutPrefix} can take {@code prefix} off. */
    boolean beginsWith(String prefix) {
        return raw.stripLeading().startsWith(prefix) && !prose.inlines().isEmpty()
                && prose.inlines().get(0) instanceof Inline.Text first && first.text().startsWith(prefix);
    }
}
