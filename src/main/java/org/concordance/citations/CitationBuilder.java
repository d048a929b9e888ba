package org.concordance.citations;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import org.concordance.content.Title;

/** Collects a citation's fields while {@link NoteParser} reads them; {@link #build} makes the citation. */
final class CitationBuilder {
    private CitationForm form;
    private final String text;
    private List<Name> authors = List.of();
    private Title title;
    private boolean italic;
    private String container;
    private String publisher;
    private String place;
    private String number;
    private String volume;
    private String issue;
    private String date;
    private String accessed;
    private String url;
    private List<Name> editors = List.of();
    private List<Name> translators = List.of();
    private String edition;
    private String pinpoint;

    CitationBuilder(CitationForm form, String text) {
        this.form = form;
        this.text = text;
    }

    CitationBuilder form(CitationForm value) {
        form = value;
        return this;
    }

    CitationBuilder authors(List<Name> value) {
        authors = value;
        return this;
    }

    CitationBuilder title(Title value, boolean isItalic) {
        title = value;
        italic = isItalic;
        return this;
    }

    boolean hasContainer() {
        return container != null;
    }

    CitationBuilder container(String value) {
        container = value;
        return this;
    }

    CitationBuilder publisher(String value) {
        publisher = value;
        return this;
    }

    CitationBuilder number(String value) {
        number = value;
        return this;
    }

    CitationBuilder volume(String value) {
        volume = value;
        return this;
    }

    CitationBuilder issue(String value) {
        issue = value;
        return this;
    }

    CitationBuilder date(String value) {
        date = value == null || value.isBlank() ? null : value.strip();
        return this;
    }

    CitationBuilder accessed(String value) {
        accessed = value;
        return this;
    }

    CitationBuilder url(String value) {
        url = value;
        return this;
    }

    CitationBuilder editors(List<Name> value) {
        editors = value;
        return this;
    }

    CitationBuilder translators(List<Name> value) {
        translators = value;
        return this;
    }

    CitationBuilder edition(String value) {
        edition = value;
        return this;
    }

    CitationBuilder pinpoint(String value) {
        pinpoint = value == null || value.isBlank() ? null : value.strip().replaceFirst("\\.$", "");
        return this;
    }

    /** "New York: Columbia University Press, 2017", "Columbia University Press, 2017" or "2017". */
    CitationBuilder publication(String parens) {
        String text = parens.strip();
        Matcher year = NoteParser.YEAR.matcher(text);
        String before = text;
        if (year.find()) {
            int start = year.start();
            before = text.substring(0, start).strip().replaceFirst(",$", "").strip();
        }
        int colon = before.indexOf(':');
        if (colon >= 0) {
            place = before.substring(0, colon).strip();
            before = before.substring(colon + 1).strip();
        }
        if (!before.isEmpty()) {
            publisher = before;
        }
        date = text.isEmpty() ? null : text.substring(Math.max(0, text.lastIndexOf(',') + 1)).strip();
        return this;
    }

    Citation build() {
        OptionalInt year = OptionalInt.empty();
        if (date != null) {
            Matcher m = NoteParser.YEAR.matcher(date);
            while (m.find()) {
                year = OptionalInt.of(Integer.parseInt(m.group(1)));
            }
        }
        return new Citation(form, text, authors, Optional.ofNullable(title), italic, Optional.ofNullable(container),
                Optional.ofNullable(publisher), Optional.ofNullable(place), Optional.ofNullable(number),
                Optional.ofNullable(volume), Optional.ofNullable(issue), year, Optional.ofNullable(date),
                Optional.ofNullable(accessed), Optional.ofNullable(url), editors, translators, Optional.ofNullable(edition),
                Optional.ofNullable(pinpoint));
    }
}
