package org.concordance.content;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The tags a content file's YAML may carry: YAML's own types, which a value gets whether or not
 * its tag is written (the loaders then say when a value is of the wrong type). Any other ({@code !!java.io.File}, {@code !custom}) is refused where
 * it stands: snakeyaml-engine builds no object from it, but the value was taken as plain text (a
 * trial renamed Al Qaeda "/etc/passwd" with {@code name: !!java.io.File /etc/passwd}), and a tag is
 * never what an editor of the library means.
 */
final class YamlTags {
    /** YAML's own types (yaml.org/type): the core schema's, and those the loaders name in a type error ("binary data"). */
    private static final Set<String> YAML_TYPES = Set.of("str", "int", "bool", "null", "float", "seq", "map", "binary",
            "timestamp", "set", "omap", "pairs", "merge");

    private YamlTags() {
    }

    /**
     * An error at each node with a tag other than YAML's own types, in the file's order; empty when none has one.
     *
     * @param firstLine the file's line number of the text's first line (front matter starts on line 2)
     */
    static List<ContentError> unknown(Path file, Node root, int firstLine) {
        List<ContentError> found = new ArrayList<>();
        // Each node once: an alias is the node it names, and a chain of aliases (a "billion laughs")
        // would otherwise be walked as the tree it expands to.
        java.util.Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Deque<Node> nodes = new ArrayDeque<>();
        nodes.push(root);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (!yamlType(node.getTag())) {
                int line = node.getStartMark().map(mark -> mark.getLine() + firstLine).orElse(firstLine);
                found.add(new ContentError(file, line, "the YAML tag " + shown(node.getTag())
                        + " is not part of the content format: remove it (a value is text, a number, true or false)"));
            }
            // Children pushed last first, so they are visited in the file's order.
            if (node instanceof SequenceNode list) {
                for (int i = list.getValue().size() - 1; i >= 0; i--) {
                    nodes.push(list.getValue().get(i));
                }
            } else if (node instanceof MappingNode map) {
                for (int i = map.getValue().size() - 1; i >= 0; i--) {
                    nodes.push(map.getValue().get(i).getValueNode());
                    nodes.push(map.getValue().get(i).getKeyNode());
                }
            }
        }
        return found;
    }

    private static boolean yamlType(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) && YAML_TYPES.contains(value.substring(Tag.PREFIX.length()));
    }

    /** A tag as it is written: {@code !!java.io.File} for one of YAML's namespace. */
    private static String shown(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }
}
