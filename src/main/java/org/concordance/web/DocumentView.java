package org.concordance.web;

import java.util.ArrayList;
import java.util.List;
import org.concordance.content.Block;
import org.concordance.content.Document;
import org.concordance.content.Entry;
import org.concordance.content.EntryKind;
import org.concordance.content.Heading;
import org.concordance.content.Metadata;
import org.concordance.content.Note;
import org.concordance.content.NoteReference;
import org.concordance.content.Paragraph;
import org.concordance.content.Part;
import org.concordance.glossary.Glossary;
import org.concordance.glossary.RelatedPassage;

/** What the document template shows, worked out from a {@link Document} so the template stays simple. */
public final class DocumentView {
    private final Document document;
    private final Glossary glossary;

    DocumentView(Document document, Glossary glossary) {
        this.document = document;
        this.glossary = glossary;
    }

    /** The paragraph's HTML with the first mention of each concept and actor in its section linked to its page. */
    public String html(Paragraph paragraph) {
        return glossary.linkedHtml(document.slug(), paragraph);
    }

    /** Up to three passages of other documents about the same things, for the side note after the paragraph. */
    public List<RelatedPassage> related(Paragraph paragraph) {
        return glossary.relatedPassages(document.slug(), paragraph.number());
    }

    /** A few words saying why a passage is related: the concepts and actors both name, rarest first. */
    public String sharedLine(RelatedPassage passage) {
        List<String> names = passage.shared().stream().limit(3).map(DocumentView::inRunningText).toList();
        return "Both discuss " + EntryView.inWords(names);
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

    /** A sentence saying where the excerpt comes from and that it is cut, or empty if the document is whole. */
    public String excerptNotice() {
        return document.metadata().excerpt().map(excerpt -> {
            StringBuilder notice = new StringBuilder("This is an excerpt");
            String source = document.metadata().sourceLine();
            if (!source.isEmpty()) {
                notice.append(" from ").append(source.contains(":") ? source.replace(": ", ", page ") : source);
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

    /** The venue with its volume and issue, or a plain statement that the text does not name it. */
    public String publishedIn() {
        Metadata meta = document.metadata();
        if (meta.venue().isEmpty()) {
            return "Not named in the text";
        }
        StringBuilder line = new StringBuilder(meta.venue().get());
        meta.volume().ifPresent(volume -> line.append(", vol. ").append(volume));
        meta.issue().ifPresent(issue -> line.append(", no. ").append(issue));
        return line.toString();
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
}
