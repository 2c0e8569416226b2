package org.guerillapolicy.policy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.policy.ContributionKind;
import org.guerillapolicy.policy.EvidenceKind;
import org.guerillapolicy.policy.NewContribution;
import org.guerillapolicy.policy.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for contributions, their supporters, linked evidence and outcomes. */
@Repository
public class ContributionStore {

    private static final String COLUMNS = """
            c.id, c.project_id, c.kind, c.author_id, c.title, c.body, c.evidence_kind, c.source, c.sector,
            c.locality, c.contributor_role, c.paragraph, c.merged_into, c.outcome, c.outcome_reason,
            c.outcome_version, c.outcome_at, c.created_at, c.reply_to,
            (select count(*) from policy_supports s where s.contribution_id = c.id) as supporters,
            exists (select 1 from policy_supports s where s.contribution_id = c.id and s.account_id = :viewer) as supported""";

    private final JdbcClient jdbc;

    ContributionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long id, long projectId, long authorId, NewContribution c) {
        jdbc.sql("""
                insert into policy_contributions (id, project_id, kind, author_id, title, body, evidence_kind, source,
                    sector, locality, contributor_role, paragraph)
                values (:id, :project, :kind, :author, :title, :body, :evidenceKind, :source, :sector, :locality,
                    :role, :paragraph)""")
                .param("id", id).param("project", projectId).param("kind", c.kind().name()).param("author", authorId)
                .param("title", blankIfNull(c.title())).param("body", c.body())
                .param("evidenceKind", c.evidenceKind() == null ? null : c.evidenceKind().name())
                .param("source", blankIfNull(c.source())).param("sector", c.sector() == null ? null : c.sector().name())
                .param("locality", blankIfNull(c.locality()))
                .param("role", c.contributorRole() == null ? null : c.contributorRole().name())
                .param("paragraph", c.paragraph())
                .update();
    }

    public void refine(long id, String title, String body) {
        jdbc.sql("update policy_contributions set title = :title, body = :body where id = :id")
                .param("id", id).param("title", title).param("body", body).update();
    }

    public void insertReply(long id, long projectId, long authorId, long replyTo, String body) {
        jdbc.sql("""
                insert into policy_contributions (id, project_id, kind, author_id, body, reply_to)
                values (:id, :project, 'COMMENT', :author, :body, :replyTo)""")
                .param("id", id).param("project", projectId).param("author", authorId).param("body", body)
                .param("replyTo", replyTo).update();
    }

    /** Replies to the project's evidence and options, oldest first. */
    public List<Row> replies(long projectId, long viewer) {
        return jdbc.sql("select " + COLUMNS + " from policy_contributions c where c.project_id = :project"
                        + " and c.reply_to is not null order by c.id")
                .param("project", projectId).param("viewer", viewer).query(ContributionStore::row).list();
    }

    public Optional<Row> byId(long projectId, long id, long viewer) {
        return jdbc.sql("select " + COLUMNS + " from policy_contributions c where c.project_id = :project and c.id = :id")
                .param("project", projectId).param("id", id).param("viewer", viewer)
                .query(ContributionStore::row).optional();
    }

    /** Contributions of one kind still standing (not merged into another), most supported first. */
    public List<Row> list(long projectId, ContributionKind kind, Filter filter, long viewer) {
        return jdbc.sql("select " + COLUMNS + "\n" + """
                 from policy_contributions c
                 where c.project_id = :project and c.kind = :kind and c.merged_into is null
                   and (cast(:evidenceKind as text) is null or c.evidence_kind = :evidenceKind)
                   and (cast(:role as text) is null or c.contributor_role = :role)
                   and (cast(:sector as text) is null or c.sector = :sector)
                 order by supporters desc, c.id""")
                .param("project", projectId).param("kind", kind.name()).param("viewer", viewer)
                .param("evidenceKind", filter.evidenceKind() == null ? null : filter.evidenceKind().name())
                .param("role", filter.role() == null ? null : filter.role().name())
                .param("sector", filter.sector() == null ? null : filter.sector().name())
                .query(ContributionStore::row).list();
    }

    /** Paragraph comments and amendments on the draft, oldest first. */
    public List<Row> onParagraph(long projectId, String paragraph, long viewer) {
        return jdbc.sql("select " + COLUMNS + "\n" + """
                 from policy_contributions c
                 where c.project_id = :project and c.paragraph = :paragraph order by c.id""")
                .param("project", projectId).param("paragraph", paragraph).param("viewer", viewer)
                .query(ContributionStore::row).list();
    }

    public Map<String, Integer> countsByParagraph(long projectId) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("select paragraph, count(*) as n from policy_contributions where project_id = :project and paragraph is not null group by paragraph")
                .param("project", projectId)
                .query(rs -> {
                    counts.put(rs.getString("paragraph"), rs.getInt("n"));
                });
        return counts;
    }

    /** Every contribution of the project, in the order they were made. */
    public List<Row> all(long projectId, long viewer) {
        return jdbc.sql("select " + COLUMNS + " from policy_contributions c where c.project_id = :project order by c.id")
                .param("project", projectId).param("viewer", viewer).query(ContributionStore::row).list();
    }

    public List<Row> withoutOutcome(long projectId, long viewer) {
        return jdbc.sql("select " + COLUMNS + " from policy_contributions c where c.project_id = :project and c.outcome is null order by c.id")
                .param("project", projectId).param("viewer", viewer).query(ContributionStore::row).list();
    }

    public Share share(long projectId) {
        return jdbc.sql("select count(*) as total, count(outcome) as decided from policy_contributions where project_id = :project")
                .param("project", projectId)
                .query((rs, row) -> new Share(rs.getInt("decided"), rs.getInt("total"))).single();
    }

    /** What one person contributed, in the projects the viewer (that same person) may still see. */
    public List<Row> byAuthor(long authorId) {
        return jdbc.sql("select " + COLUMNS + " from policy_contributions c join policy_projects p on p.id = c.project_id"
                        + " where c.author_id = :viewer and " + ProjectStore.VISIBLE + " order by c.id desc limit 500")
                .param("viewer", authorId).query(ContributionStore::row).list();
    }

    public boolean support(long id, long accountId) {
        return jdbc.sql("insert into policy_supports (contribution_id, account_id) values (:id, :account) on conflict do nothing")
                .param("id", id).param("account", accountId).update() == 1;
    }

    /** Who supports each standing contribution of one kind, for counting supporters by opinion group. */
    public Map<Long, List<Long>> supporters(long projectId, ContributionKind kind) {
        Map<Long, List<Long>> supporters = new HashMap<>();
        jdbc.sql("""
                select s.contribution_id, s.account_id from policy_supports s
                join policy_contributions c on c.id = s.contribution_id
                where c.project_id = :project and c.kind = :kind and c.merged_into is null""")
                .param("project", projectId).param("kind", kind.name())
                .query((rs, row) -> supporters.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return supporters;
    }

    public void withdrawSupport(long id, long accountId) {
        jdbc.sql("delete from policy_supports where contribution_id = :id and account_id = :account")
                .param("id", id).param("account", accountId).update();
    }

    /** The duplicate's supporters, and its author, now support the question it was merged into. */
    public void merge(long duplicateId, long targetId, String reason) {
        jdbc.sql("""
                insert into policy_supports (contribution_id, account_id)
                select :target, account_id from policy_supports where contribution_id = :duplicate
                union select :target, author_id from policy_contributions where id = :duplicate
                on conflict do nothing""")
                .param("target", targetId).param("duplicate", duplicateId).update();
        jdbc.sql("""
                update policy_contributions set merged_into = :target, outcome = 'CHANGED', outcome_reason = :reason,
                    outcome_at = now() where id = :duplicate""")
                .param("target", targetId).param("duplicate", duplicateId).param("reason", reason).update();
    }

    public void setOutcome(long id, Outcome outcome, String reason, Integer version) {
        jdbc.sql("""
                update policy_contributions set outcome = :outcome, outcome_reason = :reason, outcome_version = :version,
                    outcome_at = now() where id = :id""")
                .param("id", id).param("outcome", outcome.name()).param("reason", reason).param("version", version)
                .update();
    }

    public void linkEvidence(long optionId, Collection<Long> evidenceIds) {
        for (long evidenceId : evidenceIds) {
            jdbc.sql("insert into policy_option_evidence (option_id, evidence_id) values (:option, :evidence) on conflict do nothing")
                    .param("option", optionId).param("evidence", evidenceId).update();
        }
    }

    /** For each option of the project, the ids of the evidence it links to. */
    public Map<Long, List<Long>> linkedEvidence(long projectId) {
        Map<Long, List<Long>> links = new HashMap<>();
        jdbc.sql("""
                select l.option_id, l.evidence_id from policy_option_evidence l
                join policy_contributions o on o.id = l.option_id where o.project_id = :project order by l.evidence_id""")
                .param("project", projectId)
                .query(rs -> {
                    links.computeIfAbsent(rs.getLong("option_id"), k -> new java.util.ArrayList<>()).add(rs.getLong("evidence_id"));
                });
        return links;
    }

    public record Filter(EvidenceKind evidenceKind, Role role, Sector sector) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    public record Share(int decided, int total) {
    }

    public record Row(long id, long projectId, ContributionKind kind, long authorId, String title, String body,
                      EvidenceKind evidenceKind, String source, Sector sector, String locality, Role role,
                      String paragraph, Long mergedInto, Outcome outcome, String outcomeReason,
                      Integer outcomeVersion, Instant outcomeAt, Instant createdAt, int supporters,
                      boolean supported, Long replyTo) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("project_id"), ContributionKind.valueOf(rs.getString("kind")),
                rs.getLong("author_id"), rs.getString("title"), rs.getString("body"),
                enumOrNull(EvidenceKind.class, rs.getString("evidence_kind")), rs.getString("source"),
                enumOrNull(Sector.class, rs.getString("sector")), rs.getString("locality"),
                enumOrNull(Role.class, rs.getString("contributor_role")), rs.getString("paragraph"),
                rs.getObject("merged_into", Long.class), enumOrNull(Outcome.class, rs.getString("outcome")),
                rs.getString("outcome_reason"), rs.getObject("outcome_version", Integer.class),
                rs.getTimestamp("outcome_at") == null ? null : rs.getTimestamp("outcome_at").toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("supporters"), rs.getBoolean("supported"),
                rs.getObject("reply_to", Long.class));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text.strip();
    }
}
