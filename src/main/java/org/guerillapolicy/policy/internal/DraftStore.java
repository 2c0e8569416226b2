package org.guerillapolicy.policy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for draft versions. */
@Repository
public class DraftStore {

    private static final String COLUMNS = "number, markdown, anchors, author_id, credited_id, note, created_at";

    private final JdbcClient jdbc;

    DraftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the next version; the primary key refuses a second save of the same number by a racing owner. */
    public int insert(long projectId, String markdown, List<String> anchors, long authorId, Long creditedId, String note) {
        int number = latestNumber(projectId) + 1;
        jdbc.sql("""
                insert into policy_draft_versions (project_id, number, markdown, anchors, author_id, credited_id, note)
                values (:project, :number, :markdown, :anchors, :author, :credited, :note)""")
                .param("project", projectId).param("number", number).param("markdown", markdown)
                .param("anchors", String.join(" ", anchors)).param("author", authorId)
                .param("credited", creditedId).param("note", note)
                .update();
        return number;
    }

    public int latestNumber(long projectId) {
        return jdbc.sql("select coalesce(max(number), 0) from policy_draft_versions where project_id = :project")
                .param("project", projectId).query(Integer.class).single();
    }

    public Optional<Row> version(long projectId, int number) {
        return jdbc.sql("select " + COLUMNS + " from policy_draft_versions where project_id = :project and number = :number")
                .param("project", projectId).param("number", number).query(DraftStore::row).optional();
    }

    public List<Row> versions(long projectId) {
        return jdbc.sql("select " + COLUMNS + " from policy_draft_versions where project_id = :project order by number desc")
                .param("project", projectId).query(DraftStore::row).list();
    }

    public record Row(int number, String markdown, List<String> anchors, long authorId, Long creditedId, String note,
                      Instant createdAt) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String anchors = rs.getString("anchors");
        return new Row(rs.getInt("number"), rs.getString("markdown"),
                anchors.isEmpty() ? List.of() : List.of(anchors.split(" ")), rs.getLong("author_id"),
                rs.getObject("credited_id", Long.class), rs.getString("note"), rs.getTimestamp("created_at").toInstant());
    }
}
