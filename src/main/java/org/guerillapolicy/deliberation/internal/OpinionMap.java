package org.guerillapolicy.deliberation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A computed opinion map: positions and groups of participants, and the scores of statements. */
public record OpinionMap(RatingMatrix ratings, PrincipalComponents components, double[][] positions,
        int[] groupOfRow, int groups, Map<Integer, Double> silhouettes, Representativeness.Stats[][] repness,
        List<List<Representativeness.Stats>> representative, StatementScores scores) {

    private static final int CONSENSUS_LISTED = 5;
    private static final double DIVIDED = 0.25;

    public int groupSize(int group) {
        int size = 0;
        for (int g : groupOfRow) {
            if (g == group) {
                size++;
            }
        }
        return size;
    }

    /**
     * A representative statement of a group: the statement's column, its repness, which way the group leans, and
     * the plain share of the group's votes on it that went that way (not smoothed, as people read it).
     */
    public record Representative(int column, double repness, boolean agreed, double share) {
    }

    public List<Representative> representativeOf(int group) {
        return representative.get(group).stream()
                .map(stats -> new Representative(stats.column(), stats.repness(), stats.agreeSide(),
                        stats.ns() == 0 ? 0 : (double) (stats.agreeSide() ? stats.na() : stats.nd()) / stats.ns()))
                .toList();
    }

    public double consensus(int column) {
        return scores.consensus(column);
    }

    public double groupAwareConsensus(int column) {
        return scores.groupAwareConsensus()[column];
    }

    public double priority(int column) {
        return scores.priority()[column];
    }

    /** The plain share of everyone's votes on a statement that agreed (or disagreed), passes included. */
    public double share(int column, boolean agree) {
        byte wanted = agree ? RatingMatrix.AGREE : RatingMatrix.DISAGREE;
        int seen = 0;
        int matching = 0;
        for (int i = 0; i < ratings.voteCount(); i++) {
            if (ratings.columnAt(i) == column) {
                seen++;
                matching += ratings.voteAt(i) == wanted ? 1 : 0;
            }
        }
        return seen == 0 ? 0 : (double) matching / seen;
    }

    /** Up to five statements most agreed with across everyone (Pol.is {@code select-consensus-comments}). */
    public List<Integer> agreedByConsensus() {
        return topColumns(true);
    }

    public List<Integer> disagreedByConsensus() {
        return topColumns(false);
    }

    private List<Integer> topColumns(boolean agree) {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < ratings.statementCount(); c++) {
            boolean listed = agree ? scores.agreedByConsensus(c) : scores.disagreedByConsensus(c);
            if (!ratings.isModeratedOut(c) && listed) {
                columns.add(c);
            }
        }
        columns.sort(Comparator.comparingDouble(c -> agree ? -scores.pa()[c] * scores.pat()[c]
                : -scores.pd()[c] * scores.pdt()[c]));
        return columns.subList(0, Math.min(CONSENSUS_LISTED, columns.size()));
    }

    /**
     * Statements on which groups divide most: the spread between the groups' agree shares, largest first, leaving
     * out statements whose groups are within a quarter of each other.
     */
    public List<Integer> divisive(int limit) {
        List<Integer> columns = new ArrayList<>();
        double[] spread = new double[ratings.statementCount()];
        for (int c = 0; c < ratings.statementCount(); c++) {
            if (ratings.isModeratedOut(c) || groups < 2) {
                continue;
            }
            double low = 1;
            double high = 0;
            for (int g = 0; g < groups; g++) {
                low = Math.min(low, repness[g][c].pa());
                high = Math.max(high, repness[g][c].pa());
            }
            spread[c] = high - low;
            if (spread[c] >= DIVIDED) {
                columns.add(c);
            }
        }
        columns.sort(Comparator.comparingDouble(c -> -spread[c]));
        return columns.subList(0, Math.min(limit, columns.size()));
    }
}
