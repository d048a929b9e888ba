package org.concordance.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.concordance.content.Document;
import org.concordance.content.DocumentKind;
import org.concordance.content.Library;
import org.concordance.content.Metadata;
import org.concordance.content.Note;
import org.concordance.content.Paragraph;
import org.concordance.content.Part;
import org.concordance.content.Title;
import org.jsoup.Jsoup;

/** Small libraries written in a test, one document whose notes are the given HTML. */
final class Libraries {
    static final String SLUG = "test-document";

    private Libraries() {
    }

    static Library withNotes(String... notesHtml) {
        List<Note> notes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < notesHtml.length; i++) {
            String label = String.valueOf(i + 1);
            labels.add(label);
            notes.add(new Note(label, notesHtml[i], Jsoup.parse(notesHtml[i]).text(), List.of()));
        }
        Metadata metadata = new Metadata(Optional.of(Title.of("A Test")), "A Test", DocumentKind.JOURNAL_ARTICLE, List.of("Jo Writer"),
                Optional.of("Test Journal"), Optional.of("1"), Optional.of("2"), Optional.empty(), OptionalInt.of(2020),
                Optional.empty(), Optional.empty(), Optional.of("A test document."), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "test.txt");
        Paragraph paragraph = new Paragraph(1, Part.BODY, "<p>Text.</p>", "Text.", Optional.empty(), labels);
        return new Library(List.of(new Document(SLUG, metadata, Optional.empty(), List.of(paragraph), notes)), "test");
    }
}
