package org.guerillapolicy.policy.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for implementation updates and service-user reports. */
@Repository
public class ImplementationStore {

    private final JdbcClient jdbc;

    ImplementationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertUpdate(long id, long projectId, long authorId, String title, String body, String status) {
        jdbc.sql("""
                insert into policy_updates (id, project_id, author_id, title, body, status)
                values (:id, :project, :author, :title, :body, :status)""")
                .param("id", id).param("project", projectId).param("author", authorId).param("title", title)
                .param("body", body).param("status", status).update();
    }

    public void insertReport(long id, long projectId, long authorId, String whatHappened, String whatChanged, int rating) {
        jdbc.sql("""
                insert into policy_reports (id, project_id, author_id, what_happened, what_changed, rating)
                values (:id, :project, :author, :happened, :changed, :rating)""")
                .param("id", id).param("project", projectId).param("author", authorId).param("happened", whatHappened)
                .param("changed", whatChanged).param("rating", rating).update();
    }

    public List<UpdateRow> updates(long projectId) {
        return jdbc.sql("select id, author_id, title, body, status, created_at from policy_updates where project_id = :project order by id desc")
                .param("project", projectId)
                .query((rs, n) -> new UpdateRow(rs.getLong("id"), rs.getLong("author_id"), rs.getString("title"),
                        rs.getString("body"), rs.getString("status"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public List<ReportRow> reports(long projectId) {
        return jdbc.sql("select id, author_id, what_happened, what_changed, rating, created_at from policy_reports where project_id = :project order by id desc limit 200")
                .param("project", projectId)
                .query((rs, n) -> new ReportRow(rs.getLong("id"), rs.getLong("author_id"), rs.getString("what_happened"),
                        rs.getString("what_changed"), rs.getInt("rating"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Reports per month with their average rating, for the last twelve months that have any. */
    public List<MonthRow> monthly(long projectId) {
        return jdbc.sql("""
                select to_char(date_trunc('month', created_at), 'Mon YYYY') as label, count(*) as reports,
                       avg(rating) as average
                  from policy_reports where project_id = :project
                 group by date_trunc('month', created_at) order by date_trunc('month', created_at) desc limit 12""")
                .param("project", projectId)
                .query((rs, n) -> new MonthRow(rs.getString("label"), rs.getInt("reports"), rs.getDouble("average")))
                .list().reversed();
    }

    public record UpdateRow(long id, long authorId, String title, String body, String status, Instant createdAt) {
    }

    public record ReportRow(long id, long authorId, String whatHappened, String whatChanged, int rating, Instant createdAt) {
    }

    public record MonthRow(String label, int reports, double average) {
    }
}
