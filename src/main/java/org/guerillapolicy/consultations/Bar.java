package org.guerillapolicy.consultations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One bar of a chart; a suppressed bar's count is not shown in public and is not drawn. Counts under
 * {@link ConsultationAudience#SMALL_COUNT} are suppressed; so is a second count where the first could otherwise be
 * worked out by subtracting the others from a total that is shown.
 */
public record Bar(String label, long count, boolean suppressed) {

    static Bar of(String label, long count, boolean suppressSmall) {
        return new Bar(label, count, suppressSmall && count > 0 && count < ConsultationAudience.SMALL_COUNT);
    }

    /**
     * Bars that add up to a total shown elsewhere (each response counted in exactly one): if just one of them is
     * suppressed, the smallest shown count beside it is suppressed too, so the small one cannot be recovered.
     */
    static List<Bar> partOfTotal(List<Bar> bars) {
        if (bars.stream().filter(Bar::suppressed).count() != 1) {
            return bars;
        }
        List<Bar> protectedBars = new ArrayList<>(bars);
        bars.stream().filter(bar -> !bar.suppressed() && bar.count() > 0).min(Comparator.comparingLong(Bar::count))
                .ifPresent(smallest -> protectedBars.set(bars.indexOf(smallest),
                        new Bar(smallest.label(), smallest.count(), true)));
        return protectedBars;
    }

    /**
     * The count, or "not shown": both kinds of suppressed count read the same, so that the one hidden to protect a
     * small count cannot be told apart from it (which would give away that it is 5 or more).
     */
    public String display() {
        return suppressed ? "not shown" : Long.toString(count);
    }

    /** The bar's length in drawing units, scaled so the longest shown bar is the full length. */
    public long width(long max, int fullLength) {
        return suppressed || max == 0 ? 0 : Math.round((double) count * fullLength / max);
    }
}
