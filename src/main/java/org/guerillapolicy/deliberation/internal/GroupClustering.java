package org.guerillapolicy.deliberation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pol.is's two-level clustering: up to 100 base clusters of participants' positions, then opinion groups made
 * by weighted k-means over the base-cluster centres, with the number of groups chosen by silhouette (Pol.is
 * {@code conversation.clj} base-clusters, group-clusterings, {@code clusters.clj} silhouette; taken here over the
 * participants rather than the base-cluster centres). Pol.is smooths k over successive updates; a batch computation has no history, so more groups must
 * be clearly better to be made.
 */
final class GroupClustering {

    static final int BASE_CLUSTERS = 100;
    static final int SILHOUETTE_SAMPLE = 1000;
    static final int MAX_GROUPS = 5;
    /**
     * How much better a silhouette must be to make more groups. Measured on real conversations: 0.024 better was not
     * enough for Pol.is (San Juan Islands land bank, 2021: Pol.is made 2 groups), 0.054 was (London youth policing,
     * 2022: 3 groups).
     */
    static final double MORE_GROUPS_MARGIN = 0.04;
    /** Restarts are cheap on small conversations, so they get many; large ones get a fixed budget of work. */
    private static final int FEWEST_RESTARTS = 2;
    private static final int MOST_RESTARTS = 32;
    private static final double RESTART_BUDGET = 1e6;

    private GroupClustering() {
    }

    /** Groups of the given points: the group of each point (0 = largest), and the silhouette of each k tried. */
    record Result(int[] groupOfPoint, int groups, Map<Integer, Double> silhouettes) {
    }

    static Result cluster(double[][] points, Integer fixedGroups, long seed) {
        if (points.length == 0) {
            return new Result(new int[0], 0, Map.of());
        }
        // k-means++ draws points by index: clustering the points in the order of their positions, not the order
        // in which people arrived, gives the same groups whatever that order was.
        Integer[] byPosition = new Integer[points.length];
        for (int i = 0; i < points.length; i++) {
            byPosition[i] = i;
        }
        Arrays.sort(byPosition, Comparator.<Integer>comparingDouble(i -> points[i][0]).thenComparingDouble(i -> points[i][1]));
        double[][] sorted = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            sorted[i] = points[byPosition[i]];
        }
        Result inOrder = clusterInOrder(sorted, fixedGroups, seed);
        int[] groupOfPoint = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            groupOfPoint[byPosition[i]] = inOrder.groupOfPoint()[i];
        }
        return new Result(groupOfPoint, inOrder.groups(), inOrder.silhouettes());
    }

    private static Result clusterInOrder(double[][] points, Integer fixedGroups, long seed) {
        Base base = baseClusters(points, seed);
        int count = base.centres.length;
        Map<Integer, Double> silhouettes = new LinkedHashMap<>();
        int[] bestGroups = new int[count];
        int bestK = 1;
        if (fixedGroups != null) {
            bestK = Math.min(fixedGroups, count);
            if (bestK > 1) {
                KMeans.Partition partition = KMeans.cluster(base.centres, base.weights, bestK, restarts(count, bestK), seed);
                bestGroups = partition.assignment();
                silhouettes.put(bestK, participantSilhouette(points, base, bestGroups, bestK));
            }
        } else {
            int maxK = Math.min(Math.min(MAX_GROUPS, 2 + count / 12), count);
            Map<Integer, int[]> groupings = new LinkedHashMap<>();
            for (int k = 2; k <= maxK; k++) {
                int[] groups = KMeans.cluster(base.centres, base.weights, k, restarts(count, k), seed).assignment();
                groupings.put(k, groups);
                silhouettes.put(k, participantSilhouette(points, base, groups, k));
            }
            if (!groupings.isEmpty()) {
                bestK = fewestGroupsNearBest(silhouettes);
                bestGroups = groupings.get(bestK);
            }
        }
        int[] ofPoint = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            ofPoint[i] = bestGroups[base.clusterOfPoint[i]];
        }
        if (bestK > 1) {
            ofPoint = leastError(points, KMeans.refine(points, ofPoint, bestK), bestK, seed);
        }
        int[] relabelled = labelledBySize(ofPoint, points, bestK);
        return new Result(relabelled, (int) Arrays.stream(relabelled).distinct().count(), silhouettes);
    }

    /**
     * The silhouette of a grouping of the base clusters, over the participants in it (every one, or up to
     * {@link #SILHOUETTE_SAMPLE} spread evenly over the points in order of position). Pol.is takes it over the
     * base-cluster centres, which is the same while there are at most 100 participants; beyond that, the centres
     * shift with the base clusters and the silhouette with them, by as much as 0.02 from one vote to the next, enough
     * to change the number of groups back and forth. Over the participants it barely moves.
     */
    private static double participantSilhouette(double[][] points, Base base, int[] groupOfBase, int k) {
        int step = Math.max(1, (points.length + SILHOUETTE_SAMPLE - 1) / SILHOUETTE_SAMPLE);
        int count = (points.length + step - 1) / step;
        double[][] sample = new double[count][];
        int[] groups = new int[count];
        for (int i = 0; i < count; i++) {
            sample[i] = points[i * step];
            groups[i] = groupOfBase[base.clusterOfPoint[i * step]];
        }
        return Silhouette.of(sample, groups, k);
    }

    /**
     * The fewest groups whose silhouette is within {@link #MORE_GROUPS_MARGIN} of the best. Pol.is starts a
     * conversation with two groups (too few base clusters allow more) and changes its number of groups only once a
     * new number has scored best in four updates running, so more groups must be clearly better to be made.
     */
    static int fewestGroupsNearBest(Map<Integer, Double> silhouettes) {
        double best = silhouettes.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return silhouettes.entrySet().stream().filter(e -> e.getValue() >= best - MORE_GROUPS_MARGIN)
                .mapToInt(Map.Entry::getKey).min().orElseThrow();
    }

    /**
     * With k chosen, Lloyd steps from the base-cluster grouping and from k-means++ restarts on the participants
     * themselves each reach a local optimum; the one with the least squared error wins, so that a participant's
     * group near a boundary depends neither on base clusters nor on the order participants arrived in.
     */
    private static int[] leastError(double[][] points, int[] fromBase, int k, long seed) {
        double[] ones = new double[points.length];
        Arrays.fill(ones, 1);
        KMeans.Partition direct = KMeans.cluster(points, ones, k, restarts(points.length, k), seed);
        return KMeans.error(points, direct.assignment(), k) < KMeans.error(points, fromBase, k) - 1e-9
                ? direct.assignment() : fromBase;
    }

    static int restarts(int points, int k) {
        return (int) Math.max(FEWEST_RESTARTS, Math.min(MOST_RESTARTS, RESTART_BUDGET / ((double) points * k)));
    }

    private record Base(double[][] centres, double[] weights, int[] clusterOfPoint) {
    }

    /** With at most 100 distinct positions each is its own base cluster, as in Pol.is. */
    private static Base baseClusters(double[][] points, long seed) {
        Map<List<Double>, Integer> distinct = new LinkedHashMap<>();
        int[] of = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            of[i] = distinct.computeIfAbsent(List.of(points[i][0], points[i][1]), p -> distinct.size());
        }
        if (distinct.size() > BASE_CLUSTERS) {
            double[] ones = new double[points.length];
            Arrays.fill(ones, 1);
            KMeans.Partition partition = KMeans.cluster(points, ones, BASE_CLUSTERS, restarts(points.length, BASE_CLUSTERS), seed);
            return compact(partition.assignment(), points);
        }
        return compact(of, points);
    }

    /** Centres and sizes of the non-empty clusters of an assignment. */
    private static Base compact(int[] assignment, double[][] points) {
        Map<Integer, Integer> index = new LinkedHashMap<>();
        for (int a : assignment) {
            index.computeIfAbsent(a, x -> index.size());
        }
        double[][] centres = new double[index.size()][2];
        double[] weights = new double[index.size()];
        int[] of = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            int c = index.get(assignment[i]);
            of[i] = c;
            centres[c][0] += points[i][0];
            centres[c][1] += points[i][1];
            weights[c]++;
        }
        for (int c = 0; c < centres.length; c++) {
            centres[c][0] /= weights[c];
            centres[c][1] /= weights[c];
        }
        return new Base(centres, weights, of);
    }

    /** Numbers groups by size (largest first), then by position, so the same partition gets the same labels. */
    private static int[] labelledBySize(int[] groups, double[][] points, int k) {
        int[] size = new int[k];
        double[][] centre = new double[k][2];
        for (int i = 0; i < groups.length; i++) {
            size[groups[i]]++;
            centre[groups[i]][0] += points[i][0];
            centre[groups[i]][1] += points[i][1];
        }
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            if (size[g] > 0) {
                order.add(g);
            }
        }
        order.sort(Comparator.<Integer>comparingInt(g -> -size[g])
                .thenComparingDouble(g -> centre[g][0] / size[g])
                .thenComparingDouble(g -> centre[g][1] / size[g]));
        int[] label = new int[k];
        for (int i = 0; i < order.size(); i++) {
            label[order.get(i)] = i;
        }
        int[] result = new int[groups.length];
        for (int i = 0; i < groups.length; i++) {
            result[i] = label[groups[i]];
        }
        return result;
    }
}
