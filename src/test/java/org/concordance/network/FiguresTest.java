package org.concordance.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/** The figures on small hand-made graphs whose centralities are worked out by hand in the comments. */
class FiguresTest {
    private static SimpleGraph<String, DefaultEdge> graph(String... edges) {
        SimpleGraph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (String edge : edges) {
            String[] ends = edge.split("-");
            graph.addVertex(ends[0]);
            graph.addVertex(ends[1]);
            graph.addEdge(ends[0], ends[1]);
        }
        return graph;
    }

    /**
     * A star c with leaves a, b, d, and apart from it an edge x–y.
     *
     * <p>Degree: c 3, each leaf 1, x and y 1. Betweenness: the shortest path between any two leaves
     * runs through c, so c lies on 3 paths (a–b, a–d, b–d); nobody else lies between two others.
     * Eigenvector: the star's adjacency matrix has the dominant eigenvalue √3 with eigenvector
     * (c, a, b, d) = (√3, 1, 1, 1); the edge's eigenvalue is only 1, so x and y tend to 0. Scaled to a
     * maximum of 1: c 1, each leaf 1/√3 ≈ 0.577350. Components: the star (4) is 0, the edge 1.
     */
    @Test
    void aStarBesideAnEdge() {
        Map<String, Figures> figures = Figures.of(graph("c-a", "c-b", "c-d", "x-y"));
        assertThat(figures.get("c")).isEqualTo(new Figures(3, 3, 1, 0));
        for (String leaf : new String[] {"a", "b", "d"}) {
            assertThat(figures.get(leaf).degree()).isEqualTo(1);
            assertThat(figures.get(leaf).betweenness()).isZero();
            assertThat(figures.get(leaf).eigenvector()).isCloseTo(1 / Math.sqrt(3), within(1e-6));
            assertThat(figures.get(leaf).component()).isZero();
        }
        assertThat(figures.get("x")).isEqualTo(new Figures(1, 0, 0, 1));
        assertThat(figures.get("y")).isEqualTo(new Figures(1, 0, 0, 1));
    }

    /**
     * A path a–b–c–d–e. Betweenness: b lies between a and each of c, d, e (3); c between {a, b} and
     * {d, e} (4); d like b (3). Eigenvector: the path's eigenvalues are 2cos(kπ/6), the largest √3,
     * with eigenvector (sin(kπ/6)) for k = 1..5 = (1/2, √3/2, 1, √3/2, 1/2): scaled, the middle 1,
     * its neighbours √3/2 ≈ 0.866025 and the ends 1/2. (On A itself the power iteration would swing
     * for ever, since a path is bipartite; this checks the A + I remedy.)
     */
    @Test
    void aPathOfFive() {
        Map<String, Figures> figures = Figures.of(graph("a-b", "b-c", "c-d", "d-e"));
        assertThat(figures.values()).extracting(Figures::degree).containsExactly(1, 2, 2, 2, 1);
        assertThat(figures.values()).extracting(Figures::betweenness).containsExactly(0.0, 3.0, 4.0, 3.0, 0.0);
        assertThat(figures.get("c").eigenvector()).isEqualTo(1.0);
        assertThat(figures.get("b").eigenvector()).isCloseTo(Math.sqrt(3) / 2, within(1e-6));
        assertThat(figures.get("d").eigenvector()).isCloseTo(Math.sqrt(3) / 2, within(1e-6));
        assertThat(figures.get("a").eigenvector()).isCloseTo(0.5, within(1e-6));
        assertThat(figures.get("e").eigenvector()).isCloseTo(0.5, within(1e-6));
    }

    /**
     * A square a–b–c–d–a: every vertex is alike (degree 2, eigenvector 1), and each lies on half of
     * the two shortest paths between its two neighbours' far ends: a pair opposite each other, such
     * as b and d, is joined by two paths of length 2, one through a and one through c, so a gets
     * 1/2; a lies between no other pair, so its betweenness is 0.5.
     */
    @Test
    void aSquareSharesItsPathsEvenly() {
        Map<String, Figures> figures = Figures.of(graph("a-b", "b-c", "c-d", "d-a"));
        assertThat(figures.values()).allSatisfy(f -> assertThat(f).isEqualTo(new Figures(2, 0.5, 1, 0)));
    }

    @Test
    void componentsAreNumberedFromTheLargest() {
        Map<String, Figures> figures = Figures.of(graph("p-q", "a-b", "b-c"));
        assertThat(figures.get("a").component()).isZero();
        assertThat(figures.get("c").component()).isZero();
        assertThat(figures.get("p").component()).isEqualTo(1);
    }
}
