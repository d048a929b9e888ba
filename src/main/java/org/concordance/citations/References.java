package org.concordance.citations;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.concordance.content.ContentError;
import org.concordance.content.ContentException;
import org.concordance.content.Metadata;
import org.concordance.content.ContentLoader;
import org.concordance.content.ReferencesCheck;
import org.concordance.content.Library;
import org.concordance.content.Title;
import org.jsoup.Jsoup;

/**
 * The full references an editor supplies in {@code content/references.json}, a CSL-JSON array as
 * Zotero and Pandoc export it. Only the fields Concordance uses are read; a malformed entry stops
 * the ingest with an error naming the file, the line and the entry.
 */
public record References(List<Reference> entries) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public References {
        entries = List.copyOf(entries);
    }

    public static References none() {
        return new References(List.of());
    }

    /**
     * The references that came with {@code library} (read from references.json at ingest and kept in
     * the catalog); no file means no references.
     *
     * @throws ContentException when the stored text is not valid CSL-JSON; the ingest's
     *     {@link #check()} refuses such content, so a served library never has it
     */
    public static References of(Library library, Path contentRoot) throws ContentException {
        Path file = contentRoot.resolve(ContentLoader.REFERENCES_FILE);
        return library.references().isEmpty() ? none() : parse(file, library.references().get());
    }

    /** The ingest's rule for references.json: every malformed entry is a problem with its line. */
    public static ReferencesCheck check() {
        return (file, text) -> {
            try {
                parse(file, text);
                return List.of();
            } catch (ContentException e) {
                return e.errors();
            }
        };
    }

    /** Parses CSL-JSON text; {@code file} names it in errors. Reports every bad entry at once. */
    public static References parse(Path file, String json) throws ContentException {
        List<ContentError> errors = new ArrayList<>();
        List<Reference> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (JsonParser parser = JSON.createParser(json)) {
            // The same key twice in an entry is a mistake, not the last one silently winning.
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ContentException(List.of(new ContentError(file, line(parser.currentTokenLocation()),
                        "references.json must be a CSL-JSON array of entries ([{...}, ...])")));
            }
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                index++;
                int line = line(parser.currentTokenLocation());
                JsonNode node = parser.readValueAsTree();
                entry(node, index, line, errors).ifPresent(reference -> {
                    if (!ids.add(reference.id())) {
                        errors.add(new ContentError(file, line, "entry '" + reference.id() + "': the id is used twice"));
                    } else {
                        entries.add(reference);
                    }
                });
            }
        } catch (JsonProcessingException e) {
            errors.add(new ContentError(file, line(e.getLocation()), "not valid JSON: " + plainly(e.getOriginalMessage())));
        } catch (IOException e) {
            errors.add(new ContentError(file, 0, "cannot read the file: " + e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new ContentException(errors.stream().map(e -> new ContentError(file, e.line(), e.message())).toList());
        }
        return new References(entries);
    }

    /**
     * Jackson's message in the words of the file: where a bracket opened ("opened at line 1, column
     * 2") rather than the parser's description of its source, and a nesting limit without the name
     * of the setting behind it.
     */
    static String plainly(String message) {
        String plain = message.replaceAll("\\(start marker at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)",
                "(opened at line $1, column $2)");
        java.util.regex.Matcher depth = java.util.regex.Pattern.compile("nesting depth \\((\\d+)\\) exceeds the maximum allowed"
                + " \\((\\d+),.*").matcher(plain);
        return depth.find() ? "it nests lists and objects more than " + depth.group(2) + " deep" : plain;
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    /** One entry, or an error; the file is filled in by the caller. */
    private static Optional<Reference> entry(JsonNode node, int index, int line, List<ContentError> errors) {
        Path none = Path.of("");
        if (node == null || !node.isObject()) {
            errors.add(new ContentError(none, line, "entry " + index + " is not a JSON object"));
            return Optional.empty();
        }
        String name = node.path("id").isTextual() && !node.path("id").asText().isBlank()
                ? "'" + node.path("id").asText() + "'" : "number " + index;
        List<String> problems = new ArrayList<>();
        if (!node.path("id").isTextual() || node.path("id").asText().isBlank()) {
            problems.add("it needs an \"id\" string");
        }
        String typeCode = node.path("type").asText("");
        Optional<WorkType> type = WorkType.fromCsl(typeCode);
        if (type.isEmpty()) {
            problems.add("\"type\" must be one of book, article-journal, chapter, report, webpage, post-weblog, document; was '"
                    + typeCode + "'");
        }
        if (!node.path("title").isTextual() || title(node, "title").isEmpty()) {
            problems.add("it needs a \"title\" string");
        }
        List<Name> authors = names(node, "author", problems);
        List<Name> editors = names(node, "editor", problems);
        OptionalInt year = OptionalInt.empty();
        JsonNode issued = node.path("issued");
        if (!issued.isMissingNode()) {
            JsonNode first = issued.path("date-parts").path(0).path(0);
            // A year as a document's front matter takes it (org.concordance.content.Metadata): 1 to 9999, so
            // pages and exports never print "5 BC" or a BibTeX "year = {-5}".
            if (first.canConvertToInt() && (first.isInt() || first.asText().matches("\\d{1,4}"))
                    && first.asInt() >= Metadata.FIRST_YEAR && first.asInt() <= Metadata.LAST_YEAR) {
                year = OptionalInt.of(first.asInt());
            } else {
                problems.add("\"issued\" must be {\"date-parts\": [[year]]}, a year from " + Metadata.FIRST_YEAR + " to "
                        + Metadata.LAST_YEAR);
            }
        }
        for (String field : List.of("title-short", "container-title", "number", "volume", "issue", "publisher",
                "publisher-place", "page", "URL")) {
            JsonNode value = node.path(field);
            if (!value.isMissingNode() && !value.isTextual() && !value.isNumber()) {
                problems.add("\"" + field + "\" must be a string");
            }
        }
        if (!problems.isEmpty()) {
            errors.add(new ContentError(none, line, "entry " + name + ": " + String.join("; ", problems)));
            return Optional.empty();
        }
        return Optional.of(new Reference(node.path("id").asText(), type.orElseThrow(), authors, editors,
                title(node, "title").orElseThrow(), title(node, "title-short"),
                text(node, "container-title"), text(node, "number"), text(node, "volume"),
                text(node, "issue"), text(node, "publisher"), text(node, "publisher-place"), year, text(node, "page"),
                text(node, "URL"), line));
    }

    /** The names in a CSL name list ({@code author}, {@code editor}); each problem is added to {@code problems}. */
    private static List<Name> names(JsonNode node, String field, List<String> problems) {
        List<Name> names = new ArrayList<>();
        JsonNode list = node.path(field);
        if (list.isMissingNode()) {
            return names;
        }
        if (!list.isArray()) {
            problems.add("\"" + field + "\" must be an array of {\"family\": ..., \"given\": ...}");
            return names;
        }
        for (JsonNode person : list) {
            if (!person.path("family").isTextual() || person.path("family").asText().isBlank()) {
                problems.add("each " + field + " needs a \"family\" name");
            } else {
                names.add(name(person));
            }
        }
        return names;
    }

    /**
     * A CSL name. Its particles are read from {@code non-dropping-particle} and
     * {@code dropping-particle}; when it has neither, they are read from the family and given names
     * as citeproc-js does ("van de Velde" is the particle "van de" and the family name "Velde").
     */
    private static Name name(JsonNode person) {
        String family = person.path("family").asText().strip();
        Optional<String> given = Optional.ofNullable(person.path("given").textValue());
        Optional<String> particle = Optional.ofNullable(person.path("non-dropping-particle").textValue());
        Optional<String> dropping = Optional.ofNullable(person.path("dropping-particle").textValue());
        Optional<String> suffix = Optional.ofNullable(person.path("suffix").textValue()).map(String::strip).filter(x -> !x.isEmpty());
        if (particle.isEmpty() && dropping.isEmpty()) {
            Name parsed = Name.parse(family.replace(",", " ") + ", " + given.orElse("").replace(",", " "));
            return suffix.isEmpty() ? parsed
                    : new Name(parsed.family(), parsed.given(), parsed.particle(), parsed.droppingParticle(), suffix);
        }
        return new Name(family, given, particle, dropping, suffix);
    }

    /** A title field, its {@code <i>} markup read as italics; empty when missing or with no text. */
    private static Optional<Title> title(JsonNode node, String field) {
        return text(node, field).filter(t -> !Title.clean(Jsoup.parseBodyFragment(t).text()).isBlank()).map(Title::fromMarkup);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asText().isBlank() ? Optional.empty()
                : Optional.of(value.asText().strip());
    }
}
