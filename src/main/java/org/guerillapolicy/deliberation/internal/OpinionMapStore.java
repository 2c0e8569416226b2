package org.guerillapolicy.deliberation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guerillapolicy.deliberation.MapAudience;
import org.guerillapolicy.deliberation.Moderation;
import org.guerillapolicy.deliberation.OpinionMapDetails;
import org.guerillapolicy.deliberation.ParticipantRole;
import org.guerillapolicy.deliberation.Participation;
import org.guerillapolicy.deliberation.Statement;
import org.guerillapolicy.deliberation.StatementStatus;
import org.guerillapolicy.platform.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for opinion maps, their statements, participants and votes. */
@Repository
public class OpinionMapStore {

    /** The viewer id that stands for a visitor who is not signed in: no account has it. */
    public static final long VISITOR = -1;

    /** The id the audience rule is applied with: the viewer's account, or {@link #VISITOR}. */
    public static long audienceId(Viewer viewer) {
        return viewer.signedIn() ? viewer.accountId() : VISITOR;
    }


    private static final String MAP_COLUMNS = """
            m.id, m.prompt, m.participation, m.open_statements, m.moderation, m.created_by, m.created_at, m.computed_at,
            m.project_id, m.project_stage, m.consultation_id""";
    private static final String VISIBLE = MapAudience.sql("m");

    private final JdbcClient jdbc;

    OpinionMapStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new map; the project and stage are null for a map of its own. */
    public void insert(long id, String prompt, Participation participation, boolean openStatements,
            Moderation moderation, long ownerId, Long projectId, Integer projectStage, Long consultationId) {
        jdbc.sql("""
                insert into opinion_maps (id, prompt, participation, open_statements, moderation, created_by,
                    project_id, project_stage, consultation_id)
                values (:id, :prompt, :participation, :open, :moderation, :owner, :project, :stage, :consultation)""")
                .param("id", id).param("prompt", prompt).param("participation", participation.name())
                .param("open", openStatements).param("moderation", moderation.name()).param("owner", ownerId)
                .param("project", projectId).param("stage", projectStage).param("consultation", consultationId)
                .update();
    }

    /** A map whoever asks: only for code that has already applied {@link MapAudience} or needs no viewer. */
    public Optional<OpinionMapDetails> byId(long id) {
        return jdbc.sql("select " + MAP_COLUMNS + " from opinion_maps m where m.id = :id").param("id", id)
                .query(OpinionMapStore::details).optional();
    }

    /** A map, if the viewer (account id, or -1) may see it. */
    public Optional<OpinionMapDetails> visibleById(long id, long viewer) {
        return jdbc.sql("select " + MAP_COLUMNS + " from opinion_maps m where m.id = :id and " + VISIBLE)
                .param("id", id).param("viewer", viewer).query(OpinionMapStore::details).optional();
    }

    public List<OpinionMapDetails> listed(Long before, int limit, long viewer) {
        return jdbc.sql("select " + MAP_COLUMNS + """
                 from opinion_maps m where m.participation = 'LISTED' and (cast(:before as bigint) is null or m.id < :before)
                """ + " and " + VISIBLE + " order by m.id desc limit :limit")
                .param("before", before).param("limit", limit).param("viewer", viewer)
                .query(OpinionMapStore::details).list();
    }

    /** The ids of the maps attached to a project, newest first: for a caller that has already applied the project's audience. */
    /** The listed maps attached to a project, newest first (an unlisted map's address is not to be published). */
    public List<Long> listedOfProject(long projectId) {
        return jdbc.sql("select id from opinion_maps where project_id = :project and participation = 'LISTED'"
                        + " order by id desc")
                .param("project", projectId).query(Long.class).list();
    }

    /** The maps attached to a project, newest first, that the viewer may see. */
    public List<OpinionMapDetails> ofProject(long projectId, long viewer) {
        return jdbc.sql("select " + MAP_COLUMNS + " from opinion_maps m where m.project_id = :project and " + VISIBLE
                        + " order by m.id desc")
                .param("project", projectId).param("viewer", viewer).query(OpinionMapStore::details).list();
    }

    /** The listed maps of a consultation, newest first. */
    public List<OpinionMapDetails> listedOfConsultation(long consultationId) {
        return jdbc.sql("select " + MAP_COLUMNS + " from opinion_maps m where m.consultation_id = :consultation"
                        + " and m.participation = 'LISTED' order by m.id desc")
                .param("consultation", consultationId).query(OpinionMapStore::details).list();
    }

    public void insertStatement(long id, long mapId, Long authorId, String body, StatementStatus status) {
        jdbc.sql("""
                insert into opinion_statements (id, map_id, author_id, body, status)
                values (:id, :map, :author, :body, :status)""")
                .param("id", id).param("map", mapId).param("author", authorId).param("body", body)
                .param("status", status.name()).update();
    }

    public List<Statement> statements(long mapId) {
        return jdbc.sql("select id, map_id, body, status from opinion_statements where map_id = :map order by id")
                .param("map", mapId).query(OpinionMapStore::statement).list();
    }

    public Optional<Statement> statement(long mapId, long statementId) {
        return jdbc.sql("select id, map_id, body, status from opinion_statements where map_id = :map and id = :id")
                .param("map", mapId).param("id", statementId).query(OpinionMapStore::statement).optional();
    }

    /** When each statement of the map was added, by statement id. */
    public Map<Long, Instant> statementTimes(long mapId) {
        Map<Long, Instant> times = new HashMap<>();
        jdbc.sql("select id, created_at from opinion_statements where map_id = :map").param("map", mapId)
                .query((rs, row) -> times.put(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
        return times;
    }

    /** The map's secret for numbering its participants in exports. */
    public UUID exportKey(long mapId) {
        return jdbc.sql("select export_key from opinion_maps where id = :id").param("id", mapId).query(UUID.class).single();
    }

    public void setStatus(long statementId, StatementStatus status) {
        jdbc.sql("update opinion_statements set status = :status where id = :id")
                .param("id", statementId).param("status", status.name()).update();
    }

    public void join(long mapId, long accountId) {
        jdbc.sql("""
                insert into opinion_participants (map_id, account_id) values (:map, :account)
                on conflict do nothing""").param("map", mapId).param("account", accountId).update();
    }

    public void setRole(long mapId, long accountId, ParticipantRole role) {
        join(mapId, accountId);
        jdbc.sql("update opinion_participants set role = :role where map_id = :map and account_id = :account")
                .param("map", mapId).param("account", accountId).param("role", role == null ? null : role.name())
                .update();
    }

    public Optional<ParticipantRole> role(long mapId, long accountId) {
        return jdbc.sql("select role from opinion_participants where map_id = :map and account_id = :account")
                .param("map", mapId).param("account", accountId).query(String.class).optional()
                .map(ParticipantRole::valueOf);
    }

    public Map<Long, ParticipantRole> roles(long mapId) {
        return jdbc.sql("select account_id, role from opinion_participants where map_id = :map and role is not null")
                .param("map", mapId)
                .query((rs, row) -> Map.entry(rs.getLong(1), ParticipantRole.valueOf(rs.getString(2)))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public void vote(long mapId, long statementId, long accountId, int vote) {
        jdbc.sql("""
                insert into opinion_votes (map_id, statement_id, account_id, vote) values (:map, :statement, :account, :vote)
                on conflict (statement_id, account_id) do update set vote = excluded.vote, voted_at = now()""")
                .param("map", mapId).param("statement", statementId).param("account", accountId).param("vote", vote)
                .update();
        changed(mapId);
    }

    public void changed(long mapId) {
        jdbc.sql("update opinion_maps set changed_at = clock_timestamp() where id = :id").param("id", mapId).update();
    }

    public List<Long> votedBy(long mapId, long accountId) {
        return jdbc.sql("select statement_id from opinion_votes where map_id = :map and account_id = :account")
                .param("map", mapId).param("account", accountId).query(Long.class).list();
    }

    /**
     * What a Pol.is participant's number is offset by to make their voter key: keys are then negative, so never an
     * account id, and in the participants' order.
     */
    public static final long IMPORTED_VOTER_OFFSET = Long.MIN_VALUE;

    /** Whether a voter key is an account here, rather than a participant imported from Pol.is. */
    public static boolean isAccount(long voter) {
        return voter >= 0;
    }

    /**
     * A vote as stored, in the order votes were cast (Pol.is's row order is first-seen). The voter is an account,
     * or a participant imported from Pol.is, whose key is their Pol.is number plus {@link #IMPORTED_VOTER_OFFSET}.
     */
    public record StoredVote(long accountId, long statementId, int vote, Instant votedAt) {
    }

    public List<StoredVote> votes(long mapId) {
        return jdbc.sql("""
                select account_id, statement_id, vote, voted_at from opinion_votes where map_id = :map
                union all
                select participant + :offset, statement_id, vote, voted_at
                from opinion_imported_votes where map_id = :map
                order by voted_at, account_id, statement_id""")
                .param("map", mapId).param("offset", IMPORTED_VOTER_OFFSET)
                .query((rs, row) -> new StoredVote(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant())).list();
    }

    /** Whether votes or moderation changed since the map was last computed. */
    public boolean stale(long mapId) {
        return jdbc.sql("select computed_at is null or changed_at > computed_at from opinion_maps where id = :id")
                .param("id", mapId).query(Boolean.class).optional().orElse(false);
    }

    public Instant changedAt(long mapId) {
        return jdbc.sql("select changed_at from opinion_maps where id = :id").param("id", mapId)
                .query(Timestamp.class).single().toInstant();
    }

    public void saveSnapshot(long mapId, Instant basedOnChangesUpTo, String snapshot) {
        jdbc.sql("update opinion_maps set snapshot = cast(:snapshot as jsonb), computed_at = :at where id = :id")
                .param("id", mapId).param("snapshot", snapshot).param("at", Timestamp.from(basedOnChangesUpTo))
                .update();
    }

    public Optional<String> snapshot(long mapId) {
        return jdbc.sql("select snapshot::text from opinion_maps where id = :id and snapshot is not null")
                .param("id", mapId).query(String.class).optional();
    }

    private static OpinionMapDetails details(ResultSet rs, int row) throws SQLException {
        Timestamp computed = rs.getTimestamp("computed_at");
        return new OpinionMapDetails(rs.getLong("id"), rs.getString("prompt"),
                Participation.valueOf(rs.getString("participation")), rs.getBoolean("open_statements"),
                Moderation.valueOf(rs.getString("moderation")), rs.getLong("created_by"),
                rs.getTimestamp("created_at").toInstant(), computed == null ? null : computed.toInstant(),
                (Long) rs.getObject("project_id"), (Integer) rs.getObject("project_stage"),
                (Long) rs.getObject("consultation_id"));
    }

    private static Statement statement(ResultSet rs, int row) throws SQLException {
        return new Statement(rs.getLong("id"), rs.getLong("map_id"), rs.getString("body"),
                StatementStatus.valueOf(rs.getString("status")));
    }
}
