package org.concordance.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concordance.content.Relation;
import org.concordance.content.RelationType;
import org.concordance.network.LabelPlacement.Label;

/**
 * Writes the map as an inline SVG element, complete without scripts or styles of its own: every
 * node is a link to its organization's page, every edge a link to its relation. Types of relation
 * differ in dash pattern (rivalry is a double line) as well as in colour, and a directed relation
 * ends in an arrowhead, so the map reads without colour; colours come from the page's style sheet
 * through classes ({@code edge-rivalry}), so dark mode and print restyle it.
 *
 * <p>The output depends only on the network and the filter: elements in a fixed order, numbers
 * with one decimal in the root locale.
 */
final class NetworkSvg {
    static final double FONT_SIZE = 15;
    static final double LINE_HEIGHT = FONT_SIZE * 1.1;
    /** Labels longer than this are set on two lines. */
    static final int LINE_CHARS = 18;
    /** Room between the outermost node or label and the edge of the map. */
    static final double PAD = 12;
    /** A label's width per character, in units of the font size (a generous average for a sans-serif). */
    static final double CHAR_WIDTH = 0.56;
    /** Space between two relations drawn between the same two organizations. */
    static final double PARALLEL_GAP = 26;

    private final Network network;

    NetworkSvg(Network network) {
        this.network = network;
    }

    /** The circle's radius: grows with the square root of the number of partners. */
    static double radius(int degree) {
        return 7 + 3.2 * Math.sqrt(degree);
    }

    /** The dash pattern of a type (empty for a solid line): different for every type. */
    static String dashes(RelationType type) {
        return switch (type) {
            case ALLIANCE, RIVALRY -> "";
            case PROVINCE -> "10 4";
            case AFFILIATION -> "10 4 2 4";
            case COOPERATION -> "5 5";
            case TACTICAL_PARTNERSHIP -> "1 5";
            case TRAINING -> "14 4 2 4 2 4";
            case KNOWLEDGE_TRANSFER -> "2 3 8 3";
        };
    }

    /** The map of the relations {@code filter} lets through; empty when it lets none through. */
    String write(Filter filter) {
        List<Relation> shown = network.relations(filter);
        if (shown.isEmpty()) {
            return "";
        }
        Set<String> visible = new LinkedHashSet<>();
        for (NetworkNode node : network.nodes()) {
            if (shown.stream().anyMatch(r -> r.involves(node.slug()))) {
                visible.add(node.slug());
            }
        }
        Map<Relation, Double> offsets = offsets(shown);
        List<double[]> lines = new ArrayList<>();
        offsets.forEach((relation, offset) -> lines.add(curve(relation, offset).points()));
        List<LabelPlacement.Spot> spots = new ArrayList<>();
        for (String slug : visible) {
            spots.add(spot(network.nodeOf(slug)));
        }
        Map<String, Label> labels = LabelPlacement.place(spots, lines);
        double minX = labels.values().stream().mapToDouble(Label::minX).min().orElse(0) - PAD;
        double minY = labels.values().stream().mapToDouble(Label::minY).min().orElse(0) - PAD;
        double maxX = labels.values().stream().mapToDouble(Label::maxX).max().orElse(0) + PAD;
        double maxY = labels.values().stream().mapToDouble(Label::maxY).max().orElse(0) + PAD;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"network-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
                .append(n(minX)).append(' ').append(n(minY)).append(' ').append(n(maxX - minX)).append(' ')
                .append(n(maxY - minY)).append("\" aria-labelledby=\"network-map-title\">\n");
        svg.append("<title id=\"network-map-title\">Map of ").append(shown.size())
                .append(shown.size() == 1 ? " relation" : " relations").append(" between ").append(visible.size())
                .append(" organizations</title>\n");
        svg.append("<defs>\n");
        for (RelationType type : RelationType.values()) {
            svg.append(marker("arrow-" + type.code(), type));
        }
        svg.append("</defs>\n<g class=\"edges\">\n");
        for (Map.Entry<Relation, Double> edge : offsets.entrySet()) {
            edge(svg, edge.getKey(), edge.getValue());
        }
        svg.append("</g>\n<g class=\"nodes\">\n");
        for (String slug : visible) {
            node(svg, network.nodeOf(slug), labels.get(slug));
        }
        svg.append("</g>\n</svg>");
        return svg.toString();
    }

    /** A sample line of {@code type} for the legend, as a small SVG of its own. */
    static String legendSample(RelationType type) {
        boolean directed = type.direction() == RelationType.Direction.DIRECTED;
        String id = "legend-arrow-" + type.code();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"legend-sample edge-").append(type.code()).append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 16\" width=\"64\" height=\"16\" aria-hidden=\"true\">");
        if (directed) {
            svg.append("<defs>").append(marker(id, type)).append("</defs>");
        }
        svg.append(line(type, "M2 8 L60 8", directed ? id : null));
        svg.append("</svg>");
        return svg.toString();
    }

    private static String marker(String id, RelationType type) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\""
                + " markerWidth=\"13\" markerHeight=\"13\" orient=\"auto\"><path class=\"arrowhead edge-" + type.code()
                + "\" d=\"M0 0 L10 5 L0 10 Z\"/></marker>\n";
    }

    /** The stroke (two, for a rivalry's double line) of one edge along {@code path}. */
    private static String line(RelationType type, String path, String markerId) {
        StringBuilder line = new StringBuilder();
        line.append("<path class=\"edge-line\" d=\"").append(path).append('"');
        String dashes = dashes(type);
        if (!dashes.isEmpty()) {
            line.append(" stroke-dasharray=\"").append(dashes).append('"');
        }
        if (markerId != null) {
            line.append(" marker-end=\"url(#").append(markerId).append(")\"");
        }
        line.append("/>");
        if (type == RelationType.RIVALRY) {
            line.append("<path class=\"edge-gap\" d=\"").append(path).append("\"/>");
        }
        return line.toString();
    }

    /**
     * How far each edge bows away from the straight line: 0 for a lone edge, and for two or more
     * relations between the same pair, offsets spread evenly on both sides so none hides another.
     */
    private static Map<Relation, Double> offsets(List<Relation> shown) {
        Map<String, List<Relation>> byPair = new LinkedHashMap<>();
        for (Relation r : shown) {
            String pair = r.from().compareTo(r.to()) < 0 ? r.from() + " " + r.to() : r.to() + " " + r.from();
            byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(r);
        }
        Map<Relation, Double> offsets = new LinkedHashMap<>();
        for (List<Relation> pair : byPair.values()) {
            for (int i = 0; i < pair.size(); i++) {
                Relation r = pair.get(i);
                double offset = (i - (pair.size() - 1) / 2.0) * PARALLEL_GAP;
                // Measured from the alphabetically first party, so two edges bow to opposite sides whatever their direction.
                offsets.put(r, r.from().compareTo(r.to()) < 0 ? offset : -offset);
            }
        }
        return offsets;
    }

    /**
     * An edge's line: from where it leaves one circle to where it meets the other, straight, or
     * for an offset a quadratic curve through {@code (cx, cy)}.
     */
    private record Curve(double[] start, double cx, double cy, double[] end, boolean straight) {
        String path() {
            return straight ? "M" + n(start[0]) + " " + n(start[1]) + " L" + n(end[0]) + " " + n(end[1])
                    : "M" + n(start[0]) + " " + n(start[1]) + " Q" + n(cx) + " " + n(cy) + " " + n(end[0]) + " " + n(end[1]);
        }

        /** Its points, x0, y0, x1, y1, …: the ends of a straight line, a curve in short segments. */
        double[] points() {
            if (straight) {
                return new double[] {start[0], start[1], end[0], end[1]};
            }
            int steps = LabelPlacement.CURVE_STEPS;
            double[] points = new double[2 * (steps + 1)];
            for (int i = 0; i <= steps; i++) {
                double t = (double) i / steps;
                double u = 1 - t;
                points[2 * i] = u * u * start[0] + 2 * u * t * cx + t * t * end[0];
                points[2 * i + 1] = u * u * start[1] + 2 * u * t * cy + t * t * end[1];
            }
            return points;
        }
    }

    private Curve curve(Relation relation, double offset) {
        Layout.Point a = network.layout().position(relation.from());
        Layout.Point b = network.layout().position(relation.to());
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = Math.max(Math.sqrt(dx * dx + dy * dy), 1e-9);
        // The control point of a quadratic curve; its peak lies half as far from the straight line.
        double cx = (a.x() + b.x()) / 2 - dy / length * offset * 2;
        double cy = (a.y() + b.y()) / 2 + dx / length * offset * 2;
        double[] start = toward(a, cx, cy, radius(network.nodeOf(relation.from()).figures().degree()) + 1);
        double[] end = toward(b, cx, cy, radius(network.nodeOf(relation.to()).figures().degree()) + 2);
        return new Curve(start, cx, cy, end, offset == 0);
    }

    private void edge(StringBuilder svg, Relation relation, double offset) {
        String path = curve(relation, offset).path();
        String description = sentence(relation);
        svg.append("<a class=\"edge edge-").append(relation.type().code()).append("\" href=\"").append(relation.href())
                .append("\" tabindex=\"-1\" aria-label=\"").append(escape(description)).append("\"><title>")
                .append(escape(description)).append("</title>")
                .append(line(relation.type(), path, relation.directed() ? "arrow-" + relation.type().code() : null))
                .append("</a>\n");
    }

    /** The point {@code distance} from {@code p} toward ({@code x}, {@code y}): where an edge leaves a circle. */
    private static double[] toward(Layout.Point p, double x, double y, double distance) {
        double dx = x - p.x();
        double dy = y - p.y();
        double length = Math.max(Math.sqrt(dx * dx + dy * dy), 1e-9);
        return new double[] {p.x() + dx / length * distance, p.y() + dy / length * distance};
    }

    /** "Hezbollah passed knowledge to Hamas, the 1990s" or "Hezbollah and Amal: rivalry, the late 1980s". */
    String sentence(Relation relation) {
        String from = network.nodeOf(relation.from()).name();
        String to = network.nodeOf(relation.to()).name();
        return relation.title(from, to) + relation.when().map(when -> " (" + when + ")").orElse("");
    }

    private void node(StringBuilder svg, NetworkNode node, Label label) {
        Layout.Point p = network.layout().position(node.slug());
        int degree = node.figures().degree();
        // Tied to it by rivalry alone: the organizations on the map around it that are no partner.
        int rivals = network.tiedTo(node.slug()).size() - degree;
        svg.append("<a class=\"node").append(node.isHub() ? " node-hub" : "").append("\" href=\"").append(node.href())
                .append("\"><title>").append(escape(node.name())).append(": ")
                .append(degree == 0 ? "no partner" : degree + (degree == 1 ? " partner" : " partners"))
                .append(rivals == 0 ? "" : ", " + rivals + (rivals == 1 ? " rival" : " rivals")).append("</title>")
                .append("<circle cx=\"").append(n(p.x())).append("\" cy=\"").append(n(p.y())).append("\" r=\"")
                .append(n(radius(degree))).append("\"/>");
        svg.append("<text x=\"").append(n(label.x())).append("\" y=\"").append(n(label.y())).append("\" text-anchor=\"")
                .append(label.anchor()).append("\">");
        for (int i = 0; i < label.lines().size(); i++) {
            svg.append(i == 0 ? "<tspan>" : "<tspan x=\"" + n(label.x()) + "\" dy=\"" + n(LINE_HEIGHT) + "\">")
                    .append(escape(label.lines().get(i))).append("</tspan>");
        }
        svg.append("</text></a>\n");
    }

    /** A node as {@link LabelPlacement} sees it: where it is, how large, its name, where its partners lie. */
    private LabelPlacement.Spot spot(NetworkNode node) {
        Layout.Point p = network.layout().position(node.slug());
        List<Double> angles = new ArrayList<>();
        for (String partner : network.tiedTo(node.slug())) {
            Layout.Point q = network.layout().position(partner);
            angles.add(StrictMath.atan2(q.y() - p.y(), q.x() - p.x()));
        }
        return new LabelPlacement.Spot(node.slug(), p, radius(node.figures().degree()), node.name(), angles);
    }

    /** About how wide a label is on the map. */
    static double labelWidth(String name) {
        return lines(name).stream().mapToInt(String::length).max().orElse(0) * FONT_SIZE * CHAR_WIDTH;
    }

    /** The name on one line, or on two broken at the space nearest its middle. */
    static List<String> lines(String name) {
        if (name.length() <= LINE_CHARS || !name.contains(" ")) {
            return List.of(name);
        }
        int middle = name.length() / 2;
        int best = -1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return List.of(name.substring(0, best), name.substring(best + 1));
    }

    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value + 0.0);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
