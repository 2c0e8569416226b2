package org.guerillapolicy.deliberation.internal;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Weighted k-means in the plane with k-means++ starts and restarts, keeping the partition with the least weighted
 * squared error. Pol.is starts from the first k distinct rows, so its groups depend on the order in which people
 * arrived; k-means++ with several seeded restarts finds nearly the same partition whatever the row order, and
 * the same partition every time for the same rows.
 */
final class KMeans {

    private static final int MAX_STEPS = 100;
    private static final double SETTLED = 1e-3;
    /** Single-point moves matter for the few opinion groups; base clusters only summarise, so they skip it. */
    private static final int HARTIGAN_UP_TO = GroupClustering.MAX_GROUPS;

    private KMeans() {
    }

    /** A partition: the cluster of each point, the cluster centres and the weighted squared error. */
    record Partition(int[] assignment, double[][] centres, double error) {

        int size() {
            return centres.length;
        }
    }

    static Partition cluster(double[][] points, double[] weights, int k, int restarts, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom[] starts = new SplittableRandom[restarts];
        for (int restart = 0; restart < restarts; restart++) {
            starts[restart] = random.split();
        }
        // Restarts run in parallel; the winner is the least error, the earliest restart on a tie, as if sequential.
        Partition[] candidates = IntStream.range(0, restarts).parallel()
                .mapToObj(restart -> lloyd(points, weights, plusPlusCentres(points, weights, k, starts[restart])))
                .toArray(Partition[]::new);
        Partition best = candidates[0];
        for (Partition candidate : candidates) {
            if (candidate.error() < best.error() - 1e-12) {
                best = candidate;
            }
        }
        return best;
    }

    private static double[][] plusPlusCentres(double[][] points, double[] weights, int k, SplittableRandom random) {
        int n = points.length;
        double[][] centres = new double[k][];
        double[] nearest = new double[n];
        java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        centres[0] = points[pick(weights, null, random)].clone();
        for (int c = 1; c < k; c++) {
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], distance(points[i], centres[c - 1]));
            }
            centres[c] = points[pick(weights, nearest, random)].clone();
        }
        return centres;
    }

    /** Draws a point with probability proportional to weight (times squared distance, when given). */
    private static int pick(double[] weights, double[] nearest, SplittableRandom random) {
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i] * (nearest == null ? 1 : nearest[i]);
        }
        if (total <= 0) {
            return random.nextInt(weights.length);
        }
        double target = random.nextDouble() * total;
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i] * (nearest == null ? 1 : nearest[i]);
            if (running > target) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static Partition lloyd(double[][] points, double[] weights, double[][] centres) {
        int n = points.length;
        int k = centres.length;
        int[] assignment = new int[n];
        java.util.Arrays.fill(assignment, -1);
        // Base clusters only summarise positions: like Pol.is, stop once no centre moves by more than a small
        // fraction of the spread. Opinion groups run to exact convergence (then Hartigan's moves).
        double settled = k > HARTIGAN_UP_TO ? Math.pow(SETTLED * extent(points), 2) : 0;
        for (int step = 0; step < MAX_STEPS; step++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int closest = nearestCentre(points[i], centres);
                if (closest != assignment[i]) {
                    assignment[i] = closest;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            double[][] sums = new double[k][2];
            double[] mass = new double[k];
            for (int i = 0; i < n; i++) {
                sums[assignment[i]][0] += weights[i] * points[i][0];
                sums[assignment[i]][1] += weights[i] * points[i][1];
                mass[assignment[i]] += weights[i];
            }
            double moved = 0;
            for (int c = 0; c < k; c++) {
                double[] previous = centres[c];
                if (mass[c] > 0) {
                    centres[c] = new double[] {sums[c][0] / mass[c], sums[c][1] / mass[c]};
                } else {
                    // An empty cluster takes the point worst served by its centre, so k clusters remain.
                    centres[c] = points[worstServed(points, centres, assignment)].clone();
                }
                moved = Math.max(moved, distance(previous, centres[c]));
            }
            if (moved < settled) {
                break;
            }
        }
        if (k <= HARTIGAN_UP_TO) {
            hartigan(points, weights, assignment, k);
            centres = means(points, weights, assignment, k, centres);
        }
        double error = 0;
        for (int i = 0; i < n; i++) {
            error += weights[i] * distance(points[i], centres[assignment[i]]);
        }
        return new Partition(assignment, centres, error);
    }

    /**
     * Lloyd steps on the points themselves from a given assignment, so that a participant's group does not hinge on
     * which base cluster they happened to fall in near a boundary.
     */
    static int[] refine(double[][] points, int[] assignment, int k) {
        double[][] centres = new double[k][2];
        int[] size = new int[k];
        for (int i = 0; i < points.length; i++) {
            centres[assignment[i]][0] += points[i][0];
            centres[assignment[i]][1] += points[i][1];
            size[assignment[i]]++;
        }
        for (int c = 0; c < k; c++) {
            if (size[c] == 0) {
                return assignment;
            }
            centres[c][0] /= size[c];
            centres[c][1] /= size[c];
        }
        double[] ones = new double[points.length];
        java.util.Arrays.fill(ones, 1);
        return lloyd(points, ones, centres).assignment();
    }

    /**
     * Hartigan's refinement: move single points to another cluster while that lowers the weighted squared error
     * (accounting for how the move shifts both means). Lloyd's fixed points that differ only in a few boundary
     * points, which are common with one large and one small group, collapse to the better one.
     */
    private static void hartigan(double[][] points, double[] weights, int[] assignment, int k) {
        double[][] sum = new double[k][2];
        double[] mass = new double[k];
        for (int i = 0; i < points.length; i++) {
            sum[assignment[i]][0] += weights[i] * points[i][0];
            sum[assignment[i]][1] += weights[i] * points[i][1];
            mass[assignment[i]] += weights[i];
        }
        boolean moved = true;
        for (int pass = 0; moved && pass < MAX_STEPS; pass++) {
            moved = false;
            for (int i = 0; i < points.length; i++) {
                int from = assignment[i];
                double w = weights[i];
                if (mass[from] - w <= 1e-12) {
                    continue;
                }
                double leaving = mass[from] * w / (mass[from] - w) * distanceToMean(points[i], sum[from], mass[from]);
                int to = from;
                double bestGain = 1e-12;
                for (int c = 0; c < k; c++) {
                    if (c == from || mass[c] <= 0) {
                        continue;
                    }
                    double gain = leaving - mass[c] * w / (mass[c] + w) * distanceToMean(points[i], sum[c], mass[c]);
                    if (gain > bestGain) {
                        bestGain = gain;
                        to = c;
                    }
                }
                if (to != from) {
                    sum[from][0] -= w * points[i][0];
                    sum[from][1] -= w * points[i][1];
                    mass[from] -= w;
                    sum[to][0] += w * points[i][0];
                    sum[to][1] += w * points[i][1];
                    mass[to] += w;
                    assignment[i] = to;
                    moved = true;
                }
            }
        }
    }

    private static double[][] means(double[][] points, double[] weights, int[] assignment, int k, double[][] previous) {
        double[][] sums = new double[k][2];
        double[] mass = new double[k];
        for (int i = 0; i < points.length; i++) {
            sums[assignment[i]][0] += weights[i] * points[i][0];
            sums[assignment[i]][1] += weights[i] * points[i][1];
            mass[assignment[i]] += weights[i];
        }
        double[][] centres = new double[k][];
        for (int c = 0; c < k; c++) {
            centres[c] = mass[c] > 0 ? new double[] {sums[c][0] / mass[c], sums[c][1] / mass[c]} : previous[c];
        }
        return centres;
    }

    /** Squared error of an assignment around its own cluster means. */
    static double error(double[][] points, int[] assignment, int k) {
        double[][] sums = new double[k][2];
        int[] size = new int[k];
        for (int i = 0; i < points.length; i++) {
            sums[assignment[i]][0] += points[i][0];
            sums[assignment[i]][1] += points[i][1];
            size[assignment[i]]++;
        }
        double error = 0;
        for (int i = 0; i < points.length; i++) {
            int c = assignment[i];
            double[] centre = {sums[c][0] / size[c], sums[c][1] / size[c]};
            error += distance(points[i], centre);
        }
        return error;
    }

    private static double extent(double[][] points) {
        double extent = 0;
        for (double[] point : points) {
            extent = Math.max(extent, Math.max(Math.abs(point[0]), Math.abs(point[1])));
        }
        return extent;
    }

    private static int worstServed(double[][] points, double[][] centres, int[] assignment) {
        int worst = 0;
        double far = -1;
        for (int i = 0; i < points.length; i++) {
            double d = distance(points[i], centres[assignment[i]]);
            if (d > far) {
                far = d;
                worst = i;
            }
        }
        return worst;
    }

    static int nearestCentre(double[] point, double[][] centres) {
        int closest = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centres.length; c++) {
            double d = distance(point, centres[c]);
            if (d < best) {
                best = d;
                closest = c;
            }
        }
        return closest;
    }

    private static double distanceToMean(double[] point, double[] sum, double mass) {
        double dx = point[0] - sum[0] / mass;
        double dy = point[1] - sum[1] / mass;
        return dx * dx + dy * dy;
    }

    /** Squared Euclidean distance. */
    static double distance(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        return dx * dx + dy * dy;
    }
}
