package org.guerillapolicy.consultations;

import java.util.List;

/** Figures to draw as a bar chart and to list in a table beside it. */
public record Chart(String title, String labelHeading, List<Bar> bars) {

    public long max() {
        return bars.stream().filter(bar -> !bar.suppressed()).mapToLong(Bar::count).max().orElse(0);
    }

    /** Whether any count is not shown, which the page then explains. */
    public boolean hidesCounts() {
        return bars.stream().anyMatch(Bar::suppressed);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
