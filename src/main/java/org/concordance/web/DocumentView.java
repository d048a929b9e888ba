package org.concordance.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concordance.content.Block;
import org.concordance.content.Document;
import org.concordance.content.DocumentKind;
import org.concordance.content.Entry;
import org.concordance.content.EntryKind;
import org.concordance.content.Heading;
import org.concordance.content.Metadata;
import org.concordance.content.Note;
import org.concordance.content.NoteReference;
import org.concordance.content.Paragraph;
import org.concordance.content.Sentences;
import org.concordance.content.Part;
import org.concordance.citations.UrlMarkup;
import org.concordance.glossary.Glossary;
import org.concordance.glossary.RelatedPassage;
import org.jsoup.nodes.Entities;

/**
 * What the document template shows, worked out from a {@link Document} so the template stays simple.
 * Built once per document page (the page is rendered once and kept), so the related passages of all
 * its paragraphs are worked out here, together.
 */
public final class DocumentView {
    private final Document document;
    private final Glossary glossary;
    private final Map<Integer, List<RelatedPassage>> related;

    DocumentView(Document document, Glossary glossary) {
        this.document = document;
        this.glossary = glossary;
        this.related = glossary.relatedPassages(document.slug());
    }

    /** The paragraph's HTML with the document's first mentions of concepts and actors linked to their pages. */
    public String html(Paragraph paragraph) {
        return glossary.linkedHtml(document.slug(), paragraph);
    }

    /** Up to three passages of other documents about the same things, for the paragraph's panel. */
    public List<RelatedPassage> related(Paragraph paragraph) {
        return related.getOrDefault(paragraph.number(), List.of());
    }

    /** The related passage's paragraph, asking the page to mark the shared words on arrival ({@code ?mark=}). */
    public String relatedHref(RelatedPassage passage) {
        StringBuilder href = new StringBuilder("/documents/").append(passage.document().slug());
        char separator = '?';
        for (String mark : passage.marks()) {
            href.append(separator).append("mark=").append(URLEncoder.encode(mark, StandardCharsets.UTF_8).replace("+", "%20"));
            separator = '&';
        }
        return href.append('#').append(passage.paragraph().anchor()).toString();
    }

    /** A few words saying why a passage is related: the concepts and actors both name, rarest first. */
    public String sharedLine(RelatedPassage passage) {
        List<String> names = passage.shared().stream().limit(3).map(DocumentView::inRunningText).toList();
        return "Both discuss " + EntryView.inWords(names) + ".";
    }

    /** A concept's name as it reads mid-sentence ("safe haven"); actors' names keep their capitals. */
    private static String inRunningText(Entry entry) {
        String name = entry.name();
        boolean abbreviation = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return entry.kind() == EntryKind.CONCEPT && !abbreviation
                ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
    }

    public Metadata meta() {
        return document.metadata();
    }

    /** "Blog post", "Journal article · Excerpt": the line above the title. */
    public String kindLine() {
        return meta().kind().label() + (meta().excerpt().isPresent() ? " · Excerpt" : "");
    }

    /**
     * What the heading of a document without a title is, said under it: the text gives no title
     * (nor, when it names none, an author), so the heading describes it. Empty for a titled one.
     */
    public Optional<String> untitledNote() {
        if (meta().title().isPresent()) {
            return Optional.empty();
        }
        String text = meta().excerpt().isPresent() ? "The excerpt" : "The text";
        String missing = meta().authors().isEmpty() && meta().byline().isEmpty() ? "its title or author" : "its title";
        return Optional.of(text + " does not give " + missing + "; this heading describes it.");
    }

    /**
     * Who and where, for the line under the title: the byline as printed (or the authors), and the
     * venue with its volume, issue, date and pages. Only what the text states; empty parts left out.
     */
    public String titleLine() {
        return titleLine(false);
    }

    /** {@link #titleLine()} as HTML: escaped, the venue in italics where its kind sets it so. */
    public String titleLineHtml() {
        return titleLine(true);
    }

    private String titleLine(boolean html) {
        List<String> parts = new ArrayList<>();
        Optional<String> byline = meta().byline();
        byline.or(() -> meta().authors().isEmpty() ? Optional.empty()
                : Optional.of("By " + meta().authorLine())).map(line -> html ? Entities.escape(line) : line).ifPresent(parts::add);
        // An imported byline often carries the date ("By Jane Roe · March 15, 2021"): not said twice.
        boolean dated = byline.isPresent() && meta().when()
                .filter(date -> byline.get().contains(date) || byline.get().contains(Metadata.readable(date))).isPresent();
        String source = html ? meta().sourceLineHtml(!dated) : meta().sourceLine(!dated);
        if (!source.isEmpty()) {
            parts.add(source);
        }
        return String.join(" · ", parts);
    }

    /**
     * The page's meta description: the document's summary, else (an imported text has none) what
     * the title block says, in plain text: "Title. Blog post. By Jane Roe · Conflict Notes (2021)."
     */
    public String description() {
        return meta().summary().orElseGet(() -> Stream.of(meta().displayTitle(), kindLine(), titleLine())
                .filter(part -> !part.isBlank()).map(part -> Sentences.ends(part, false) ? part : part + ".")
                .collect(Collectors.joining(" ")) + " In the Concordance library, with its notes and citations.");
    }

    /**
     * The full metadata, for the "About this text" disclosure: only the fields the text states,
     * each value as HTML (escaped, a venue in italics).
     */
    public List<Field> fields() {
        Metadata meta = meta();
        List<Field> fields = new ArrayList<>();
        if (!meta.authors().isEmpty()) {
            fields.add(Field.text(meta.authors().size() == 1 ? "Author" : "Authors", meta.authorLine()));
        }
        fields.add(Field.text("Kind", meta.kind().label()));
        meta.venue().ifPresent(venue -> fields.add(new Field("Published in", publishedInHtml())));
        meta.date().ifPresent(date -> fields.add(Field.text("Date", Metadata.readable(date))));
        meta.pages().ifPresent(pages -> fields.add(Field.text(meta.severalPages() ? "Pages" : "Page", pages)));
        meta.url().ifPresent(url -> fields.add(new Field("Original", UrlMarkup.link(url))));
        meta.accessed().ifPresent(day -> fields.add(Field.text("Taken into the library", CitationView.ACCESSED.format(day))));
        return fields;
    }

    /** One sentence naming what the text does not state ("The text does not state its blog or date."), or empty. */
    public String unstated() {
        List<String> missing = new ArrayList<>();
        if (meta().authors().isEmpty()) {
            missing.add("author");
        }
        if (meta().venue().isEmpty()) {
            missing.add(meta().kind() == DocumentKind.BLOG_POST ? "blog" : "venue");
        }
        if (meta().date().isEmpty() && meta().year().isEmpty()) {
            missing.add("date");
        }
        if (missing.isEmpty()) {
            return "";
        }
        String list = missing.size() == 1 ? missing.get(0)
                : String.join(", ", missing.subList(0, missing.size() - 1)) + " or " + missing.get(missing.size() - 1);
        return "The text does not state its " + list + ".";
    }

    /** The venue (in italics where its kind sets it so) with its volume and issue, as HTML. */
    private String publishedInHtml() {
        Metadata meta = meta();
        StringBuilder line = new StringBuilder(meta.venueHtml().orElse(""));
        meta.volume().ifPresent(volume -> line.append(", vol. ").append(Entities.escape(volume)));
        meta.issue().ifPresent(issue -> line.append(", no. ").append(Entities.escape(issue)));
        return line.toString();
    }

    public List<Paragraph> standfirst() {
        return document.paragraphs(Part.STANDFIRST);
    }

    /** Headings and paragraphs after the standfirst, in reading order. */
    public List<Block> text() {
        return document.blocks().stream()
                .filter(block -> !(block instanceof Paragraph p) || p.part() != Part.STANDFIRST)
                .toList();
    }

    public boolean isHeading(Block block) {
        return block instanceof Heading;
    }

    public List<Heading> contents() {
        return document.headings();
    }

    /**
     * A sentence saying where the excerpt comes from and that it is cut, as HTML (the venue in
     * italics), or empty if the document is whole.
     */
    public String excerptNoticeHtml() {
        return document.metadata().excerpt().map(excerpt -> {
            StringBuilder notice = new StringBuilder("This is an excerpt");
            String source = document.metadata().sourceSentenceHtml();
            if (!source.isEmpty()) {
                notice.append(" from ").append(source);
            }
            notice.append(".");
            if (excerpt.beginsMidSentence() && excerpt.endsMidSentence()) {
                notice.append(" It begins and ends in the middle of a sentence: the text before and after it is not in the library.");
            } else if (excerpt.beginsMidSentence()) {
                notice.append(" It begins in the middle of a sentence: the text before it is not in the library.");
            } else if (excerpt.endsMidSentence()) {
                notice.append(" It ends in the middle of a sentence: the text after it is not in the library.");
            }
            return notice.toString();
        }).orElse("");
    }

    public boolean cutAtStart() {
        return document.metadata().excerpt().map(e -> e.beginsMidSentence()).orElse(false);
    }

    public boolean cutAtEnd() {
        return document.metadata().excerpt().map(e -> e.endsMidSentence()).orElse(false);
    }

    /** One back link per use of the note, labelled so that a screen reader tells them apart. */
    public List<BackLink> backLinks(Note note) {
        List<BackLink> links = new ArrayList<>();
        List<NoteReference> uses = note.references();
        for (int i = 0; i < uses.size(); i++) {
            NoteReference use = uses.get(i);
            String mark = uses.size() == 1 ? "" : String.valueOf((char) ('a' + Math.min(i, 25)));
            links.add(new BackLink("#" + use.anchor(), mark,
                    "Back to note " + note.label() + (uses.size() == 1 ? "" : " use " + (i + 1))
                            + " in paragraph " + use.paragraph()));
        }
        return links;
    }

    /** A back link from a note to one of its markers: visible mark ("a", "b" when cited more than once) and accessible name. */
    public record BackLink(String href, String mark, String label) {
    }

    /** A row of "About this text": its label, and its value as HTML. */
    public record Field(String label, String html) {
        static Field text(String label, String value) {
            return new Field(label, Entities.escape(value));
        }
    }
}
