package org.concordance.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One source document of the library, as a reader sees it: metadata, then the running text, then
 * the notes.
 *
 * @param slug the document's URL name, lower-case words joined by hyphens
 * @param passages what {@code body} holds, counted and numbered: at hand without reading it
 * @param body the running text and the notes: made already when the document is read from its
 *     file or the catalog; once kept for the next start, and when it comes from the library the last
 *     run kept, held softly and read from that file when asked for after the collector let it go
 *     ({@link Deferred#releasable}); {@link #blocks()} and {@link #notes()} read it
 */
public record Document(String slug, Metadata metadata, Optional<Figure> figure, Passages passages,
        Deferred<Body> body) {
    /**
     * The most paragraphs and headings one document holds. A document is one page, rendered whole:
     * 3,000 paragraphs with 1,500 notes and 2 MB of text make a page of about 7 MB, rendered in
     * 4 s within the default 96 MB heap; 5,000 with 2,500 notes ran it out of memory (README, The
     * content format). A longer text is split into parts, each a document.
     */
    public static final int MAX_BLOCKS = 3_000;
    /** The most notes one document holds ({@link #MAX_BLOCKS}). */
    public static final int MAX_NOTES = 1_500;


    /**
     * A document's running text and notes.
     *
     * @param blocks headings and paragraphs in reading order, standfirst first and biography last
     * @param notes in the order they are printed
     */
    public record Body(List<Block> blocks, List<Note> notes) {
        public Body {
            blocks = List.copyOf(blocks);
            notes = List.copyOf(notes);
        }
    }

    public Document {
        Objects.requireNonNull(slug, "slug");
        if (!Slugs.isSlug(slug)) {
            throw new IllegalArgumentException("not a slug: " + slug);
        }
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(passages, "passages");
        Objects.requireNonNull(body, "body");
    }

    /** A document whose text and notes are at hand. */
    public Document(String slug, Metadata metadata, Optional<Figure> figure, List<Block> blocks, List<Note> notes) {
        this(slug, metadata, figure, Passages.of(blocks, notes), Deferred.releasable(new Body(blocks, notes)));
    }

    /** Headings and paragraphs in reading order, standfirst first and biography last. */
    public List<Block> blocks() {
        return body.get().blocks();
    }

    /** The notes, in the order they are printed. */
    public List<Note> notes() {
        return body.get().notes();
    }

    public List<Paragraph> paragraphs() {
        return blocks().stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    public List<Paragraph> paragraphs(Part part) {
        return paragraphs().stream().filter(p -> p.part() == part).toList();
    }

    public List<Heading> headings() {
        return blocks().stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }

    public Optional<Paragraph> paragraph(int number) {
        return paragraphs().stream().filter(p -> p.number() == number).findFirst();
    }

    public Optional<Note> note(String label) {
        return notes().stream().filter(n -> n.label().equals(label)).findFirst();
    }

    /** The heading a paragraph falls under, for search results and citations. */
    public Optional<Heading> heading(String anchor) {
        return headings().stream().filter(h -> h.anchor().equals(anchor)).findFirst();
    }
}
