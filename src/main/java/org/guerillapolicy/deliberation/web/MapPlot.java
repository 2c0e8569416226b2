package org.guerillapolicy.deliberation.web;

import java.util.List;
import org.guerillapolicy.deliberation.MapSnapshot;

/** Participants' positions scaled into the SVG's 0-400 box, with a shape per group for those who see no colour. */
public record MapPlot(List<Dot> dots, List<Dot> centres) {

    static final int SIZE = 400;
    private static final int MARGIN = 20;
    private static final int MOST_DOTS = 3000;

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
