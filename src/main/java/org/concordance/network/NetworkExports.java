package org.concordance.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.concordance.content.Quotation;
import org.concordance.content.Relation;
import org.jgrapht.graph.DirectedMultigraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * The network as files for graph tools: GraphML and GEXF (Gephi) written by jgrapht-io, and a CSV
 * edge list with a header row. Every node carries its name, kind, figures and page; every edge its
 * relation type, direction, time, concepts, quotes and their passages.
 *
 * <p>Both graph formats hold one kind of edge per graph, so the graph is directed, each edge runs
 * from a relation's {@code from} to its {@code to}, and the {@code directed} attribute says whether
 * the text gives the relation a direction. Several quotes are joined with {@value #SEPARATOR}, their
 * passages in the same order. jgrapht-io's CSV writer has neither a header row nor attributes, so the
 * CSV is written with Jackson's, which quotes fields as RFC 4180 says.
 */
public final class NetworkExports {
    /** Between the quotes (and between their passages) of a relation with more than one. */
    public static final String SEPARATOR = " | ";

    /** The CSV's columns, in order. */
    public static final List<String> CSV_COLUMNS = List.of("id", "source", "target", "source_name", "target_name",
            "type", "directed", "when", "concepts", "evidence", "passages", "url");

    private final Network network;
    private final UnaryOperator<String> absolute;
    private final DirectedMultigraph<String, Relation> graph = new DirectedMultigraph<>(Relation.class);

    /** @param absolute turns a site path ({@code /relations/x}) into an absolute URL */
    public NetworkExports(Network network, UnaryOperator<String> absolute) {
        this.network = network;
        this.absolute = absolute;
        network.nodes().forEach(node -> graph.addVertex(node.slug()));
        network.relations().forEach(relation -> graph.addEdge(relation.from(), relation.to(), relation));
    }

    public String graphml() {
        GraphMLExporter<String, Relation> exporter = new GraphMLExporter<>(slug -> slug);
        exporter.setEdgeIdProvider(Relation::id);
        exporter.registerAttribute("name", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("kind", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("degree", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("relations", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("betweenness", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("eigenvector", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("component", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("hub", GraphMLExporter.AttributeCategory.NODE, AttributeType.BOOLEAN);
        // GraphML keys attributes by name: "url", on nodes and edges alike, is registered once for all.
        exporter.registerAttribute("url", GraphMLExporter.AttributeCategory.ALL, AttributeType.STRING);
        exporter.registerAttribute("type", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("directed", GraphMLExporter.AttributeCategory.EDGE, AttributeType.BOOLEAN);
        exporter.registerAttribute("when", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("concepts", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("evidence", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("passages", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(this::nodeAttributes);
        exporter.setEdgeAttributeProvider(relation -> edgeAttributes(relation, "type"));
        StringWriter out = new StringWriter();
        exporter.exportGraph(graph, out);
        return out.toString();
    }

    public String gexf() {
        GEXFExporter<String, Relation> exporter = new GEXFExporter<>(slug -> slug, Relation::id);
        exporter.setCreator("Concordance");
        exporter.setDescription("Relations between terrorist organizations stated in the library's texts, each with its evidence");
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        GEXFExporter.AttributeCategory node = GEXFExporter.AttributeCategory.NODE;
        GEXFExporter.AttributeCategory edge = GEXFExporter.AttributeCategory.EDGE;
        exporter.registerAttribute("name", node, GEXFAttributeType.STRING);
        exporter.registerAttribute("kind", node, GEXFAttributeType.STRING);
        exporter.registerAttribute("degree", node, GEXFAttributeType.INTEGER);
        exporter.registerAttribute("relations", node, GEXFAttributeType.INTEGER);
        exporter.registerAttribute("betweenness", node, GEXFAttributeType.DOUBLE);
        exporter.registerAttribute("eigenvector", node, GEXFAttributeType.DOUBLE);
        exporter.registerAttribute("component", node, GEXFAttributeType.INTEGER);
        exporter.registerAttribute("hub", node, GEXFAttributeType.BOOLEAN);
        exporter.registerAttribute("url", node, GEXFAttributeType.ANYURI);
        // GEXF keeps "type" for an edge's direction, so the relation's type is "relation".
        exporter.registerAttribute("relation", edge, GEXFAttributeType.STRING);
        exporter.registerAttribute("directed", edge, GEXFAttributeType.BOOLEAN);
        exporter.registerAttribute("when", edge, GEXFAttributeType.STRING);
        exporter.registerAttribute("concepts", edge, GEXFAttributeType.STRING);
        exporter.registerAttribute("evidence", edge, GEXFAttributeType.STRING);
        exporter.registerAttribute("passages", edge, GEXFAttributeType.STRING);
        exporter.registerAttribute("url", edge, GEXFAttributeType.ANYURI);
        exporter.setVertexAttributeProvider(slug -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("label", DefaultAttribute.createAttribute(network.nodeOf(slug).name()));
            attributes.putAll(nodeAttributes(slug));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(relation -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("label", DefaultAttribute.createAttribute(relation.type().label()));
            attributes.putAll(edgeAttributes(relation, "relation"));
            return attributes;
        });
        StringWriter out = new StringWriter();
        exporter.exportGraph(graph, out);
        return out.toString();
    }

    /** One row per relation under a header row of {@link #CSV_COLUMNS}. */
    public String csv() {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        CSV_COLUMNS.forEach(schema::addColumn);
        List<Map<String, String>> rows = new ArrayList<>();
        for (Relation relation : network.relations()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", relation.id());
            row.put("source", relation.from());
            row.put("target", relation.to());
            row.put("source_name", network.nodeOf(relation.from()).name());
            row.put("target_name", network.nodeOf(relation.to()).name());
            edgeAttributes(relation, "type").forEach((key, value) -> row.put(key, value.getValue()));
            rows.add(row);
        }
        try {
            return new CsvMapper().writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Attribute> nodeAttributes(String slug) {
        NetworkNode node = network.nodeOf(slug);
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("name", DefaultAttribute.createAttribute(node.name()));
        attributes.put("kind", DefaultAttribute.createAttribute(node.organization().kind().name().toLowerCase(java.util.Locale.ROOT)));
        attributes.put("degree", DefaultAttribute.createAttribute(node.figures().degree()));
        attributes.put("relations", DefaultAttribute.createAttribute(node.relations()));
        attributes.put("betweenness", DefaultAttribute.createAttribute(node.figures().betweenness()));
        attributes.put("eigenvector", DefaultAttribute.createAttribute(node.figures().eigenvector()));
        attributes.put("component", DefaultAttribute.createAttribute(node.figures().component()));
        attributes.put("hub", DefaultAttribute.createAttribute(node.isHub()));
        attributes.put("url", DefaultAttribute.createAttribute(absolute.apply(node.href())));
        return attributes;
    }

    /** A relation's attributes; {@code typeKey} names its type ("type", or "relation" where that is taken). */
    private Map<String, Attribute> edgeAttributes(Relation relation, String typeKey) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put(typeKey, DefaultAttribute.createAttribute(relation.type().code()));
        attributes.put("directed", DefaultAttribute.createAttribute(relation.directed()));
        attributes.put("when", DefaultAttribute.createAttribute(relation.when().orElse("")));
        attributes.put("concepts", DefaultAttribute.createAttribute(String.join(" ", relation.concepts())));
        attributes.put("evidence", DefaultAttribute.createAttribute(relation.evidence().stream()
                .map(Quotation::text).collect(Collectors.joining(SEPARATOR))));
        attributes.put("passages", DefaultAttribute.createAttribute(relation.evidence().stream()
                .map(q -> absolute.apply("/documents/" + q.document() + "#" + q.anchor())).collect(Collectors.joining(SEPARATOR))));
        attributes.put("url", DefaultAttribute.createAttribute(absolute.apply(relation.href())));
        return attributes;
    }
}
