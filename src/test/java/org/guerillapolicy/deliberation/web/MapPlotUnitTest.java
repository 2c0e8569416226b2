package org.guerillapolicy.deliberation.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MapPlotUnitTest {

    @Test
    void groupLabelsStayInsideTheBox() {
        MapPlot.Dot nearRightEdge = new MapPlot.Dot(385, 200, 2);
        assertThat(nearRightEdge.labelOnLeft()).isTrue();
        assertThat(nearRightEdge.labelX()).isLessThan(MapPlot.SIZE);

        MapPlot.Dot nearTopLeft = new MapPlot.Dot(20, 5, 1);
        assertThat(nearTopLeft.labelOnLeft()).isFalse();
        assertThat(nearTopLeft.labelY()).isGreaterThan(nearTopLeft.y());

        MapPlot.Dot middle = new MapPlot.Dot(200, 200, 1);
        assertThat(middle.labelX()).isEqualTo(208);
        assertThat(middle.labelY()).isEqualTo(192);
    }
}
