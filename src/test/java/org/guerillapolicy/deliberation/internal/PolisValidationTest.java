package org.guerillapolicy.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Our groups against Pol.is's own on four real conversations, and stability when participants arrive in another
 * order. Prints the figures it measures.
 */
class PolisValidationTest {

    private static final int SHUFFLES = 5;

    @Test
    void groupsMatchPolisWithItsNumberOfGroupsAndWithOurOwnChoice() {
        List<Double> fixedAri = new ArrayList<>();
        List<Double> ownAri = new ArrayList<>();
        int sameK = 0;
        for (String name : PolisData.CONVERSATIONS) {
            PolisConversation conversation = PolisData.read(name);
            int[] polis = PolisData.polisGroupOfRow(conversation);
            int polisK = (int) Arrays.stream(polis).filter(g -> g >= 0).distinct().count();
            OpinionMap fixed = OpinionMapping.compute(conversation.ratings(), OpinionMapping.Settings.defaults()
                    .withGroups(polisK));
            OpinionMap own = OpinionMapping.compute(conversation.ratings(), OpinionMapping.Settings.defaults());
            double fixedScore = ari(fixed, polis);
            double ownScore = ari(own, polis);
            fixedAri.add(fixedScore);
            ownAri.add(ownScore);
            if (own.groups() == polisK) {
                sameK++;
            }
            double[] errors = squaredErrors(fixed, polis, polisK);
            assertThat(errors[0]).as(name + ": our groups are at least as tight as Pol.is's").isLessThanOrEqualTo(errors[1]);
            System.out.printf("%-27s within-group squared error on the same positions: ours %.2f, Pol.is's %.2f%n",
                    name, errors[0], errors[1]);
            int[] ungrouped = IntStream.range(0, polis.length).filter(row -> polis[row] >= 0 && fixed.groupOfRow()[row] < 0)
                    .toArray();
            assertThat(ungrouped).as(name + ": everyone Pol.is grouped stays grouped").isEmpty();
            System.out.printf("%-27s Pol.is k=%d  ARI with k fixed %.3f over the %d Pol.is grouped  our k=%d"
                    + " (silhouettes %s)  ARI %.3f%n", name, polisK, fixedScore,
                    PolisData.comparableLabels(fixed, polis)[0].length, own.groups(), own.silhouettes(), ownScore);
        }
        System.out.printf("median ARI with k fixed %.3f, with our k %.3f; our k equals Pol.is's on %d of 4%n",
                median(fixedAri), median(ownAri), sameK);
        assertThat(fixedAri).allSatisfy(score -> assertThat(score).isGreaterThanOrEqualTo(0.85));
        assertThat(median(fixedAri)).isGreaterThanOrEqualTo(0.90);
        assertThat(sameK).isGreaterThanOrEqualTo(3);
        assertThat(median(ownAri)).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void groupsBarelyChangeWhenParticipantsArriveInAnotherOrder() {
        List<Double> scores = new ArrayList<>();
        for (String name : PolisData.CONVERSATIONS) {
            PolisConversation conversation = PolisData.read(name);
            OpinionMap original = OpinionMapping.compute(conversation.ratings(), OpinionMapping.Settings.defaults());
            for (int shuffle = 1; shuffle <= SHUFFLES; shuffle++) {
                RatingMatrix shuffled = Shuffled.rows(conversation.ratings(), shuffle);
                OpinionMap again = OpinionMapping.compute(shuffled, OpinionMapping.Settings.defaults());
                scores.add(ariBetween(original, again));
            }
            System.out.printf("%-27s shuffled-row ARI %s%n", name,
                    scores.subList(scores.size() - SHUFFLES, scores.size()).stream()
                            .map(s -> String.format("%.3f", s)).toList());
        }
        System.out.printf("median ARI between runs on row-shuffled input %.3f (min %.3f)%n", median(scores),
                scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        assertThat(median(scores)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void sameDataGiveTheSameGroups() {
        PolisConversation conversation = PolisData.read("scoop-hivemind.taxes");
        OpinionMap first = OpinionMapping.compute(conversation.ratings(), OpinionMapping.Settings.defaults());
        OpinionMap second = OpinionMapping.compute(conversation.ratings(), OpinionMapping.Settings.defaults());
        assertThat(second.groupOfRow()).isEqualTo(first.groupOfRow());
        assertThat(second.positions()).isDeepEqualTo(first.positions());
    }

    /** Within-group squared error of our groups and of Pol.is's, over the participants both grouped. */
    private static double[] squaredErrors(OpinionMap map, int[] polis, int k) {
        int[] rows = java.util.stream.IntStream.range(0, polis.length)
                .filter(row -> polis[row] >= 0 && map.groupOfRow()[row] >= 0).toArray();
        double[][] points = Arrays.stream(rows).mapToObj(row -> map.positions()[row]).toArray(double[][]::new);
        int[] ours = Arrays.stream(rows).map(row -> map.groupOfRow()[row]).toArray();
        int[] theirs = Arrays.stream(rows).map(row -> polis[row]).toArray();
        return new double[] {KMeans.error(points, ours, k), KMeans.error(points, theirs, k)};
    }

    private static double ari(OpinionMap map, int[] polis) {
        int[][] labels = PolisData.comparableLabels(map, polis);
        return AdjustedRandIndex.of(labels[0], labels[1]);
    }

    /** ARI over participants both runs clustered, matched by participant id. */
    private static double ariBetween(OpinionMap a, OpinionMap b) {
        java.util.Map<Long, Integer> groupInB = new java.util.HashMap<>();
        for (int row = 0; row < b.groupOfRow().length; row++) {
            groupInB.put(b.ratings().participant(row), b.groupOfRow()[row]);
        }
        List<int[]> pairs = new ArrayList<>();
        for (int row = 0; row < a.groupOfRow().length; row++) {
            int other = groupInB.get(a.ratings().participant(row));
            if (a.groupOfRow()[row] >= 0 && other >= 0) {
                pairs.add(new int[] {a.groupOfRow()[row], other});
            }
        }
        return AdjustedRandIndex.of(pairs.stream().mapToInt(p -> p[0]).toArray(),
                pairs.stream().mapToInt(p -> p[1]).toArray());
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
