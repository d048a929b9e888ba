package org.concordance.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The YAML block between the two {@code ---} lines at the top of a content file, read with a real
 * YAML parser, with typed accessors that record a file-and-line error instead of throwing.
 */
final class FrontMatter {
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:");

    private final Path file;
    private final Map<String, Object> values;
    /** Each scalar as written (quotes and escapes resolved), before YAML typed it: "3.10", not 3.1; by key, nested ones dotted. */
    private final Map<String, String> written;
    private final Map<String, Integer> keyLines;
    private final List<ContentError> errors;

    private FrontMatter(Path file, Map<String, Object> values, Map<String, String> written, Map<String, Integer> keyLines,
            List<ContentError> errors) {
        this.file = file;
        this.values = values;
        this.written = written;
        this.keyLines = keyLines;
        this.errors = errors;
    }

    /** Splits a file into front matter and body; the body starts at {@link Split#bodyLine()}. */
    static Optional<Split> split(Path file, String text, List<ContentError> errors) {
        if (!text.startsWith("---\n")) {
            String problem = text.isBlank() ? "the file is empty"
                    : text.startsWith("---\r") ? "its lines end in a lone carriage return, as old Mac files do; save it with"
                            + " line feeds (LF or CRLF) so its '---' line is one"
                    : "it does not start with a '---' line";
            errors.add(new ContentError(file, 1, problem + ": a content file starts with a '---' line opening its YAML"
                    + " front matter"));
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].equals("---")) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return Optional.of(new Split(yaml, body, i + 2));
            }
        }
        errors.add(new ContentError(file, 1, "the front matter opened on line 1 is never closed by a '---' line"));
        return Optional.empty();
    }

    /** Parses the YAML; on a syntax error records it (with its line) and returns empty. */
    static Optional<FrontMatter> parse(Path file, String yaml, List<ContentError> errors) {
        Object loaded;
        Map<String, String> written = new LinkedHashMap<>();
        Optional<ContentError> deep = YamlNesting.tooDeep(file, yaml, 2);
        if (deep.isPresent()) {
            errors.add(deep.get());
            return Optional.empty();
        }
        try {
            // Composed once: the nodes give each scalar as written, and are then constructed as Load would.
            LoadSettings settings = YamlList.settings(file, yaml);
            Optional<org.snakeyaml.engine.v2.nodes.Node> root = new Compose(settings).composeString(yaml);
            List<ContentError> tagged = root.map(node -> YamlTags.unknown(file, node, 2)).orElse(List.of());
            if (!tagged.isEmpty()) {
                errors.addAll(tagged);
                return Optional.empty();
            }
            root.ifPresent(node -> scalars(node, "", written));
            loaded = new StandardConstructor(settings).constructSingleDocument(root);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(mark -> mark.getLine() + 2).orElse(1);
            Optional<Integer> keyWithoutColon = keyWithoutColon(yaml, line - 1);
            if (keyWithoutColon.isPresent()) {
                int at = keyWithoutColon.get();
                errors.add(new ContentError(file, at, "front matter is not valid YAML: line " + at + " has no ':' after its "
                        + "key; write 'key: value' (" + yaml.split("\n", -1)[at - 2].strip() + ")"));
                return Optional.empty();
            }
            String context = e.getContextMark().map(mark -> mark.getLine() + 2).filter(start -> start != line)
                    .map(start -> " (" + e.getContext() + " that starts on line " + start + ")").orElse("");
            errors.add(new ContentError(file, line, "front matter is not valid YAML: " + e.getProblem() + context));
            return Optional.empty();
        } catch (YamlEngineException e) {
            errors.add(new ContentError(file, 1, "front matter is not valid YAML: " + e.getMessage()));
            return Optional.empty();
        } catch (StackOverflowError e) { // the parser recurses per level of nesting: what tooDeep did not see
            errors.add(YamlNesting.outOfStack(file, 2));
            return Optional.empty();
        }
        if (loaded == null) {
            loaded = Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            errors.add(new ContentError(file, 2, "front matter must be a mapping of keys to values"));
            return Optional.empty();
        }
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((key, value) -> values.put(String.valueOf(key), value));
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = TOP_LEVEL_KEY.matcher(lines[i]);
            if (matcher.find()) {
                keyLines.putIfAbsent(matcher.group(1), i + 2);
            }
        }
        return Optional.of(new FrontMatter(file, values, written, keyLines, errors));
    }

    /**
     * Each scalar of {@code node}'s mappings as written, by its keys joined with dots
     * ("venue.volume"), and each scalar item of a list by its key and index ("authors[0]").
     */
    private static void scalars(org.snakeyaml.engine.v2.nodes.Node node, String prefix, Map<String, String> written) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple pair : mapping.getValue()) {
                if (pair.getKeyNode() instanceof ScalarNode key) {
                    if (pair.getValueNode() instanceof ScalarNode value) {
                        written.putIfAbsent(prefix + key.getValue(), value.getValue());
                    } else if (pair.getValueNode() instanceof SequenceNode list) {
                        // A list's items by their index: "authors[0]".
                        List<org.snakeyaml.engine.v2.nodes.Node> items = list.getValue();
                        for (int i = 0; i < items.size(); i++) {
                            if (items.get(i) instanceof ScalarNode item) {
                                written.putIfAbsent(prefix + key.getValue() + "[" + i + "]", item.getValue());
                            }
                        }
                    } else {
                        scalars(pair.getValueNode(), prefix + key.getValue() + ".", written);
                    }
                }
            }
        }
    }

    /**
     * The file line of the first top-level line, up to {@code lastFileLine}, that is neither a key
     * with its colon, a list item, a comment nor blank ({@code title Why…}): YAML reports such a
     * line where the next key's colon makes it fail, one line too late.
     */
    private static Optional<Integer> keyWithoutColon(String yaml, int lastFileLine) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length && i + 2 <= lastFileLine; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#") || line.startsWith(" ") || line.startsWith("\t")
                    || line.startsWith("-") || line.startsWith("...")) {
                continue;
            }
            if (!TOP_LEVEL_KEY.matcher(line).find()) {
                return Optional.of(i + 2);
            }
        }
        return Optional.empty();
    }

    int line(String key) {
        return keyLines.getOrDefault(key, 1);
    }

    void rejectUnknownKeys(List<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                error(key, "unknown front matter key '" + key + "'; known keys are " + String.join(", ", known));
            }
        }
    }

    void error(String key, String message) {
        errors.add(new ContentError(file, line(key), message));
    }

    /**
     * A text value; numbers are accepted as written ("volume: 7", "title: 3.10", not 3.1). Null or
     * blank is empty.
     */
    Optional<String> text(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String || value instanceof Number) {
            String text = (value instanceof Number ? written.getOrDefault(key, String.valueOf(value)) : (String) value).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        error(key, "'" + key + "' must be text, was " + describe(value));
        return Optional.empty();
    }

    /**
     * A text value of one line, as a label, a name or a venue is: whitespace (line breaks among it)
     * collapsed and control characters dropped ({@link Title#clean}), so none reaches a page's
     * {@code <title>} or a meta tag. Null or blank is empty.
     */
    Optional<String> oneLine(String key) {
        return text(key).map(text -> Title.clean(text).strip()).filter(text -> !text.isEmpty());
    }

    /** {@link #oneLine} of a key that must be there and hold more than whitespace and control characters. */
    Optional<String> requiredLine(String key) {
        Optional<String> text = requiredText(key);
        Optional<String> line = text.map(t -> Title.clean(t).strip()).filter(t -> !t.isEmpty());
        if (text.isPresent() && line.isEmpty()) {
            error(key, "'" + key + "' holds no visible text, only control or formatting characters");
        }
        return line;
    }

    Optional<String> requiredText(String key) {
        Optional<String> text = text(key);
        if (text.isEmpty() && !values.containsKey(key)) {
            error(key, "'" + key + "' is required");
        } else if (text.isEmpty() && (values.get(key) == null || values.get(key) instanceof String)) {
            error(key, "'" + key + "' must not be empty");
        }
        return text;
    }

    OptionalInt integer(String key) {
        Object value = values.get(key);
        if (value == null) {
            return OptionalInt.empty();
        }
        if (value instanceof Integer number) {
            return OptionalInt.of(number);
        }
        // A number in quotes ("year: '2022'") is the number: "must be a whole number, was '2022'" said otherwise.
        if (value instanceof String text && text.strip().matches("[+-]?[0-9]{1,9}")) {
            return OptionalInt.of(Integer.parseInt(text.strip()));
        }
        error(key, "'" + key + "' must be a whole number, was " + describe(value));
        return OptionalInt.empty();
    }

    /** A yes/no value written {@code true} or {@code false}; empty when the key is absent. */
    Optional<Boolean> bool(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean flag) {
            return Optional.of(flag);
        }
        error(key, "'" + key + "' must be true or false, was " + describe(value));
        return Optional.empty();
    }

    /** A calendar date written {@code 2026-11-22} (YAML reads it as text or as a date). */
    Optional<java.time.LocalDate> date(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof java.time.temporal.TemporalAccessor ? value.toString().substring(0, 10) : String.valueOf(value).strip();
        try {
            return Optional.of(java.time.LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            error(key, "'" + key + "' must be a date written YYYY-MM-DD, was " + describe(value));
            return Optional.empty();
        }
    }

    List<String> textList(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            error(key, "'" + key + "' must be a list, was " + describe(value));
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            // An item YAML read as a number or a truth value is taken as written: "3.10", not 3.1.
            if (item instanceof Number || item instanceof Boolean) {
                item = Optional.<Object>ofNullable(written.get(key + "[" + i + "]")).orElse(item);
            }
            // Each item one line, as oneLine gives it: lists hold names and keywords.
            if (item instanceof String text && !Title.clean(text).isBlank()) {
                texts.add(Title.clean(text).strip());
            } else {
                error(key, "every item of '" + key + "' must be non-empty text, found " + describe(item));
            }
        }
        return texts;
    }

    /** A nested mapping, as a front matter of its own whose errors point at the parent key's line. */
    Optional<FrontMatter> mapping(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> map)) {
            error(key, "'" + key + "' must be a mapping, was " + describe(value));
            return Optional.empty();
        }
        Map<String, Object> nested = new LinkedHashMap<>();
        map.forEach((k, v) -> nested.put(String.valueOf(k), v));
        Map<String, Integer> lines = new LinkedHashMap<>();
        nested.keySet().forEach(k -> lines.put(k, line(key)));
        Map<String, String> nestedWritten = new LinkedHashMap<>();
        written.forEach((k, text) -> {
            if (k.startsWith(key + ".")) {
                nestedWritten.put(k.substring(key.length() + 1), text);
            }
        });
        return Optional.of(new FrontMatter(file, nested, nestedWritten, lines, errors));
    }

    private static String describe(Object value) {
        if (value == null) {
            return "empty";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof byte[]) {
            return "binary data";
        }
        if (value instanceof java.util.Set) {
            return "a set"; // YAML's !!set
        }
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            return "a value of another YAML type (" + (value instanceof java.time.temporal.Temporal ? "a timestamp" : "tagged") + ")";
        }
        return "'" + value + "'";
    }

    /**
     * @param bodyLine the 1-based line of the file on which the body's first line stands
     */
    record Split(String yaml, String body, int bodyLine) {
    }
}
