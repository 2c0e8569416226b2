package org.guerillapolicy.deliberation.internal;

import java.util.List;
import org.guerillapolicy.policy.ContributionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for common-ground statements turned into contributions to the map's project. */
@Repository
public class StatementUseStore {

    private final JdbcClient jdbc;

    StatementUseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Use(long statementId, ContributionKind kind, long contributionId) {
    }

    /** Fails with a duplicate key if the statement was already used as this kind. */
    public void insert(long mapId, long statementId, ContributionKind kind, long contributionId, long usedBy) {
        jdbc.sql("""
                insert into opinion_statement_uses (statement_id, kind, map_id, contribution_id, used_by)
                values (:statement, :kind, :map, :contribution, :by)""")
                .param("statement", statementId).param("kind", kind.name()).param("map", mapId)
                .param("contribution", contributionId).param("by", usedBy).update();
    }

    public boolean used(long statementId, ContributionKind kind) {
        return jdbc.sql("select exists (select 1 from opinion_statement_uses where statement_id = :statement and kind = :kind)")
                .param("statement", statementId).param("kind", kind.name()).query(Boolean.class).single();
    }

    public List<Use> ofMap(long mapId) {
        return jdbc.sql("select statement_id, kind, contribution_id from opinion_statement_uses where map_id = :map order by used_at")
                .param("map", mapId)
                .query((rs, row) -> new Use(rs.getLong(1), ContributionKind.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
    }
}
