package org.guerillapolicy.policy.internal;

import java.util.Map;
import java.util.stream.Collectors;
import org.guerillapolicy.policy.ContributionOrigin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for where contributions made from elsewhere on the platform came from. */
@Repository
public class ContributionOriginStore {

    private final JdbcClient jdbc;

    ContributionOriginStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long contributionId, ContributionOrigin origin) {
        jdbc.sql("""
                insert into policy_contribution_origins (contribution_id, label, path, detail)
                values (:id, :label, :path, :detail)""")
                .param("id", contributionId).param("label", origin.label()).param("path", origin.path())
                .param("detail", origin.detail()).update();
    }

    public Map<Long, ContributionOrigin> ofProject(long projectId) {
        return jdbc.sql("""
                select o.contribution_id, o.label, o.path, o.detail from policy_contribution_origins o
                join policy_contributions c on c.id = o.contribution_id where c.project_id = :project""")
                .param("project", projectId)
                .query((rs, row) -> Map.entry(rs.getLong(1),
                        new ContributionOrigin(rs.getString(2), rs.getString(3), rs.getString(4))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
