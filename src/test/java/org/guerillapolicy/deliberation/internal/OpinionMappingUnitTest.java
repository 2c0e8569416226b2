package org.guerillapolicy.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.junit.jupiter.api.Test;

class OpinionMappingUnitTest {

    @Test
    void aLaterVoteReplacesTheEarlierOne() {
        RatingMatrix ratings = RatingMatrix.builder().vote(5, 1, 1).vote(6, 1, -1).vote(5, 1, -1).vote(5, 2, 0).build();

        assertThat(ratings.participantCount()).isEqualTo(2);
        assertThat(ratings.votesCastBy(0)).isEqualTo(2);
        assertThat(ratings.voteAt(ratings.rowStart(0))).isEqualTo(RatingMatrix.DISAGREE);
    }

    @Test
    void componentsAreThoseOfTheMeanImputedMatrix() {
        RatingMatrix ratings = BridgingRankingTest.twoCamps();
        PrincipalComponents components = PrincipalComponents.of(ratings, 7, 1e-12);

        // The dense mean-imputed, centred matrix, decomposed by EJML's SVD.
        DMatrixRMaj dense = new DMatrixRMaj(ratings.participantCount(), ratings.statementCount());
        for (int row = 0; row < ratings.participantCount(); row++) {
            for (int i = ratings.rowStart(row); i < ratings.rowStart(row + 1); i++) {
                int c = ratings.columnAt(i);
                dense.set(row, c, ratings.voteAt(i) - components.mean()[c]);
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(dense.numRows, dense.numCols,
                false, true, false);
        svd.decompose(dense);
        DMatrixRMaj v = svd.getV(null, true);
        double[] singular = svd.getSingularValues();
        Integer[] order = {0, 1, 2};
        java.util.Arrays.sort(order, (a, b) -> Double.compare(singular[b], singular[a]));
        double dot1 = 0;
        double dot2 = 0;
        for (int c = 0; c < ratings.statementCount(); c++) {
            dot1 += v.get(order[0], c) * components.first()[c];
            dot2 += v.get(order[1], c) * components.second()[c];
        }
        assertThat(Math.abs(dot1)).isCloseTo(1, within(1e-9));
        assertThat(Math.abs(dot2)).isCloseTo(1, within(1e-6));
    }

    @Test
    void sparseVotersAreScaledOutFromTheCentre() {
        RatingMatrix.Builder builder = RatingMatrix.builder();
        for (int s = 0; s < 4; s++) {
            builder.vote(1, s, 1).vote(2, s, -1);
        }
        builder.vote(3, 0, 1);
        RatingMatrix ratings = builder.build();
        PrincipalComponents components = PrincipalComponents.of(ratings, 1, 1e-12);
        double[][] points = components.project(ratings);

        double raw = 0;
        for (int c = 0; c < 1; c++) {
            raw += (1 - components.mean()[c]) * components.first()[c];
        }
        assertThat(points[2][0]).isCloseTo(Math.sqrt(4.0 / 1) * raw, within(1e-12));
    }

    @Test
    void peopleJoinTheClusteringAfterSevenVotesAndAtLeastFifteenAreClustered() {
        RatingMatrix.Builder builder = RatingMatrix.builder();
        for (int p = 0; p < 30; p++) {
            for (int s = 0; s < (p < 20 ? 7 : 3 + p % 3); s++) {
                builder.vote(p, s, (p + s) % 3 - 1);
            }
        }
        boolean[] in = OpinionMapping.inConversation(builder.build());
        assertThat(java.util.stream.IntStream.range(0, 30).filter(p -> in[p]).count()).isEqualTo(20);

        RatingMatrix few = RatingMatrix.builder().vote(1, 1, 1).vote(2, 1, 1).vote(2, 2, 1).build();
        assertThat(OpinionMapping.inConversation(few)).containsExactly(true, true);
    }

    @Test
    void whoeverWasClusteredBeforeStaysClusteredWithFewerVotes() {
        RatingMatrix.Builder builder = RatingMatrix.builder();
        for (int p = 0; p < 20; p++) {
            for (int s = 0; s < 7; s++) {
                builder.vote(p, s, (p + s) % 3 - 1);
            }
        }
        builder.vote(20, 0, 1).vote(20, 1, 1).vote(21, 0, -1).vote(21, 1, -1);
        builder.clusteredBefore(20);

        boolean[] in = OpinionMapping.inConversation(builder.build());

        assertThat(in[20]).as("clustered before, two votes").isTrue();
        assertThat(in[21]).as("never clustered, two votes").isFalse();
    }

    @Test
    void moreGroupsAreMadeOnlyWhenClearlyBetter() {
        assertThat(GroupClustering.fewestGroupsNearBest(java.util.Map.of(2, 0.458, 3, 0.482, 4, 0.41))).isEqualTo(2);
        assertThat(GroupClustering.fewestGroupsNearBest(java.util.Map.of(2, 0.429, 3, 0.482, 4, 0.483))).isEqualTo(3);
    }

    @Test
    void groupsDoNotDependOnTheOrderOfThePoints() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        double[][] points = new double[300][];
        for (int i = 0; i < points.length; i++) {
            // Three overlapping clouds, so that the boundaries are crowded and the starts matter.
            double centre = i % 3 * 1.5;
            points[i] = new double[] {centre + random.nextGaussian(), random.nextGaussian()};
        }
        double[][] reversed = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            reversed[i] = points[points.length - 1 - i];
        }

        GroupClustering.Result forward = GroupClustering.cluster(points, null, 1);
        GroupClustering.Result backward = GroupClustering.cluster(reversed, null, 1);

        assertThat(backward.silhouettes()).isEqualTo(forward.silhouettes());
        for (int i = 0; i < points.length; i++) {
            assertThat(backward.groupOfPoint()[points.length - 1 - i]).isEqualTo(forward.groupOfPoint()[i]);
        }
    }

    @Test
    void theTestsKeepPolisPseudoCounts() {
        assertThat(ProportionTests.oneProportion(0, 0)).isEqualTo(1.0);
        assertThat(ProportionTests.twoProportions(3, 3, 5, 5)).isZero();
        assertThat(StatementScores.priority(0, 0, 0, 0)).isCloseTo(Math.pow(0.25 * 9, 2), within(1e-12));
    }

    @Test
    void twoClearCampsBecomeTwoGroupsWhateverTheSeed() {
        RatingMatrix ratings = BridgingRankingTest.twoCamps();
        OpinionMap first = OpinionMapping.compute(ratings, new OpinionMapping.Settings(null, 1, 1e-10));
        OpinionMap second = OpinionMapping.compute(ratings, new OpinionMapping.Settings(null, 99, 1e-10));

        assertThat(first.groups()).isEqualTo(2);
        assertThat(first.groupSize(0)).isEqualTo(400);
        assertThat(second.groupOfRow()).isEqualTo(first.groupOfRow());
        assertThat(first.representativeOf(1)).isNotEmpty();
        assertThat(first.agreedByConsensus()).hasSize(5);
    }

    @Test
    void aTinyMapOfThreePeopleHasTwoGroupsAndCommonGround() {
        RatingMatrix.Builder builder = RatingMatrix.builder();
        int[][] votes = {{1, 1, 1, -1, -1}, {1, 1, 1, -1, -1}, {1, -1, -1, 1, -1}};
        for (int p = 0; p < votes.length; p++) {
            for (int s = 0; s < votes[p].length; s++) {
                builder.vote(p, s, votes[p][s]);
            }
        }
        OpinionMap map = OpinionMapping.compute(builder.build(), OpinionMapping.Settings.defaults());

        assertThat(map.groups()).isEqualTo(2);
        assertThat(map.groupSize(0)).isEqualTo(2);
        assertThat(map.agreedByConsensus()).containsExactly(0);
    }
}
