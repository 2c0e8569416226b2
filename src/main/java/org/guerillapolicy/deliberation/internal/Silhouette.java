package org.guerillapolicy.deliberation.internal;

/**
 * Mean silhouette of a partition of points, unweighted, with a point alone in its group scoring 0 (Pol.is
 * {@code clusters.clj} silhouette).
 */
final class Silhouette {

    private Silhouette() {
    }

    static double of(double[][] points, int[] groups, int k) {
        int n = points.length;
        if (n == 0) {
            return 0;
        }
        int[] size = new int[k];
        for (int g : groups) {
            size[g]++;
        }
        double total = 0;
        double[] sum = new double[k];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(sum, 0);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sum[groups[j]] += Math.sqrt(KMeans.distance(points[i], points[j]));
                }
            }
            int own = groups[i];
            if (size[own] <= 1) {
                continue;
            }
            double a = sum[own] / (size[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int g = 0; g < k; g++) {
                if (g != own && size[g] > 0) {
                    b = Math.min(b, sum[g] / size[g]);
                }
            }
            if (b == Double.POSITIVE_INFINITY) {
                continue;
            }
            double larger = Math.max(a, b);
            total += larger == 0 ? 0 : (b - a) / larger;
        }
        return total / n;
    }
}
