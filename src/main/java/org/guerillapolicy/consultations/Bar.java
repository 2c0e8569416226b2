package org.guerillapolicy.consultations;

/** One bar of a chart; a suppressed bar's count is too small to show in public and is not drawn. */
public record Bar(String label, long count, boolean suppressed) {

    static Bar of(String label, long count, boolean suppressSmall) {
        return new Bar(label, count, suppressSmall && count > 0 && count < ConsultationAudience.SMALL_COUNT);
    }

    public String display() {
        return suppressed ? "fewer than " + ConsultationAudience.SMALL_COUNT : Long.toString(count);
    }

    /** The bar's length in drawing units, scaled so the longest shown bar is the full length. */
    public long width(long max, int fullLength) {
        return suppressed || max == 0 ? 0 : Math.round((double) count * fullLength / max);
    }
}
