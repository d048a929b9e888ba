package org.concordance.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML file that is a list of mappings ({@code organizations.yaml}, {@code people.yaml},
 * {@code relations.yaml}), read as YAML nodes so that every value keeps its line. Accessors record a
 * file-and-line error in the shared list instead of throwing, and return empty for a bad value.
 */
final class YamlList {
    private YamlList() {
    }

    /**
     * The file's entries, each a mapping whose keys are among {@code keys}; empty (with an error)
     * when the file is not valid YAML or not a list of mappings.
     *
     * @param shape how an entry starts, for the error message ("'- slug:'")
     */
    /**
     * How {@code text} of {@code file} is read: labelled with the file, and in one window. The
     * reader of snakeyaml-engine 2.10 reads 1,024 characters at a time and fails (an
     * IndexOutOfBoundsException) when a character of two UTF-16 units, an emoji, falls across the
     * window's end; read whole, nothing falls across it.
     */
    static LoadSettings settings(Path file, String text) {
        return LoadSettings.builder().setLabel(file.toString()).setBufferSize(Math.max(1024, text.length() + 1)).build();
    }

    static List<Item> read(Path file, String text, List<String> keys, String shape, List<ContentError> errors) {
        Optional<Node> root;
        Optional<ContentError> deep = YamlNesting.tooDeep(file, text, 1);
        if (deep.isPresent()) {
            errors.add(deep.get());
            return List.of();
        }
        try {
            root = new Compose(settings(file, text)).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(mark -> mark.getLine() + 1).orElse(1);
            errors.add(new ContentError(file, line, "not valid YAML: " + e.getProblem()));
            return List.of();
        } catch (YamlEngineException e) {
            errors.add(new ContentError(file, 1, "not valid YAML: " + e.getMessage()));
            return List.of();
        } catch (StackOverflowError e) { // the parser recurses per level of nesting: what tooDeep did not see
            errors.add(YamlNesting.outOfStack(file, 1));
            return List.of();
        }
        if (root.isEmpty()) {
            // A file saved empty (cut short, say) would take every entry out of the library.
            errors.add(new ContentError(file, 1, "the file has no entries (it is empty, or holds only comments): write [] for"
                    + " a file of none"));
            return List.of();
        }
        List<ContentError> tagged = YamlTags.unknown(file, root.get(), 1);
        if (!tagged.isEmpty()) {
            errors.addAll(tagged);
            return List.of();
        }
        if (!(root.get() instanceof SequenceNode list)) {
            errors.add(new ContentError(file, line(root.get()), "the file is a list of entries, each starting with " + shape));
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (Node node : list.getValue()) {
            Item.of(file, node, keys, errors).ifPresent(items::add);
        }
        return items;
    }

    static int line(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(1);
    }

    /** One mapping of the list, its keys checked against the known ones. */
    static final class Item {
        private final Path file;
        private final Node node;
        private final Map<String, Node> values;
        private final List<ContentError> errors;

        private Item(Path file, Node node, Map<String, Node> values, List<ContentError> errors) {
            this.file = file;
            this.node = node;
            this.values = values;
            this.errors = errors;
        }

        static Optional<Item> of(Path file, Node node, List<String> keys, List<ContentError> errors) {
            if (!(node instanceof MappingNode mapping)) {
                errors.add(new ContentError(file, YamlList.line(node), "each entry is a mapping with the keys " + String.join(", ", keys)));
                return Optional.empty();
            }
            Map<String, Node> values = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
                if (!keys.contains(key)) {
                    errors.add(new ContentError(file, YamlList.line(tuple.getKeyNode()), "unknown key '" + key + "'; known keys are "
                            + String.join(", ", keys)));
                } else if (values.putIfAbsent(key, tuple.getValueNode()) != null) {
                    errors.add(new ContentError(file, YamlList.line(tuple.getKeyNode()), "key '" + key + "' is given twice"));
                }
            }
            return Optional.of(new Item(file, node, values, errors));
        }

        Path file() {
            return file;
        }

        /** The line the entry starts on. */
        int line() {
            return YamlList.line(node);
        }

        /** The line of the key's value, or of the entry when the key is absent. */
        int line(String key) {
            return values.containsKey(key) ? YamlList.line(values.get(key)) : line();
        }

        boolean has(String key) {
            return values.containsKey(key);
        }

        void error(String key, String message) {
            errors.add(new ContentError(file, line(key), message));
        }

        /** The text value of {@code key} as written, reporting nothing: what an entry with problems was called. */
        Optional<String> quietly(String key) {
            return values.get(key) instanceof ScalarNode scalar ? Optional.of(scalar.getValue().strip()) : Optional.empty();
        }

        /** A text value, stripped; a missing or blank value is an error only when {@code required}. */
        Optional<String> text(String key, boolean required) {
            Node value = values.get(key);
            if (value == null || (value instanceof ScalarNode s && s.getValue().isBlank())) {
                if (required) {
                    error(key, "'" + key + "' is required");
                }
                return Optional.empty();
            }
            if (!(value instanceof ScalarNode scalar)) {
                error(key, "'" + key + "' must be text");
                return Optional.empty();
            }
            return Optional.of(scalar.getValue().strip());
        }

        /**
         * A text value of one line, as a name is: whitespace (line breaks among it) collapsed and
         * control characters dropped ({@link Title#clean}), so none reaches a page's {@code <title>}
         * or a meta tag; one left blank by that is missing.
         */
        Optional<String> oneLine(String key, boolean required) {
            Optional<String> text = text(key, required).map(t -> Title.clean(t).strip());
            if (text.isPresent() && text.get().isEmpty()) {
                if (required) {
                    error(key, "'" + key + "' holds no visible text, only control or formatting characters");
                }
                return Optional.empty();
            }
            return text;
        }

        /** A list of non-empty texts, each one line as {@link #oneLine} makes it; missing is the empty list. */
        List<String> texts(String key) {
            Node value = values.get(key);
            if (value == null || (value instanceof ScalarNode s && s.getValue().isBlank())) {
                return List.of();
            }
            if (!(value instanceof SequenceNode sequence)) {
                error(key, "'" + key + "' must be a list");
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !Title.clean(scalar.getValue()).isBlank()) {
                    items.add(Title.clean(scalar.getValue()).strip());
                } else {
                    errors.add(new ContentError(file, YamlList.line(item), "every item of '" + key + "' must be non-empty text"));
                }
            }
            return items;
        }

        /** {@code true} or {@code false}; missing is empty. */
        Optional<Boolean> bool(String key) {
            return text(key, false).flatMap(text -> switch (text) {
                case "true" -> Optional.of(true);
                case "false" -> Optional.of(false);
                default -> {
                    error(key, "'" + key + "' must be true or false, was '" + text + "'");
                    yield Optional.empty();
                }
            });
        }

        /** A whole number of at least 1; missing is empty. */
        OptionalInt positive(String key) {
            Optional<String> text = text(key, false);
            if (text.isEmpty()) {
                return OptionalInt.empty();
            }
            if (!text.get().matches("[1-9][0-9]{0,8}")) {
                error(key, "'" + key + "' must be a whole number from 1, was '" + text.get() + "'");
                return OptionalInt.empty();
            }
            return OptionalInt.of(Integer.parseInt(text.get()));
        }

        /** A list of mappings, each with keys among {@code keys}; missing is the empty list. */
        List<Item> items(String key, List<String> keys) {
            Node value = values.get(key);
            if (value == null || (value instanceof ScalarNode s && s.getValue().isBlank())) {
                return List.of();
            }
            if (!(value instanceof SequenceNode sequence)) {
                error(key, "'" + key + "' must be a list of entries with the keys " + String.join(", ", keys));
                return List.of();
            }
            List<Item> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                of(file, item, keys, errors).ifPresent(items::add);
            }
            return items;
        }
    }
}
