package org.concordance.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concordance.content.ContentLoader;
import org.concordance.content.Relation;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled network's downloads, each parsed back by a reader of its format (jgrapht-io's, Jackson's for CSV). */
class NetworkExportsTest {
    private static Network network;
    private static NetworkExports exports;

    @BeforeAll
    static void build() throws Exception {
        network = Network.of(new ContentLoader(Path.of("content")).load());
        exports = new NetworkExports(network, path -> "https://library.example.org" + path);
    }

    /** A graph read back, with every attribute of every node and edge. */
    private record ReadBack(DirectedPseudograph<String, DefaultEdge> graph, Map<String, Map<String, String>> nodes,
            Map<DefaultEdge, Map<String, String>> edges) {
    }

    private static ReadBack readBack(boolean gexf, String text) {
        DirectedPseudograph<String, DefaultEdge> graph = new DirectedPseudograph<>(null, null, false);
        Map<String, Map<String, String>> nodes = new HashMap<>();
        Map<DefaultEdge, Map<String, String>> edges = new HashMap<>();
        graph.setVertexSupplier(new java.util.function.Supplier<>() {
            private int next;

            @Override
            public String get() {
                return "v" + next++;
            }
        });
        graph.setEdgeSupplier(DefaultEdge::new);
        java.util.function.BiConsumer<Pair<String, String>, Attribute> node =
                (key, a) -> nodes.computeIfAbsent(key.getFirst(), k -> new HashMap<>()).put(key.getSecond(), a.getValue());
        java.util.function.BiConsumer<Pair<DefaultEdge, String>, Attribute> edge =
                (key, a) -> edges.computeIfAbsent(key.getFirst(), k -> new HashMap<>()).put(key.getSecond(), a.getValue());
        if (gexf) {
            SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
            importer.addVertexAttributeConsumer(node);
            importer.addEdgeAttributeConsumer(edge);
            importer.importGraph(graph, new StringReader(text));
        } else {
            GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
            importer.addVertexAttributeConsumer(node);
            importer.addEdgeAttributeConsumer(edge);
            importer.importGraph(graph, new StringReader(text));
        }
        return new ReadBack(graph, nodes, edges);
    }

    @Test
    void graphmlParsesBackWithEveryNodeEdgeAndAttribute() {
        ReadBack back = readBack(false, exports.graphml());
        assertThat(back.graph().vertexSet()).hasSize(network.nodes().size());
        assertThat(back.graph().edgeSet()).hasSize(network.relations().size());
        Map<String, String> islamicState = byAttribute(back.nodes(), "ID", "islamic-state");
        assertThat(islamicState).containsEntry("name", "Islamic State").containsEntry("degree", "9")
                .containsEntry("hub", "true").containsEntry("eigenvector", "1.0").containsEntry("kind", "organization")
                .containsEntry("url", "https://library.example.org/organizations/islamic-state");
        Map<String, String> rivalry = byAttribute(back.edges(), "url", "https://library.example.org/relations/hezbollah-rivalry-amal");
        assertThat(rivalry).containsEntry("type", "rivalry").containsEntry("directed", "false")
                .containsEntry("when", "the late 1980s").containsEntry("concepts", "inter-group-competition")
                .containsEntry("passages", "https://library.example.org/documents/why-terrorist-actors-cooperate#p-5");
        assertThat(rivalry.get("evidence")).startsWith("When competing with Amal for power in Lebanon");
    }

    @Test
    void gexfParsesBackAsGephiWouldReadIt() {
        ReadBack back = readBack(true, exports.gexf());
        assertThat(back.graph().vertexSet()).hasSize(network.nodes().size());
        assertThat(back.graph().edgeSet()).hasSize(network.relations().size());
        Map<String, String> hezbollah = byAttribute(back.nodes(), "ID", "hezbollah");
        assertThat(hezbollah).containsEntry("label", "Hezbollah").containsEntry("degree", "3").containsEntry("betweenness", "7.0");
        Map<String, String> yemen = byAttribute(back.edges(), "url",
                "https://library.example.org/relations/islamic-state-yemen-province-islamic-state");
        assertThat(yemen).containsEntry("relation", "province").containsEntry("directed", "true").containsEntry("label", "Province");
        assertThat(yemen.get("evidence").split(java.util.regex.Pattern.quote(NetworkExports.SEPARATOR))).hasSize(3);
        assertThat(yemen.get("evidence")).contains("its ally in Yemen’s attack");
    }

    @Test
    void csvHasAHeaderRowAndOneRowPerRelationWithQuotesIntact() throws Exception {
        String csv = exports.csv();
        assertThat(csv.lines().findFirst()).contains(String.join(",", NetworkExports.CSV_COLUMNS));
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            List<Map<String, String>> all = rows.readAll();
            assertThat(all).hasSize(network.relations().size());
            assertThat(all).extracting(row -> row.get("id")).containsExactlyElementsOf(
                    network.relations().stream().map(Relation::id).toList());
            Map<String, String> jra = all.stream().filter(r -> r.get("id").equals("japanese-red-army-alliance-pflp")).findFirst().orElseThrow();
            assertThat(jra).containsEntry("source_name", "Japanese Red Army")
                    .containsEntry("target_name", "Popular Front for the Liberation of Palestine")
                    .containsEntry("directed", "true").containsEntry("when", "");
            assertThat(jra.get("evidence")).endsWith("“a means of propelling ourselves onto the world stage.”");
        }
    }

    private static <K> Map<String, String> byAttribute(Map<K, Map<String, String>> items, String key, String value) {
        return items.values().stream().filter(a -> value.equals(a.get(key))).findFirst()
                .orElseThrow(() -> new AssertionError("nothing with " + key + " = " + value + " in " + items.values()));
    }
}
