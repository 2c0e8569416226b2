package org.guerillapolicy.policy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.guerillapolicy.policy.Project;
import org.guerillapolicy.policy.ProjectAudience;
import org.guerillapolicy.policy.ProjectVisibility;
import org.guerillapolicy.policy.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for projects, followers and project timelines. Every read applies the audience rule. */
@Repository
public class ProjectStore {

    /** The groups audience rule over the project's audience group (null for a public project). */
    public static final String VISIBLE = ProjectAudience.sql("p");

    private static final String COLUMNS = """
            p.id, p.slug, p.title, p.summary, p.created_by, p.group_id, p.visibility, p.stage, p.licence,
            p.published_version, p.created_at""";

    private final JdbcClient jdbc;

    ProjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long id, String slug, String title, String summary, long ownerId, Long groupId,
                       ProjectVisibility visibility) {
        jdbc.sql("""
                insert into policy_projects (id, slug, title, summary, created_by, group_id, visibility)
                values (:id, :slug, :title, :summary, :owner, :group, :visibility)""")
                .param("id", id).param("slug", slug).param("title", title).param("summary", summary)
                .param("owner", ownerId).param("group", groupId).param("visibility", visibility.name())
                .update();
    }

    public boolean slugTaken(String slug) {
        return jdbc.sql("select exists (select 1 from policy_projects where slug = :slug)")
                .param("slug", slug).query(Boolean.class).single();
    }

    public Optional<Project> visibleBySlug(String slug, long viewer) {
        return jdbc.sql("select " + COLUMNS + " from policy_projects p where p.slug = :slug and " + VISIBLE)
                .param("slug", slug).param("viewer", viewer).query(ProjectStore::project).optional();
    }

    public Optional<Project> visibleById(long id, long viewer) {
        return jdbc.sql("select " + COLUMNS + " from policy_projects p where p.id = :id and " + VISIBLE)
                .param("id", id).param("viewer", viewer).query(ProjectStore::project).optional();
    }

    /** Projects in id order after the given id, for rebuilding search documents in batches. */
    public List<Project> batchAfter(long afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from policy_projects p where p.id > :after order by p.id limit :limit")
                .param("after", afterId).param("limit", limit).query(ProjectStore::project).list();
    }

    public Optional<Long> idBySlug(String slug) {
        return jdbc.sql("select id from policy_projects where slug = :slug").param("slug", slug).query(Long.class).optional();
    }

    public List<org.guerillapolicy.policy.ConsultationTrace> consultations(long projectId) {
        return jdbc.sql("""
                select title, outcome_path, responses, responses_linked from policy_consultation_outcomes
                 where project_id = :project order by published_at""")
                .param("project", projectId)
                .query((rs, row) -> new org.guerillapolicy.policy.ConsultationTrace(rs.getString("title"),
                        rs.getString("outcome_path"), rs.getInt("responses"), rs.getInt("responses_linked")))
                .list();
    }

    public Optional<Project> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from policy_projects p where p.id = :id")
                .param("id", id).query(ProjectStore::project).optional();
    }

    public List<Project> visible(long viewer, Long before, int limit) {
        return jdbc.sql("select " + COLUMNS + " from policy_projects p where p.id < :before and " + VISIBLE
                        + " order by p.id desc limit :limit")
                .param("before", before == null ? Long.MAX_VALUE : before).param("viewer", viewer)
                .param("limit", limit).query(ProjectStore::project).list();
    }

    public void setStage(long id, Stage stage) {
        jdbc.sql("update policy_projects set stage = :stage where id = :id")
                .param("id", id).param("stage", stage.number()).update();
    }

    public void publish(long id, int version, String licence) {
        jdbc.sql("update policy_projects set stage = 5, published_version = :version, licence = :licence where id = :id")
                .param("id", id).param("version", version).param("licence", licence).update();
    }

    /** Returns whether the follow is new. */
    public boolean follow(long projectId, long accountId) {
        return jdbc.sql("insert into policy_followers (project_id, account_id) values (:project, :account) on conflict do nothing")
                .param("project", projectId).param("account", accountId).update() == 1;
    }

    public void unfollow(long projectId, long accountId) {
        jdbc.sql("delete from policy_followers where project_id = :project and account_id = :account")
                .param("project", projectId).param("account", accountId).update();
    }

    public boolean follows(long projectId, long accountId) {
        return jdbc.sql("select exists (select 1 from policy_followers where project_id = :project and account_id = :account)")
                .param("project", projectId).param("account", accountId).query(Boolean.class).single();
    }

    public int followerCount(long projectId) {
        return jdbc.sql("select count(*) from policy_followers where project_id = :project")
                .param("project", projectId).query(Integer.class).single();
    }

    public void record(long id, long projectId, Long actorId, String summary) {
        jdbc.sql("insert into policy_project_events (id, project_id, actor_id, summary) values (:id, :project, :actor, :summary)")
                .param("id", id).param("project", projectId).param("actor", actorId).param("summary", summary)
                .update();
    }

    public List<TimelineRow> timeline(long projectId) {
        return jdbc.sql("select summary, created_at from policy_project_events where project_id = :project order by id desc limit 50")
                .param("project", projectId)
                .query((rs, row) -> new TimelineRow(rs.getString("summary"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The latest news of the projects the account follows and may still see, newest first. */
    public List<FollowedRow> followedActivity(long accountId, int limit) {
        return jdbc.sql("""
                select p.slug, p.title, e.summary, e.created_at
                  from policy_project_events e
                  join policy_projects p on p.id = e.project_id
                  join policy_followers f on f.project_id = p.id and f.account_id = :viewer
                """ + " where " + VISIBLE + " order by e.id desc limit :limit")
                .param("viewer", accountId).param("limit", limit)
                .query((rs, row) -> new FollowedRow(rs.getString("slug"), rs.getString("title"),
                        rs.getString("summary"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public record FollowedRow(String slug, String title, String summary, java.time.Instant at) {
    }

    /** Everyone who contributed to the project, for the participants list and the credits. */
    public List<Long> participantIds(long projectId) {
        return jdbc.sql("""
                select author_id from policy_contributions where project_id = :project
                union select created_by from policy_projects where id = :project
                union select author_id from policy_draft_versions where project_id = :project""")
                .param("project", projectId).query(Long.class).list();
    }

    public record TimelineRow(String summary, java.time.Instant at) {
    }

    private static Project project(ResultSet rs, int row) throws SQLException {
        return new Project(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
                rs.getLong("created_by"), rs.getObject("group_id", Long.class),
                ProjectVisibility.valueOf(rs.getString("visibility")), Stage.of(rs.getInt("stage")),
                rs.getString("licence"), rs.getObject("published_version", Integer.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
