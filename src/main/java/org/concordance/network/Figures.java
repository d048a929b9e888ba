package org.concordance.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.EigenvectorCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;

/**
 * What the network's shape says about one organization, computed with JGraphT on the simple
 * undirected graph of who is tied to whom (two relations between the same two groups are one tie,
 * and direction is ignored: a hub is a hub whichever way its ties run). Its partners and
 * centralities count partnerships only: a rivalry ties two groups on the map, but a rival is not a
 * partner, and a rivalry between two clusters makes neither party their broker.
 *
 * @param degree how many other organizations it is a partner of (by a relation of any type but rivalry)
 * @param betweenness on how many shortest chains of partnerships between two other organizations it
 *     lies (Brandes' algorithm, not normalized; a chain shared with another equally short one counts
 *     by its share)
 * @param eigenvector eigenvector centrality over the partnerships, scaled so that the highest in the
 *     network is 1: high for an organization partnered with organizations that are themselves well partnered
 * @param component which connected component of the map (rivalries included) it belongs to, 0 for the
 *     largest (ties by size are broken by the order of the graph's vertices)
 */
public record Figures(int degree, double betweenness, double eigenvector, int component) {
    /** Power iteration stops when the scores move less than this between two rounds. */
    static final double TOLERANCE = 1e-12;
    static final int MAX_ITERATIONS = 10_000;

    public Figures {
        if (degree < 0 || betweenness < 0 || eigenvector < 0 || eigenvector > 1 + 1e-9 || component < 0) {
            throw new IllegalArgumentException("figures out of range: " + degree + ", " + betweenness + ", "
                    + eigenvector + ", " + component);
        }
    }

    /** The figures of every vertex of {@code graph}, every tie of which is a partnership. */
    static <V> Map<V, Figures> of(Graph<V, DefaultEdge> graph) {
        return of(graph, graph);
    }

    /**
     * The figures of every vertex of {@code graph}, in the graph's vertex order.
     *
     * @param graph every tie, which makes the components
     * @param partnerships the same vertices, with the ties that are partnerships: what the partners
     *     and the centralities count
     */
    static <V> Map<V, Figures> of(Graph<V, DefaultEdge> graph, Graph<V, DefaultEdge> partnerships) {
        for (Graph<V, DefaultEdge> g : List.of(graph, partnerships)) {
            if (g.getType().isDirected() || !g.getType().isSimple()) {
                throw new IllegalArgumentException("figures are computed on a simple undirected graph");
            }
        }
        if (!graph.vertexSet().equals(partnerships.vertexSet())) {
            throw new IllegalArgumentException("the partnerships are of the same organizations as the ties");
        }
        Map<V, Double> betweenness = new BetweennessCentrality<>(partnerships, false).getScores();
        Map<V, Double> eigenvector = eigenvector(partnerships);
        Map<V, Integer> components = components(graph);
        Map<V, Figures> figures = new LinkedHashMap<>();
        for (V v : graph.vertexSet()) {
            figures.put(v, new Figures(partnerships.degreeOf(v), round(betweenness.get(v)), round(eigenvector.get(v)),
                    components.get(v)));
        }
        return figures;
    }

    /**
     * Eigenvector centrality by JGraphT's power iteration, run on the graph with a loop at every
     * vertex (A + I). On A itself the iteration never settles on a bipartite graph, and every tree
     * is one (a star's scores swing back and forth); A + I has the same eigenvectors, and its
     * dominant eigenvalue is unique in size. Scaled so that the highest score is 1.
     */
    private static <V> Map<V, Double> eigenvector(Graph<V, DefaultEdge> graph) {
        Map<V, Double> scores = new HashMap<>();
        if (graph.vertexSet().isEmpty()) {
            return scores;
        }
        Pseudograph<V, DefaultEdge> withLoops = new Pseudograph<>(DefaultEdge.class);
        graph.vertexSet().forEach(withLoops::addVertex);
        graph.edgeSet().forEach(e -> withLoops.addEdge(graph.getEdgeSource(e), graph.getEdgeTarget(e)));
        graph.vertexSet().forEach(v -> withLoops.addEdge(v, v));
        Map<V, Double> raw = new EigenvectorCentrality<>(withLoops, MAX_ITERATIONS, TOLERANCE).getScores();
        double max = Collections.max(raw.values());
        graph.vertexSet().forEach(v -> scores.put(v, max > 0 ? raw.get(v) / max : 0));
        return scores;
    }

    /**
     * Six decimals: beyond them are the floating-point sums' rounding noise and the power
     * iteration's last steps (a score that tends to 0 stops at 1e-21), which no reader needs.
     */
    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    /** Each vertex's component, numbered from the largest. */
    private static <V> Map<V, Integer> components(Graph<V, DefaultEdge> graph) {
        List<V> order = new ArrayList<>(graph.vertexSet());
        Map<V, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        List<Set<V>> sets = new ArrayList<>(new ConnectivityInspector<>(graph).connectedSets());
        Comparator<Set<V>> bySize = Comparator.comparingInt(set -> -set.size());
        sets.sort(bySize.thenComparingInt(set -> set.stream().mapToInt(position::get).min().orElse(0)));
        Map<V, Integer> components = new HashMap<>();
        for (int i = 0; i < sets.size(); i++) {
            for (V v : sets.get(i)) {
                components.put(v, i);
            }
        }
        return components;
    }
}
