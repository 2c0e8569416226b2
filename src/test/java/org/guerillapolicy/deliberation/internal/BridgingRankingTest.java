package org.guerillapolicy.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** On an 80 % / 20 % two-camp conversation, bridging ranks what both camps agree with above the majority's. */
class BridgingRankingTest {

    private static final int PLANTED = 10;

    @Test
    void bridgingPutsCommonGroundFirstWhereAgreeCountDoesNot() {
        OpinionMap map = OpinionMapping.compute(twoCamps(), OpinionMapping.Settings.defaults());

        long bridgingHits = BridgingRanking.bridging(map).subList(0, 10).stream().filter(c -> c < PLANTED).count();
        long countHits = BridgingRanking.byAgreeCount(map).subList(0, 10).stream().filter(c -> c < PLANTED).count();
        System.out.printf("planted common-ground statements in the top 10: bridging %d, agree count %d (groups %d)%n",
                bridgingHits, countHits, map.groups());

        assertThat(map.groups()).isEqualTo(2);
        assertThat(bridgingHits).isGreaterThanOrEqualTo(9);
        assertThat(countHits).isLessThan(9);
    }

    /**
     * 400 people in a majority camp and 100 in a minority camp; statements 0-9 are agreed by both camps (70 %),
     * 10-39 by the majority only (95 %, the minority disagrees), 40-59 by the minority only, the rest split evenly.
     */
    static RatingMatrix twoCamps() {
        SplittableRandom random = new SplittableRandom(80_20);
        RatingMatrix.Builder builder = RatingMatrix.builder();
        for (int s = 0; s < 100; s++) {
            builder.statement(s, false);
        }
        for (int p = 0; p < 500; p++) {
            boolean majority = p < 400;
            for (int s = 0; s < 100; s++) {
                if (random.nextDouble() > 0.6) {
                    continue;
                }
                double agree;
                double disagree;
                if (s < PLANTED) {
                    agree = 0.7;
                    disagree = 0.2;
                } else if (s < 40) {
                    agree = majority ? 0.95 : 0.05;
                    disagree = majority ? 0.03 : 0.9;
                } else if (s < 60) {
                    agree = majority ? 0.05 : 0.95;
                    disagree = majority ? 0.9 : 0.03;
                } else {
                    agree = 0.4;
                    disagree = 0.4;
                }
                double draw = random.nextDouble();
                builder.vote(p, s, draw < agree ? 1 : draw < agree + disagree ? -1 : 0);
            }
        }
        return builder.build();
    }

    @Test
    void orderingsCoverEveryStatementInPlay() {
        OpinionMap map = OpinionMapping.compute(twoCamps(), OpinionMapping.Settings.defaults());
        List<Integer> bridging = BridgingRanking.bridging(map);
        assertThat(bridging).hasSize(100).doesNotHaveDuplicates();
    }

    @Test
    void supportSpreadAcrossGroupsOutranksMoreSupportFromOneGroup() {
        int[] sizes = {8, 3};
        double oneSided = BridgingRanking.supportAcrossGroups(new int[] {6, 0}, sizes);
        double bridging = BridgingRanking.supportAcrossGroups(new int[] {2, 2}, sizes);
        assertThat(bridging).isGreaterThan(oneSided);
        assertThat(oneSided).isCloseTo(7 / 10.0 * 1 / 5.0, within(1e-12));
        assertThat(bridging).isCloseTo(3 / 10.0 * 3 / 5.0, within(1e-12));
        // Nobody in the map supports it: the same as no support at all.
        assertThat(BridgingRanking.supportAcrossGroups(new int[] {0, 0}, sizes)).isCloseTo(1 / 10.0 * 1 / 5.0, within(1e-12));
    }
}
