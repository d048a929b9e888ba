package org.concordance.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each organization's name stands on the map: beside its circle, where no line, no other
 * circle and no name placed before it runs through it. A hub's name in the widest gap between its
 * own lines could still lie across a line between two of its partners; a name so crossed is hard
 * to read (issue 12).
 *
 * <p>The sides tried, in order: the middle of the widest gap between the organization's own lines
 * (for one partner, the side facing away from it), the middles of its other gaps from the widest,
 * then the eight points of the compass; each at the circle, then a little farther out. The first
 * side where the name's box meets nothing is taken; when every side meets something, the one that
 * meets least (the earliest of those). Names are placed in the order given, each avoiding those
 * before it. Only the geometry decides, so the same network gives the same map on every replica.
 *
 * <p>Units are the map's (SVG user units); a name's box is estimated from its characters
 * ({@link NetworkSvg#labelWidth}), generously, as the browser's font is not known here.
 */
final class LabelPlacement {
    /** Extra room around a name's box when it is tested against the rest of the map. */
    private static final double CLEARANCE = 2;
    /** How much farther out than the circle a name is tried, after the sides at the circle. */
    private static final double[] FARTHER = {0, 10, 22};
    /** Segments a curved line is tested as. */
    static final int CURVE_STEPS = 12;

    /** A name as placed: its anchor and baseline, and the box of its circle and text, for the map's frame. */
    record Label(String anchor, double x, double y, List<String> lines, double minX, double minY, double maxX,
            double maxY) {
    }

    /**
     * An organization on the map.
     *
     * @param partnerAngles the directions of its partners from its centre, in radians (any order)
     */
    record Spot(String slug, Layout.Point centre, double radius, String name, List<Double> partnerAngles) {
    }

    private record Box(double left, double top, double right, double bottom) {
        boolean overlaps(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }

        boolean contains(double x, double y) {
            return x >= left && x <= right && y >= top && y <= bottom;
        }
    }

    private LabelPlacement() {
    }

    /**
     * Places every spot's name.
     *
     * @param lines each line drawn, as its points in order: x0, y0, x1, y1, …
     * @return each spot's label, by slug, in the spots' order
     */
    static Map<String, Label> place(List<Spot> spots, List<double[]> lines) {
        // Each line's box first: most lines are nowhere near a name, and are passed over at once.
        List<Box> lineBoxes = new ArrayList<>(lines.size());
        for (double[] line : lines) {
            double left = Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (int i = 0; i + 1 < line.length; i += 2) {
                left = Math.min(left, line[i]);
                right = Math.max(right, line[i]);
                top = Math.min(top, line[i + 1]);
                bottom = Math.max(bottom, line[i + 1]);
            }
            lineBoxes.add(new Box(left, top, right, bottom));
        }
        Map<String, Label> placed = new LinkedHashMap<>();
        List<Box> taken = new ArrayList<>();
        for (Spot spot : spots) {
            Label best = null;
            Box bestBox = null;
            int fewest = Integer.MAX_VALUE;
            search:
            for (double farther : FARTHER) {
                for (double direction : sides(spot.partnerAngles())) {
                    Label label = label(spot, direction, farther);
                    Box box = textBox(label);
                    int meets = meets(box, spot, spots, lines, lineBoxes, taken);
                    if (meets < fewest) {
                        fewest = meets;
                        best = label;
                        bestBox = box;
                        if (meets == 0) {
                            break search;
                        }
                    }
                }
            }
            placed.put(spot.slug(), best);
            taken.add(bestBox);
        }
        return placed;
    }

    /** The directions a name is tried in, in order (class comment). */
    static List<Double> sides(List<Double> partnerAngles) {
        List<Double> angles = new ArrayList<>(partnerAngles);
        angles.sort(null);
        List<double[]> gaps = new ArrayList<>(); // {width, middle}
        for (int i = 0; i < angles.size(); i++) {
            double from = angles.get(i);
            double to = i + 1 < angles.size() ? angles.get(i + 1) : angles.get(0) + 2 * Math.PI;
            gaps.add(new double[] {to - from, (from + to) / 2});
        }
        // Widest first; of gaps as wide (within rounding), the first in angle order, as before.
        gaps.sort(Comparator.comparingDouble((double[] gap) -> -Math.round(gap[0] * 1e9) / 1e9));
        List<Double> sides = new ArrayList<>();
        if (gaps.isEmpty()) {
            sides.add(Math.PI / 2);
        }
        gaps.forEach(gap -> sides.add(gap[1]));
        for (int point = 0; point < 8; point++) {
            sides.add(point * Math.PI / 4);
        }
        return sides;
    }

    /** The name set on the side {@code direction} of its circle, {@code farther} out than beside it. */
    private static Label label(Spot spot, double direction, double farther) {
        Layout.Point p = spot.centre();
        double r = spot.radius();
        List<String> lines = NetworkSvg.lines(spot.name());
        double textWidth = NetworkSvg.labelWidth(spot.name());
        double block = (lines.size() - 1) * NetworkSvg.LINE_HEIGHT;
        double cos = StrictMath.cos(direction);
        double sin = StrictMath.sin(direction);
        String anchor;
        double x;
        double y;
        if (Math.abs(cos) >= 0.6) {
            anchor = cos > 0 ? "start" : "end";
            x = p.x() + (cos > 0 ? r + 5 + farther : -r - 5 - farther);
            y = p.y() + NetworkSvg.FONT_SIZE * 0.35 - block / 2 + sin * (r + farther);
        } else {
            anchor = "middle";
            x = p.x();
            y = sin > 0 ? p.y() + r + NetworkSvg.FONT_SIZE + 1 + farther : p.y() - r - 6 - block - farther;
        }
        double left = switch (anchor) {
            case "start" -> x;
            case "end" -> x - textWidth;
            default -> x - textWidth / 2;
        };
        double top = y - NetworkSvg.FONT_SIZE;
        return new Label(anchor, x, y, lines, Math.min(left, p.x() - r), Math.min(top, p.y() - r),
                Math.max(left + textWidth, p.x() + r), Math.max(top + block + NetworkSvg.FONT_SIZE * 1.3, p.y() + r));
    }

    /** The box of the label's text alone, with {@link #CLEARANCE} around it. */
    private static Box textBox(Label label) {
        double width = label.lines().stream().mapToDouble(NetworkSvg::labelWidth).max().orElse(0);
        double left = switch (label.anchor()) {
            case "start" -> label.x();
            case "end" -> label.x() - width;
            default -> label.x() - width / 2;
        };
        double top = label.y() - NetworkSvg.FONT_SIZE;
        double bottom = top + (label.lines().size() - 1) * NetworkSvg.LINE_HEIGHT + NetworkSvg.FONT_SIZE * 1.3;
        return new Box(left - CLEARANCE, top - CLEARANCE, left + width + CLEARANCE, bottom + CLEARANCE);
    }

    /** How many lines, other circles and names placed before the box meets. */
    private static int meets(Box box, Spot self, List<Spot> spots, List<double[]> lines, List<Box> lineBoxes,
            List<Box> taken) {
        int meets = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (touches(box, lineBoxes.get(i)) && crosses(box, lines.get(i))) {
                meets++;
            }
        }
        for (Spot spot : spots) {
            // Its own circle is not counted: each side is set clear of it.
            if (spot != self && circleMeets(box, spot.centre(), spot.radius())) {
                meets++;
            }
        }
        for (Box other : taken) {
            if (box.overlaps(other)) {
                meets++;
            }
        }
        return meets;
    }

    /** Whether two boxes meet, edges included (a straight line's box may have no width). */
    private static boolean touches(Box a, Box b) {
        return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom() && b.top() <= a.bottom();
    }

    private static boolean circleMeets(Box box, Layout.Point centre, double radius) {
        double nearestX = Math.max(box.left(), Math.min(centre.x(), box.right()));
        double nearestY = Math.max(box.top(), Math.min(centre.y(), box.bottom()));
        double dx = centre.x() - nearestX;
        double dy = centre.y() - nearestY;
        return dx * dx + dy * dy < radius * radius;
    }

    /** Whether any segment of the polyline {@code points} enters the box. */
    private static boolean crosses(Box box, double[] points) {
        for (int i = 0; i + 3 < points.length; i += 2) {
            if (segmentMeets(box, points[i], points[i + 1], points[i + 2], points[i + 3])) {
                return true;
            }
        }
        return false;
    }

    /** Liang–Barsky: whether the segment from (x0, y0) to (x1, y1) has a point in the box. */
    private static boolean segmentMeets(Box box, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0 - box.left(), box.right() - x0, y0 - box.top(), box.bottom() - y0};
        double enter = 0;
        double leave = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false; // parallel to this side and outside it
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    enter = Math.max(enter, t);
                } else {
                    leave = Math.min(leave, t);
                }
            }
        }
        return enter <= leave;
    }
}
