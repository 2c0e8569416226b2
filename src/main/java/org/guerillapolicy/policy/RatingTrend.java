package org.guerillapolicy.policy;

import java.util.List;

/** Average ratings by month, oldest first, for the chart and the table beside it. */
public record RatingTrend(List<Month> months) {

    public record Month(String label, int reports, double average) {

        public String averageText() {
            return String.format(java.util.Locale.ROOT, "%.1f", average);
        }
    }
}
