package org.guerillapolicy.deliberation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Computes an opinion map from a rating matrix, following Pol.is's published method: principal components of
 * the mean-imputed votes, sparsity-aware positions, base clusters and opinion groups chosen by silhouette for the
 * participants who voted enough, then representativeness, consensus, group-aware consensus and routing priority.
 * The same matrix and seed always give the same map.
 */
public final class OpinionMapping {

    /** Pol.is clusters someone once they have voted on min(7, statements) statements. */
    static final int VOTES_TO_JOIN = 7;
    /** Pol.is tops the clustered set up to 15 with the most active voters. */
    static final int FEWEST_CLUSTERED = 15;

    public static final long DEFAULT_SEED = 20_140_601L;

    private OpinionMapping() {
    }

    /**
     * @param fixedGroups the number of groups to make, or null to choose it by silhouette
     * @param tolerance relative residual at which the principal components are taken as converged
     */
    public record Settings(Integer fixedGroups, long seed, double tolerance) {

        public static Settings defaults() {
            return new Settings(null, DEFAULT_SEED, 1e-8);
        }

        public Settings withGroups(Integer groups) {
            return new Settings(groups, seed, tolerance);
        }
    }

    public static OpinionMap compute(RatingMatrix ratings, Settings settings) {
        return compute(ratings, settings, null);
    }

    private static OpinionMap compute(RatingMatrix ratings, Settings settings, PrincipalComponents previous) {
        PrincipalComponents components = PrincipalComponents.of(ratings, settings.seed(), settings.tolerance(),
                previous);
        double[][] positions = components.project(ratings);
        boolean[] clustered = inConversation(ratings);
        int[] rows = IntStream.range(0, clustered.length).filter(row -> clustered[row]).toArray();
        double[][] clusteredPositions = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            clusteredPositions[i] = positions[rows[i]];
        }
        GroupClustering.Result groups = GroupClustering.cluster(clusteredPositions, settings.fixedGroups(),
                settings.seed());
        int[] groupOfRow = new int[ratings.participantCount()];
        java.util.Arrays.fill(groupOfRow, -1);
        for (int i = 0; i < rows.length; i++) {
            groupOfRow[rows[i]] = groups.groupOfPoint()[i];
        }
        return withGroups(ratings, components, positions, groupOfRow, groups.groups(), groups.silhouettes());
    }

    /**
     * Recomputes a map after new votes, starting the principal components from the previous map's. Same groups as
     * {@link #compute} to within the components' tolerance.
     */
    public static OpinionMap update(OpinionMap previous, RatingMatrix ratings, Settings settings) {
        return compute(ratings, settings, previous.components());
    }

    /** The statistics of a map whose groups are given (used to check the formulas against Pol.is's groups). */
    static OpinionMap withGroups(RatingMatrix ratings, PrincipalComponents components, double[][] positions,
            int[] groupOfRow, int groups, java.util.Map<Integer, Double> silhouettes) {
        VoteCounts matrixCounts = VoteCounts.of(ratings, groupOfRow, groups, false);
        VoteCounts castCounts = VoteCounts.of(ratings, groupOfRow, groups, true);
        Representativeness.Stats[][] repness = Representativeness.of(matrixCounts);
        List<List<Representativeness.Stats>> representative = new ArrayList<>();
        for (Representativeness.Stats[] group : repness) {
            representative.add(Representativeness.select(group, ratings));
        }
        StatementScores scores = StatementScores.of(ratings, castCounts, components);
        return new OpinionMap(ratings, components, positions, groupOfRow, groups, silhouettes, repness,
                representative, scores);
    }

    /** How many votes a participant needs to be grouped: 7, or every statement if there are fewer. */
    public static int votesToJoin(RatingMatrix ratings) {
        return Math.min(VOTES_TO_JOIN, ratings.statementCount());
    }

    /**
     * Who is clustered: at least min(7, statements) votes, topped up to 15 with the most active voters. Whoever was
     * clustered before stays, as in Pol.is, where a participant once in the grouping never leaves it (so people who
     * joined early, when there were fewer statements or fewer voters, keep their place).
     */
    static boolean[] inConversation(RatingMatrix ratings) {
        int n = ratings.participantCount();
        int needed = votesToJoin(ratings);
        boolean[] in = new boolean[n];
        int count = 0;
        for (int row = 0; row < n; row++) {
            if (ratings.votesCastBy(row) >= needed && ratings.votesCastBy(row) > 0 || ratings.wasClustered(row)) {
                in[row] = true;
                count++;
            }
        }
        if (count < FEWEST_CLUSTERED) {
            List<Integer> rest = IntStream.range(0, n).filter(row -> !in[row] && ratings.votesCastBy(row) > 0)
                    .boxed().sorted(Comparator.comparingInt(row -> -ratings.votesCastBy(row))).toList();
            for (int i = 0; i < rest.size() && count < FEWEST_CLUSTERED; i++, count++) {
                in[rest.get(i)] = true;
            }
        }
        return in;
    }
}
