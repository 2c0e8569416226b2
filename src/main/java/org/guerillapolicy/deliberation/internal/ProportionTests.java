package org.guerillapolicy.deliberation.internal;

/** The significance tests of Pol.is {@code stats.clj}, with its pseudo-counts. */
final class ProportionTests {

    /** One-sided 90 % significance. */
    static final double Z_90 = 1.2816;

    private ProportionTests() {
    }

    /** Laplace-smoothed share: (successes + 1) / (trials + 2). */
    static double share(int successes, int trials) {
        return (successes + 1.0) / (trials + 2.0);
    }

    /** One-proportion z against 1/2, both counts incremented ({@code prop-test}). */
    static double oneProportion(int successes, int trials) {
        double n = trials + 1.0;
        return 2 * Math.sqrt(n) * ((successes + 1.0) / n - 0.5);
    }

    /** Two-proportion z, all four counts incremented; 0 when the pooled share is 1 ({@code two-prop-test}). */
    static double twoProportions(int successesIn, int trialsIn, int successesOut, int trialsOut) {
        double x1 = successesIn + 1.0;
        double m1 = trialsIn + 1.0;
        double x2 = successesOut + 1.0;
        double m2 = trialsOut + 1.0;
        double pooled = (x1 + x2) / (m1 + m2);
        if (pooled == 1) {
            return 0;
        }
        return (x1 / m1 - x2 / m2) / Math.sqrt(pooled * (1 - pooled) * (1 / m1 + 1 / m2));
    }

    static boolean significant(double z) {
        return z > Z_90;
    }
}
