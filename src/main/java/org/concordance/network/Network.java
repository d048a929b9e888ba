package org.concordance.network;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.concordance.content.Document;
import org.concordance.content.Entity;
import org.concordance.content.Library;
import org.concordance.content.Quotation;
import org.concordance.content.Relation;
import org.concordance.content.RelationType;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The alliance network of one library: the organizations that take part in a relation, the
 * relations the texts state, the figures of each organization, and a layout for the map. Built
 * once per library in time linear in its relations (plus the layout and the centralities, which
 * depend only on the number of organizations in the network); immutable and thread-safe.
 */
public final class Network {
    /**
     * A hub is tied to at least this many other organizations: the groups "around which other groups
     * cluster", in Bacon's words. With one or two partners a group is a pair or a link in a chain.
     */
    public static final int HUB_DEGREE = 3;

    /** Hubs first: most partners, then most betweenness, then A–Z. */
    static final Comparator<NetworkNode> RANKING = Comparator
            .comparingInt((NetworkNode n) -> -n.figures().degree())
            .thenComparingDouble(n -> -n.figures().betweenness())
            .thenComparing(NetworkNode::name, org.concordance.content.Collation.NAMES);

    private final Library library;
    private final Map<String, Relation> relations = new LinkedHashMap<>();
    private final Map<String, NetworkNode> nodes = new LinkedHashMap<>();
    private final Map<String, List<Relation>> byOrganization = new HashMap<>();
    private final Map<String, List<Relation>> byPassage = new HashMap<>();
    private final List<String> documents;
    private final Graph<String, DefaultEdge> ties;
    private final Measures measures;
    private final Layout layout;
    private final int components;

    /**
     * What the network computes that takes long and depends only on its graph: each organization's
     * figures and the map's layout (at 10,003 documents, most of the 0.15–0.35 s a network takes to
     * build, and 0.8 s in code not yet compiled). A start that serves the library the last run kept
     * keeps these too, and a library read again after an edit that leaves the graph as it was (a
     * document's prose, its notes, a relation's evidence) is given those of the library before.
     *
     * @param figures by organization slug
     * @param graph what they were measured on: a SHA-256 digest, in hex, of the organizations in the
     *     network (slug and name, which sizes a label on the map), the ties between them and which of
     *     those are partnerships, each in the order the algorithms visit them
     */
    public record Measures(Map<String, Figures> figures, Layout layout, String graph) {
        public Measures {
            figures = Map.copyOf(figures);
            Objects.requireNonNull(layout, "layout");
            Objects.requireNonNull(graph, "graph");
        }
    }

    private Network(Library library, Optional<Measures> measured) {
        this.library = library;
        Set<String> evidenced = new LinkedHashSet<>();
        for (Relation relation : library.relations()) {
            relations.put(relation.id(), relation);
            byOrganization.computeIfAbsent(relation.from(), s -> new ArrayList<>()).add(relation);
            byOrganization.computeIfAbsent(relation.to(), s -> new ArrayList<>()).add(relation);
            for (Quotation quote : relation.evidence()) {
                List<Relation> here = byPassage.computeIfAbsent(passage(quote.document(), quote.anchor()), s -> new ArrayList<>());
                if (!here.contains(relation)) {
                    here.add(relation);
                }
                evidenced.add(quote.document());
            }
        }
        this.documents = library.documents().stream().map(Document::slug).filter(evidenced::contains).toList();
        // Vertices in the library's order of organizations (A–Z), edges in the order of relations.yaml:
        // every algorithm below visits them in that order, so the figures and the map never depend on hashing.
        SimpleGraph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        // The partnerships alone (no rivalry): what the figures count, as a rival is no partner.
        SimpleGraph<String, DefaultEdge> partnerships = new SimpleGraph<>(DefaultEdge.class);
        List<Entity> members = library.entities().stream().filter(e -> byOrganization.containsKey(e.slug())).toList();
        members.forEach(e -> graph.addVertex(e.slug()));
        members.forEach(e -> partnerships.addVertex(e.slug()));
        for (Relation relation : library.relations()) {
            if (!graph.containsEdge(relation.from(), relation.to())) {
                graph.addEdge(relation.from(), relation.to());
            }
            if (relation.type().cooperative() && !partnerships.containsEdge(relation.from(), relation.to())) {
                partnerships.addEdge(relation.from(), relation.to());
            }
        }
        this.ties = graph;
        String measuredOn = digest(members, graph, partnerships);
        // Measures of another graph (a relation added, an organization renamed) are computed again.
        measured = measured.filter(given -> given.graph().equals(measuredOn));
        Map<String, Figures> figures = measured.map(Measures::figures).orElseGet(() -> Figures.of(graph, partnerships));
        for (Entity member : members) {
            nodes.put(member.slug(), new NetworkNode(member, figures.get(member.slug()), byOrganization.get(member.slug()).size()));
        }
        Map<String, Integer> componentOf = new HashMap<>();
        figures.forEach((slug, f) -> componentOf.put(slug, f.component()));
        this.components = (int) figures.values().stream().mapToInt(Figures::component).distinct().count();
        this.layout = measured.map(Measures::layout)
                .orElseGet(() -> Layout.of(graph, componentOf, slug -> NetworkSvg.labelWidth(nodes.get(slug).name())));
        this.measures = new Measures(figures, layout, measuredOn);
    }

    /** {@link Measures#graph}: the members' slugs and names, then the ties, then the partnerships, in order. */
    private static String digest(List<Entity> members, Graph<String, DefaultEdge> graph,
            Graph<String, DefaultEdge> partnerships) {
        StringBuilder described = new StringBuilder();
        for (Entity member : members) {
            described.append(member.slug()).append('\u0000').append(member.name()).append('\n');
        }
        for (Graph<String, DefaultEdge> edges : List.of(graph, partnerships)) {
            described.append('\u0001');
            for (DefaultEdge tie : edges.edgeSet()) {
                described.append(edges.getEdgeSource(tie)).append('\u0000').append(edges.getEdgeTarget(tie)).append('\n');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(described.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The network of {@code library}'s relations.
     *
     * @throws IllegalArgumentException when a relation names an organization the library lacks
     *     (the content loader refuses such content, so this means a library built by hand)
     */
    public static Network of(Library library) {
        return of(library, Optional.empty());
    }

    /**
     * {@link #of(Library)}, with the figures and layout {@code measured} by a network built before
     * ({@link #measures()}), not computed again when they were measured on the same graph
     * ({@link Measures#graph}); else computed as {@link #of(Library)} computes them.
     */
    public static Network of(Library library, Optional<Measures> measured) {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(measured, "measured");
        for (Relation relation : library.relations()) {
            for (String party : List.of(relation.from(), relation.to())) {
                if (library.entity(party).isEmpty()) {
                    throw new IllegalArgumentException("relation " + relation.id() + " names '" + party
                            + "', which is not in the library");
                }
            }
        }
        return new Network(library, measured);
    }

    /** What this network computed that a network of the same library need not compute again. */
    public Measures measures() {
        return measures;
    }

    private static String passage(String document, String anchor) {
        return document + "#" + anchor;
    }

    public Library library() {
        return library;
    }

    /** Every relation, in the order of relations.yaml. */
    public List<Relation> relations() {
        return List.copyOf(relations.values());
    }

    public Optional<Relation> relation(String id) {
        return Optional.ofNullable(relations.get(id));
    }

    /** The relations {@code filter} lets through, in the order of relations.yaml. */
    public List<Relation> relations(Filter filter) {
        return relations.values().stream().filter(filter::matches).toList();
    }

    /** Every organization that takes part in a relation, A–Z. */
    public List<NetworkNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public Optional<NetworkNode> node(String slug) {
        return Optional.ofNullable(nodes.get(slug));
    }

    /** An organization of the network, by slug. */
    NetworkNode nodeOf(String slug) {
        NetworkNode node = nodes.get(slug);
        if (node == null) {
            throw new IllegalArgumentException("not in the network: " + slug);
        }
        return node;
    }

    /** Every organization ranked: most partners first, then most betweenness, then A–Z. */
    public List<NetworkNode> ranked() {
        return nodes.values().stream().sorted(RANKING).toList();
    }

    /** The hubs ({@link #HUB_DEGREE} or more partners), ranked. */
    public List<NetworkNode> hubs() {
        return ranked().stream().filter(NetworkNode::isHub).toList();
    }

    /** The relations {@code slug} takes part in, in the order of relations.yaml; empty if none. */
    public List<Relation> relationsOf(String slug) {
        return List.copyOf(byOrganization.getOrDefault(slug, List.of()));
    }

    /** The relations that quote paragraph or note {@code anchor} ({@code p-5}, {@code fn-14}) of a document. */
    public List<Relation> statedIn(String document, String anchor) {
        return List.copyOf(byPassage.getOrDefault(passage(document, anchor), List.of()));
    }

    /** The documents whose text states at least one relation, in the library's order. */
    public List<String> documents() {
        return documents;
    }

    /** How many connected components the network has: groups of organizations linked by some chain of relations. */
    public int components() {
        return components;
    }

    /** Whether two organizations are tied by at least one relation. */
    boolean tied(String a, String b) {
        return ties.containsEdge(a, b);
    }

    /** The organizations tied to {@code slug} by any relation (its partners and its rivals), in the graph's order. */
    List<String> tiedTo(String slug) {
        return ties.edgesOf(slug).stream().map(e -> Graphs.getOppositeVertex(ties, e, slug)).toList();
    }

    public Layout layout() {
        return layout;
    }

    /** A short sample of the line drawn for {@code type}, as a small SVG element for the map's key. */
    public static String legendSample(RelationType type) {
        return NetworkSvg.legendSample(type);
    }

    /** The map of the relations {@code filter} lets through, as an SVG element to put in a page. */
    public String svg(Filter filter) {
        return new NetworkSvg(this).write(filter);
    }
}
