package org.guerillapolicy.deliberation.web;

import java.util.List;
import org.guerillapolicy.deliberation.MapSnapshot;

/** Participants' positions scaled into the SVG's 0-400 box, with a shape per group for those who see no colour. */
public record MapPlot(List<Dot> dots, List<Dot> centres) {

    static final int SIZE = 400;
    private static final int MARGIN = 20;
    private static final int MOST_DOTS = 3000;
    /** Room a label such as "Group 5" needs, in the box's units. */
    private static final int LABEL_WIDTH = 72;
    private static final int LABEL_HEIGHT = 20;

    public record Dot(double x, double y, int group) {

        /** Groups are told apart by shape as well as colour. */
        public String shape() {
            return switch (group) {
                case 0 -> "ungrouped";
                case 1 -> "circle";
                case 2 -> "square";
                case 3 -> "diamond";
                default -> "triangle";
            };
        }

        /** Where a label beside this point goes, kept inside the box: to the left near the right edge. */
        public boolean labelOnLeft() {
            return x > SIZE - LABEL_WIDTH;
        }

        public double labelX() {
            return labelOnLeft() ? x - 8 : x + 8;
        }

        /** Below the point near the top edge, above it elsewhere. */
        public double labelY() {
            return y < LABEL_HEIGHT ? y + LABEL_HEIGHT : y - 8;
        }
    }

    static MapPlot of(MapSnapshot snapshot) {
        double extent = 1e-9;
        for (MapSnapshot.Point point : snapshot.points()) {
            extent = Math.max(extent, Math.max(Math.abs(point.x()), Math.abs(point.y())));
        }
        double scale = (SIZE / 2.0 - MARGIN) / extent;
        int step = Math.max(1, snapshot.points().size() / MOST_DOTS);
        List<Dot> dots = new java.util.ArrayList<>();
        for (int i = 0; i < snapshot.points().size(); i += step) {
            MapSnapshot.Point point = snapshot.points().get(i);
            dots.add(new Dot(SIZE / 2.0 + point.x() * scale, SIZE / 2.0 - point.y() * scale, point.group()));
        }
        List<Dot> centres = snapshot.groups().stream()
                .map(g -> new Dot(SIZE / 2.0 + g.x() * scale, SIZE / 2.0 - g.y() * scale, g.number())).toList();
        return new MapPlot(dots, centres);
    }
}
