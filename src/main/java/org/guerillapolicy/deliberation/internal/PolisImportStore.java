package org.guerillapolicy.deliberation.internal;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.guerillapolicy.deliberation.MapImport;
import org.guerillapolicy.deliberation.StatementStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for maps imported from Pol.is: their statements, their participants' votes and what was imported. */
@Repository
public class PolisImportStore {

    private static final int VOTES_PER_INSERT = 5_000;

    private final JdbcClient jdbc;
    private final MapGroupStore groups;

    PolisImportStore(JdbcClient jdbc, MapGroupStore groups) {
        this.jdbc = jdbc;
        this.groups = groups;
    }

    public void insertStatement(long id, long mapId, long polisId, String body, StatementStatus status) {
        jdbc.sql("""
                insert into opinion_statements (id, map_id, body, status, polis_comment_id)
                values (:id, :map, :body, :status, :polis)""")
                .param("id", id).param("map", mapId).param("body", body).param("status", status.name())
                .param("polis", polisId).update();
    }

    /** Stores the latest vote of each participant on each statement of the matrix (statement ids as given). */
    public void insertVotes(long mapId, RatingMatrix ratings, java.util.function.LongUnaryOperator statementId) {
        int total = ratings.voteCount();
        for (int from = 0, row = 0; from < total; from += VOTES_PER_INSERT) {
            int to = Math.min(total, from + VOTES_PER_INSERT);
            Long[] participants = new Long[to - from];
            Long[] statements = new Long[to - from];
            Integer[] votes = new Integer[to - from];
            for (int i = from; i < to; i++) {
                while (ratings.rowStart(row + 1) <= i) {
                    row++;
                }
                participants[i - from] = ratings.participant(row);
                statements[i - from] = statementId.applyAsLong(ratings.statement(ratings.columnAt(i)));
                votes[i - from] = (int) ratings.voteAt(i);
            }
            jdbc.sql("""
                    insert into opinion_imported_votes (map_id, participant, statement_id, vote)
                    select :map, p, s, v from unnest(cast(:participants as bigint[]), cast(:statements as bigint[]),
                        cast(:votes as smallint[])) as t (p, s, v)""")
                    .param("map", mapId).param("participants", participants).param("statements", statements)
                    .param("votes", votes).update();
        }
    }

    /**
     * Keeps Pol.is's groups (Pol.is group number from 0) as the map's groups until it is first computed here, so
     * that everyone Pol.is grouped stays in the grouping, as they would have in Pol.is.
     */
    public void keepPolisGroups(long mapId, Map<Long, Integer> polisGroups) {
        Map<Long, Integer> groupOf = new HashMap<>();
        polisGroups.forEach((participant, group) ->
                groupOf.put(participant + OpinionMapStore.IMPORTED_VOTER_OFFSET, group + 1));
        groups.replace(mapId, groupOf);
    }

    public void recordImport(long mapId, int participants, int votes, int statements) {
        jdbc.sql("""
                insert into opinion_map_imports (map_id, participants, votes, statements)
                values (:map, :participants, :votes, :statements)""")
                .param("map", mapId).param("participants", participants).param("votes", votes)
                .param("statements", statements).update();
    }

    public Optional<MapImport> of(long mapId) {
        return jdbc.sql("select participants, votes, statements, imported_at from opinion_map_imports where map_id = :map")
                .param("map", mapId)
                .query((rs, row) -> new MapImport(rs.getInt(1), rs.getInt(2), rs.getInt(3),
                        rs.getObject(4, Timestamp.class).toInstant()))
                .optional();
    }
}
