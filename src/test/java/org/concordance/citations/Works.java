package org.concordance.citations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.concordance.content.Document;
import org.concordance.content.DocumentKind;
import org.concordance.content.Excerpt;
import org.concordance.content.Metadata;
import org.concordance.content.Paragraph;
import org.concordance.content.Part;
import org.concordance.content.Title;

/** Works and documents written out in a test, as an editor's reference would give them. */
final class Works {
    private final WorkType type;
    private final String slug;
    private final List<Name> authors = new ArrayList<>();
    private final List<Name> editors = new ArrayList<>();
    private Title title;
    private String container;
    private String number;
    private String volume;
    private String issue;
    private String publisher;
    private String place;
    private OptionalInt year = OptionalInt.empty();
    private String pages;
    private String url;
    private String date;
    private final List<Name> translators = new ArrayList<>();
    private String edition;
    private String accessed;

    private Works(WorkType type, String slug) {
        this.type = type;
        this.slug = slug;
    }

    static Works of(WorkType type, String slug) {
        return new Works(type, slug);
    }

    Works author(String name) {
        authors.add(Name.parse(name));
        return this;
    }

    Works editor(String name) {
        editors.add(Name.parse(name));
        return this;
    }

    /** The title; {@code <i>} marks italics inside it. */
    Works title(String markup) {
        title = Title.fromMarkup(markup);
        return this;
    }

    Works container(String value) {
        container = value;
        return this;
    }

    Works number(String value) {
        number = value;
        return this;
    }

    Works volume(String value, String issueNumber) {
        volume = value;
        issue = issueNumber;
        return this;
    }

    Works publisher(String place, String name) {
        this.place = place;
        publisher = name;
        return this;
    }

    Works year(int value) {
        year = OptionalInt.of(value);
        return this;
    }

    Works pages(String value) {
        pages = value;
        return this;
    }

    Works translator(String name) {
        translators.add(Name.parse(name));
        return this;
    }

    Works edition(String value) {
        edition = value;
        return this;
    }

    Works date(String value) {
        date = value;
        return this;
    }

    Works accessed(String value) {
        accessed = value;
        return this;
    }

    Works url(String value) {
        url = value;
        return this;
    }

    Work build() {
        return new Work(slug, type, authors, editors, translators, Optional.ofNullable(edition), Optional.ofNullable(title), Optional.empty(), Optional.ofNullable(container),
                Optional.ofNullable(number), Optional.ofNullable(volume), Optional.ofNullable(issue),
                Optional.ofNullable(publisher), Optional.ofNullable(place), year, Optional.ofNullable(date),
                Optional.ofNullable(pages), Optional.ofNullable(url), Optional.ofNullable(accessed), Optional.empty(),
                Set.of(WorkSource.REFERENCES));
    }

    /** A library document with one paragraph, taken into the library on 22 November 2026. */
    static Document document(String slug, DocumentKind kind, Optional<String> title, List<String> authors,
            Optional<String> venue, Optional<String> date, OptionalInt year) {
        Metadata metadata = new Metadata(title.map(Title::of), title.orElse("A document without a title"), kind, authors, venue,
                Optional.empty(), Optional.empty(), date, year, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.<Excerpt>empty(), Optional.of(LocalDate.of(2026, 11, 22)), Optional.empty(), Optional.empty(),
                "test.txt");
        Paragraph paragraph = new Paragraph(1, Part.BODY, "<p>Text.</p>", "Text.", Optional.empty(), List.of());
        return new Document(slug, metadata, Optional.empty(), List.of(paragraph), List.of());
    }
}
