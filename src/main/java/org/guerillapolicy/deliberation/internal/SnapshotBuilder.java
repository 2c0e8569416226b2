package org.guerillapolicy.deliberation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guerillapolicy.deliberation.MapSnapshot;
import org.guerillapolicy.deliberation.MapSnapshot.OpinionGroupView;
import org.guerillapolicy.deliberation.MapSnapshot.Point;
import org.guerillapolicy.deliberation.MapSnapshot.StatementShare;
import org.guerillapolicy.deliberation.ParticipantRole;
import org.guerillapolicy.deliberation.Statement;
import org.guerillapolicy.deliberation.StatementStatus;

/** Computes a map from stored statements and votes and turns it into what the pages show. */
final class SnapshotBuilder {

    private static final int DIVISIVE_SHOWN = 5;

    private SnapshotBuilder() {
    }

    /** A computed map: what the pages show, and who is in which group (account id to group number from 1). */
    record Computed(MapSnapshot snapshot, Map<Long, Integer> groupOf) {
    }

    /**
     * @param clusteredBefore who was in a group when the map was last computed: they stay in the grouping, as in
     *     Pol.is
     */
    static Computed compute(List<Statement> statements, List<OpinionMapStore.StoredVote> votes,
            Set<Long> clusteredBefore, Map<Long, ParticipantRole> roles, Instant now) {
        RatingMatrix ratings = ratings(statements, votes, clusteredBefore);
        if (ratings.participantCount() == 0 || ratings.statementCount() == 0) {
            return new Computed(new MapSnapshot(now, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of(),
                    Map.of(), List.of()), Map.of());
        }
        OpinionMap map = OpinionMapping.compute(ratings, OpinionMapping.Settings.defaults());
        Map<Long, Integer> groupOf = new HashMap<>();
        for (int row = 0; row < ratings.participantCount(); row++) {
            if (map.groupOfRow()[row] >= 0) {
                groupOf.put(ratings.participant(row), map.groupOfRow()[row] + 1);
            }
        }
        return new Computed(snapshot(map, roles, now), groupOf);
    }

    /** The rating matrix of a stored map: waiting statements are left out, removed ones are moderated out. */
    private static RatingMatrix ratings(List<Statement> statements, List<OpinionMapStore.StoredVote> votes,
            Set<Long> clusteredBefore) {
        RatingMatrix.Builder builder = RatingMatrix.builder();
        for (Statement statement : statements) {
            if (statement.status() != StatementStatus.PENDING) {
                builder.statement(statement.id(), statement.status() == StatementStatus.REJECTED);
            }
        }
        for (OpinionMapStore.StoredVote vote : votes) {
            builder.vote(vote.accountId(), vote.statementId(), vote.vote());
            if (clusteredBefore.contains(vote.accountId())) {
                builder.clusteredBefore(vote.accountId());
            }
        }
        return builder.build();
    }

    private static MapSnapshot snapshot(OpinionMap map, Map<Long, ParticipantRole> roles, Instant now) {
        RatingMatrix ratings = map.ratings();
        List<OpinionGroupView> groups = new ArrayList<>();
        for (int g = 0; g < map.groups(); g++) {
            List<StatementShare> representative = map.representativeOf(g).stream()
                    .map(r -> new StatementShare(ratings.statement(r.column()), r.agreed(), r.share())).toList();
            groups.add(new OpinionGroupView(g + 1, map.groupSize(g), representative, roleCounts(map, g, roles),
                    centre(map, g, 0), centre(map, g, 1)));
        }
        List<StatementShare> agreed = map.agreedByConsensus().stream()
                .map(c -> new StatementShare(ratings.statement(c), true, map.share(c, true))).toList();
        List<StatementShare> disagreed = map.disagreedByConsensus().stream()
                .map(c -> new StatementShare(ratings.statement(c), false, map.share(c, false))).toList();
        List<Long> divisive = map.divisive(DIVISIVE_SHOWN).stream().map(ratings::statement).toList();
        List<Point> points = new ArrayList<>();
        for (int row = 0; row < ratings.participantCount(); row++) {
            points.add(new Point(map.positions()[row][0], map.positions()[row][1], map.groupOfRow()[row] + 1));
        }
        Map<Long, Double> priorities = new HashMap<>();
        for (int c = 0; c < ratings.statementCount(); c++) {
            priorities.put(ratings.statement(c), map.priority(c));
        }
        int[] agrees = new int[ratings.statementCount()];
        for (int i = 0; i < ratings.voteCount(); i++) {
            if (ratings.voteAt(i) == RatingMatrix.AGREE) {
                agrees[ratings.columnAt(i)]++;
            }
        }
        List<MapSnapshot.Support> support = BridgingRanking.bridging(map).stream()
                .map(c -> new MapSnapshot.Support(ratings.statement(c), agrees[c], map.groupAwareConsensus(c))).toList();
        return new MapSnapshot(now, ratings.participantCount(), ratings.voteCount(), groups, agreed, disagreed,
                divisive, points, priorities, support);
    }

    private static Map<ParticipantRole, Long> roleCounts(OpinionMap map, int group, Map<Long, ParticipantRole> roles) {
        Map<ParticipantRole, Long> counts = new EnumMap<>(ParticipantRole.class);
        for (int row = 0; row < map.groupOfRow().length; row++) {
            ParticipantRole role = roles.get(map.ratings().participant(row));
            if (map.groupOfRow()[row] == group && role != null) {
                counts.merge(role, 1L, Long::sum);
            }
        }
        return counts;
    }

    private static double centre(OpinionMap map, int group, int axis) {
        double sum = 0;
        int count = 0;
        for (int row = 0; row < map.groupOfRow().length; row++) {
            if (map.groupOfRow()[row] == group) {
                sum += map.positions()[row][axis];
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }
}
