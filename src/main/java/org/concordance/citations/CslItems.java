package org.concordance.citations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordance.content.Document;
import org.concordance.content.DocumentKind;
import org.concordance.content.Metadata;

/**
 * Works and documents as CSL-JSON items (plain maps, in a stable key order): the one description
 * that the CSL-JSON export writes and the CSL processor formats, so the two cannot disagree.
 */
final class CslItems {
    private CslItems() {
    }

    static Map<String, Object> item(Work work) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", work.slug());
        item.put("type", work.type().csl());
        if (!work.authors().isEmpty()) {
            item.put("author", names(work.authors()));
        }
        work.title().ifPresent(t -> item.put("title", t));
        work.shortTitle().ifPresent(t -> item.put("title-short", t));
        // A report's series is its collection; everywhere else the container holds the work.
        work.container().ifPresent(c -> item.put(work.type() == WorkType.REPORT ? "collection-title" : "container-title", c));
        work.number().ifPresent(n -> item.put("number", n));
        work.volume().ifPresent(v -> item.put("volume", v));
        work.issue().ifPresent(i -> item.put("issue", i));
        work.publisher().ifPresent(p -> item.put("publisher", p));
        work.place().ifPresent(p -> item.put("publisher-place", p));
        work.year().ifPresent(y -> item.put("issued", Map.of("date-parts", List.of(List.of(y)))));
        work.pages().ifPresent(p -> item.put("page", p));
        work.url().ifPresent(u -> item.put("URL", u));
        shortFormNote(work).ifPresent(n -> item.put("note", n));
        return item;
    }

    /** What an export says about a work whose full reference the library does not have. */
    static Optional<String> shortFormNote(Work work) {
        return work.knownOnlyByShortForm()
                ? Optional.of("Known only by its short form in the library's notes: " + work.shortForm().orElse(""))
                : Optional.empty();
    }

    /** A library document, cited at {@code url} (the document's page or a paragraph's permalink). */
    static Map<String, Object> item(Document document, String url) {
        Metadata meta = document.metadata();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", document.slug());
        item.put("type", switch (meta.kind()) {
            case BLOG_POST -> "post-weblog";
            case BOOK_CHAPTER -> "chapter";
            case REPORT -> "report";
            case JOURNAL_ARTICLE -> "article-journal";
            case DOCUMENT -> "document";
        });
        if (!meta.authors().isEmpty()) {
            item.put("author", names(meta.authors().stream().map(Name::parse).toList()));
        }
        // A document without a title is cited by its label in square brackets, the usual mark of a
        // title supplied by the cataloguer rather than printed on the work.
        item.put("title", meta.title().orElse("[" + meta.label() + "]"));
        meta.venue().ifPresent(v -> item.put("container-title", v));
        meta.volume().ifPresent(v -> item.put("volume", v));
        meta.issue().ifPresent(i -> item.put("issue", i));
        meta.year().ifPresent(y -> item.put("issued", Map.of("date-parts", List.of(List.of(y)))));
        meta.pages().ifPresent(p -> item.put("page", p));
        item.put("URL", url);
        return item;
    }

    private static List<Map<String, Object>> names(List<Name> names) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Name name : names) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("family", name.family());
            name.given().ifPresent(g -> person.put("given", g));
            list.add(person);
        }
        return list;
    }
}
