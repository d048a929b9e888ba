package org.concordance.citations;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.concordance.content.Title;

/**
 * One entry an editor supplied in {@code content/references.json}, read from CSL-JSON.
 *
 * @param id the entry's CSL {@code id}, which names it in error messages
 * @param title the title, italics inside it read from CSL-JSON's {@code <i>} markup
 * @param line the line of the file the entry starts on
 */
public record Reference(
        String id,
        WorkType type,
        List<Name> authors,
        List<Name> editors,
        Title title,
        Optional<Title> shortTitle,
        Optional<String> container,
        Optional<String> number,
        Optional<String> volume,
        Optional<String> issue,
        Optional<String> publisher,
        Optional<String> place,
        OptionalInt year,
        Optional<String> pages,
        Optional<String> url,
        int line) {

    public Reference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(shortTitle, "shortTitle");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(url, "url");
    }
}
