package org.concordance.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Where each organization stands on the map, computed once per library and the same every time:
 * each connected component is laid out on its own by JGraphT's Fruchterman–Reingold algorithm,
 * started from positions drawn from a {@link Random} with a fixed seed (its sequence is specified by
 * the JDK, so every JVM draws the same), then the components are set apart: the largest first, the
 * others in columns beside it. Vertices and edges are visited in the graph's insertion order, never a hash order, and
 * coordinates are rounded to a tenth, so identical content gives identical coordinates.
 *
 * <p>Units are SVG user units; a label is about 7 units per character at the map's font size.
 */
public final class Layout {
    /** Any fixed number will do; changing it redraws every map. */
    static final long SEED = 1_997L;
    static final int ITERATIONS = 400;
    /** A component's square grows with the square root of its size: this much per vertex's root. */
    static final double UNIT = 230;
    /** Room kept around a component, beyond its widest label, and above and below it. */
    static final double MARGIN_X = 30;
    static final double MARGIN_Y = 70;

    /** A position on the map. */
    public record Point(double x, double y) {
    }

    private final Map<String, Point> positions;
    private final double width;
    private final double height;

    private Layout(Map<String, Point> positions, double width, double height) {
        this.positions = positions;
        this.width = width;
        this.height = height;
    }

    /**
     * Every vertex's position. The largest component comes first; the others are stacked in columns
     * to its right, each column no taller than the largest component, so the map is wider than tall.
     *
     * @param components each vertex's component, numbered from 0 for the largest
     * @param labelWidth how wide a vertex's label may be, to keep room for it beside the component
     */
    static Layout of(Graph<String, DefaultEdge> graph, Map<String, Integer> components, ToDoubleFunction<String> labelWidth) {
        List<List<String>> members = new ArrayList<>();
        for (String v : graph.vertexSet()) {
            int component = components.get(v);
            while (members.size() <= component) {
                members.add(new ArrayList<>());
            }
            members.get(component).add(v);
        }
        Map<String, Point> positions = new LinkedHashMap<>();
        double columnX = 0;
        double columnWidth = 0;
        double y = 0;
        double width = 0;
        double height = 0;
        for (List<String> component : members) {
            Map<String, Point> local = layOut(graph, component);
            double margin = component.stream().mapToDouble(labelWidth).max().orElse(0) + MARGIN_X;
            double minX = local.values().stream().mapToDouble(Point::x).min().orElse(0);
            double minY = local.values().stream().mapToDouble(Point::y).min().orElse(0);
            double boxWidth = local.values().stream().mapToDouble(Point::x).max().orElse(0) - minX + 2 * margin;
            double boxHeight = local.values().stream().mapToDouble(Point::y).max().orElse(0) - minY + 2 * MARGIN_Y;
            if (y > 0 && y + boxHeight > height) {
                columnX += columnWidth;
                columnWidth = 0;
                y = 0;
            }
            for (String v : component) {
                Point p = local.get(v);
                positions.put(v, new Point(round(columnX + margin + p.x() - minX), round(y + MARGIN_Y + p.y() - minY)));
            }
            y += boxHeight;
            columnWidth = Math.max(columnWidth, boxWidth);
            width = Math.max(width, columnX + columnWidth);
            height = Math.max(height, y);
        }
        return new Layout(positions, round(width), round(height));
    }

    /** One component laid out in a square of its own, each run seeded the same way. */
    private static Map<String, Point> layOut(Graph<String, DefaultEdge> graph, List<String> component) {
        Map<String, Point> local = new LinkedHashMap<>();
        if (component.size() == 1) {
            local.put(component.get(0), new Point(0, 0));
            return local;
        }
        SimpleGraph<String, DefaultEdge> sub = new SimpleGraph<>(DefaultEdge.class);
        component.forEach(sub::addVertex);
        for (DefaultEdge e : graph.edgeSet()) {
            String source = graph.getEdgeSource(e);
            if (sub.containsVertex(source)) {
                sub.addEdge(source, graph.getEdgeTarget(e));
            }
        }
        double side = UNIT * Math.sqrt(component.size());
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(0, 0, side, side));
        new FRLayoutAlgorithm2D<String, DefaultEdge>(ITERATIONS, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                new Random(SEED)).layout(sub, model);
        for (String v : component) {
            Point2D p = model.get(v);
            local.put(v, new Point(p.getX(), p.getY()));
        }
        return local;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public Point position(String vertex) {
        Point p = positions.get(vertex);
        if (p == null) {
            throw new IllegalArgumentException("no position for " + vertex);
        }
        return p;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
