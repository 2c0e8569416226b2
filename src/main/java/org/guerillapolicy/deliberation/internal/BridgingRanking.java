package org.guerillapolicy.deliberation.internal;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Orders statements by support across opinion groups rather than by how many agree: by group-aware consensus,
 * the product over groups of each group's smoothed agree share, so a statement ranks high only if every group
 * supports it (the Community Notes idea, in Pol.is's form).
 */
public final class BridgingRanking {

    private BridgingRanking() {
    }

    /** Columns of the statements still in play, most bridging first. */
    public static List<Integer> bridging(OpinionMap map) {
        return ordered(map, Comparator.comparingDouble(c -> -map.groupAwareConsensus(c)));
    }

    /**
     * The same measure for anything people support (such as a project's options): the product over groups of
     * the smoothed share of each group who support it, (supporters in the group + 1) / (group size + 2).
     */
    public static double supportAcrossGroups(int[] supportersInGroup, int[] groupSize) {
        double score = 1;
        for (int g = 0; g < groupSize.length; g++) {
            score *= (supportersInGroup[g] + 1.0) / (groupSize[g] + 2.0);
        }
        return score;
    }

    /** Columns of the statements still in play, most agreed first (the volume ordering it replaces). */
    public static List<Integer> byAgreeCount(OpinionMap map) {
        int[] agrees = new int[map.ratings().statementCount()];
        RatingMatrix ratings = map.ratings();
        for (int i = 0; i < ratings.voteCount(); i++) {
            if (ratings.voteAt(i) == RatingMatrix.AGREE) {
                agrees[ratings.columnAt(i)]++;
            }
        }
        return ordered(map, Comparator.comparingInt(c -> -agrees[c]));
    }

    private static List<Integer> ordered(OpinionMap map, Comparator<Integer> order) {
        return IntStream.range(0, map.ratings().statementCount()).filter(c -> !map.ratings().isModeratedOut(c))
                .boxed().sorted(order.thenComparingInt(c -> c)).toList();
    }
}
