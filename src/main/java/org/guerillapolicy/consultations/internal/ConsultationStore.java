package org.guerillapolicy.consultations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.consultations.NewConsultation;
import org.guerillapolicy.consultations.Question;
import org.guerillapolicy.consultations.QuestionKind;
import org.guerillapolicy.consultations.TeamRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for consultations, their teams, sections and questions. */
@Repository
public class ConsultationStore {

    private static final String COLUMNS = """
            c.id, c.slug, c.title, c.summary, c.background, c.open_to_change, c.already_decided, c.audience_roles,
            c.audience_sectors, c.audience_localities, c.opens_at, c.closes_at, c.anonymous_allowed, c.group_id,
            c.project_ref, c.created_by, c.published_at, c.outcome_summary, c.outcome_published_at""";

    private final JdbcClient jdbc;

    ConsultationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long id, String slug, NewConsultation c, long createdBy) {
        jdbc.sql("""
                insert into consultations (id, slug, title, summary, background, open_to_change, already_decided,
                    audience_roles, audience_sectors, audience_localities, opens_at, closes_at, anonymous_allowed,
                    group_id, project_ref, created_by)
                values (:id, :slug, :title, :summary, :background, :open, :decided, :roles, :sectors, :localities,
                    :opens, :closes, :anonymous, :group, :project, :by)""")
                .param("id", id).param("slug", slug).param("title", c.title()).param("summary", c.summary())
                .param("background", c.background())
                .param("open", String.join("\n", c.openToChange()))
                .param("decided", String.join("\n", c.alreadyDecided()))
                .param("roles", c.audienceRoles().stream().map(Enum::name).toArray(String[]::new))
                .param("sectors", c.audienceSectors().stream().map(Enum::name).toArray(String[]::new))
                .param("localities", c.audienceLocalities())
                .param("opens", Timestamp.from(c.opensAt())).param("closes", Timestamp.from(c.closesAt()))
                .param("anonymous", c.anonymousAllowed()).param("group", c.groupId()).param("project", c.projectRef())
                .param("by", createdBy)
                .update();
        addTeamMember(id, createdBy, TeamRole.ORGANISER);
    }

    public void update(long id, NewConsultation c) {
        jdbc.sql("""
                update consultations set title = :title, summary = :summary, background = :background,
                    open_to_change = :open, already_decided = :decided, audience_roles = :roles, audience_sectors = :sectors,
                    audience_localities = :localities, opens_at = :opens, closes_at = :closes, anonymous_allowed = :anonymous,
                    group_id = :group, project_ref = :project
                where id = :id""")
                .param("id", id).param("title", c.title()).param("summary", c.summary()).param("background", c.background())
                .param("open", String.join("\n", c.openToChange()))
                .param("decided", String.join("\n", c.alreadyDecided()))
                .param("roles", c.audienceRoles().stream().map(Enum::name).toArray(String[]::new))
                .param("sectors", c.audienceSectors().stream().map(Enum::name).toArray(String[]::new))
                .param("localities", c.audienceLocalities())
                .param("opens", Timestamp.from(c.opensAt())).param("closes", Timestamp.from(c.closesAt()))
                .param("anonymous", c.anonymousAllowed()).param("group", c.groupId()).param("project", c.projectRef())
                .update();
    }

    public boolean slugTaken(String slug) {
        return jdbc.sql("select exists (select 1 from consultations where slug = :slug)")
                .param("slug", slug).query(Boolean.class).single();
    }

    public Optional<Consultation> bySlug(String slug) {
        return jdbc.sql("select " + COLUMNS + " from consultations c where c.slug = :slug")
                .param("slug", slug).query(ConsultationStore::consultation).optional();
    }

    public Optional<Consultation> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from consultations c where c.id = :id")
                .param("id", id).query(ConsultationStore::consultation).optional();
    }

    public List<Consultation> publishedAfter(long afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from consultations c where c.published_at is not null and c.id > :after"
                        + " order by c.id limit :limit")
                .param("after", afterId).param("limit", limit).query(ConsultationStore::consultation).list();
    }

    /**
     * Published consultations: open and upcoming ones soonest closing first, then closed ones most recently
     * closed first; filters may be null.
     */
    public List<Consultation> listed(String state, Sector sector, int offset, int limit) {
        String condition = switch (state == null ? "" : state) {
            case "open" -> " and c.opens_at <= now() and c.closes_at > now()";
            case "closed" -> " and c.closes_at <= now()";
            case "upcoming" -> " and c.opens_at > now()";
            default -> "";
        };
        return jdbc.sql("select " + COLUMNS + " from consultations c where c.published_at is not null" + condition
                        + " and (cast(:sector as text) is null or cardinality(c.audience_sectors) = 0"
                        + " or cast(:sector as text) = any (c.audience_sectors))"
                        + " order by (c.closes_at <= now()), case when c.closes_at > now() then c.closes_at end,"
                        + " c.closes_at desc, c.id offset :offset limit :limit")
                .param("sector", sector == null ? null : sector.name()).param("offset", offset).param("limit", limit)
                .query(ConsultationStore::consultation).list();
    }

    /** Every consultation the account is on the team of, directly or through one of the given groups. */
    public List<Consultation> ofTeam(long accountId, List<Long> groupIds) {
        return jdbc.sql("select " + COLUMNS + " from consultations c where c.created_by = :account"
                        + " or exists (select 1 from consultation_team t where t.consultation_id = c.id and t.account_id = :account)"
                        + " or c.group_id = any (:groups) order by c.id desc")
                .param("account", accountId).param("groups", groupIds.toArray(Long[]::new))
                .query(ConsultationStore::consultation).list();
    }

    public Optional<TeamRole> teamRole(long consultationId, long accountId) {
        return jdbc.sql("select role from consultation_team where consultation_id = :c and account_id = :a")
                .param("c", consultationId).param("a", accountId).query(String.class).optional().map(TeamRole::valueOf);
    }

    public void addTeamMember(long consultationId, long accountId, TeamRole role) {
        jdbc.sql("""
                insert into consultation_team (consultation_id, account_id, role) values (:c, :a, :role)
                on conflict (consultation_id, account_id) do nothing""")
                .param("c", consultationId).param("a", accountId).param("role", role.name()).update();
    }

    public void removeTeamMember(long consultationId, long accountId) {
        jdbc.sql("delete from consultation_team where consultation_id = :c and account_id = :a and role = 'ANALYST'")
                .param("c", consultationId).param("a", accountId).update();
    }

    public record TeamRow(long accountId, TeamRole role) {
    }

    public List<TeamRow> team(long consultationId) {
        return jdbc.sql("select account_id, role from consultation_team where consultation_id = :c order by role desc, account_id")
                .param("c", consultationId)
                .query((rs, n) -> new TeamRow(rs.getLong("account_id"), TeamRole.valueOf(rs.getString("role")))).list();
    }

    public void publish(long id) {
        jdbc.sql("update consultations set published_at = now() where id = :id and published_at is null").param("id", id).update();
    }

    public void publishOutcome(long id, String summary) {
        jdbc.sql("update consultations set outcome_summary = :s, outcome_published_at = coalesce(outcome_published_at, now()) where id = :id")
                .param("id", id).param("s", summary).update();
    }

    // Sections and questions.

    public void insertSection(long id, long consultationId, String title, String introduction) {
        jdbc.sql("""
                insert into consultation_sections (id, consultation_id, position, title, introduction)
                values (:id, :c, (select coalesce(max(position), 0) + 1 from consultation_sections where consultation_id = :c),
                        :title, :intro)""")
                .param("id", id).param("c", consultationId).param("title", title).param("intro", introduction).update();
    }

    public void deleteSection(long consultationId, long sectionId) {
        jdbc.sql("delete from consultation_sections where id = :s and consultation_id = :c")
                .param("s", sectionId).param("c", consultationId).update();
    }

    public record SectionRow(long id, int position, String title, String introduction) {
    }

    public List<SectionRow> sections(long consultationId) {
        return jdbc.sql("select id, position, title, introduction from consultation_sections where consultation_id = :c order by position, id")
                .param("c", consultationId)
                .query((rs, n) -> new SectionRow(rs.getLong("id"), rs.getInt("position"), rs.getString("title"),
                        rs.getString("introduction"))).list();
    }

    public void insertQuestion(long id, long consultationId, long sectionId, QuestionKind kind, String prompt, String hint,
                               boolean required, int maxLength, List<String> options) {
        jdbc.sql("""
                insert into consultation_questions (id, section_id, consultation_id, position, kind, prompt, hint, required,
                    max_length, options)
                values (:id, :s, :c, (select coalesce(max(position), 0) + 1 from consultation_questions where section_id = :s),
                        :kind, :prompt, :hint, :required, :max, :options)""")
                .param("id", id).param("s", sectionId).param("c", consultationId).param("kind", kind.name())
                .param("prompt", prompt).param("hint", hint).param("required", required).param("max", maxLength)
                .param("options", options.toArray(String[]::new)).update();
    }

    public void deleteQuestion(long consultationId, long questionId) {
        jdbc.sql("delete from consultation_questions where id = :q and consultation_id = :c")
                .param("q", questionId).param("c", consultationId).update();
    }

    /** Gives two questions of a consultation each other's places. */
    public void swapQuestions(long consultationId, Question first, Question second) {
        jdbc.sql("""
                update consultation_questions q set position = case q.id when :a then :bPosition else :aPosition end
                where q.consultation_id = :c and q.id in (:a, :b)""")
                .param("c", consultationId).param("a", first.id()).param("b", second.id())
                .param("aPosition", first.position()).param("bPosition", second.position()).update();
    }

    public List<Question> questions(long consultationId) {
        return jdbc.sql("""
                select q.id, q.section_id, q.position, q.kind, q.prompt, q.hint, q.required, q.max_length, q.options
                from consultation_questions q join consultation_sections s on s.id = q.section_id
                where q.consultation_id = :c order by s.position, s.id, q.position, q.id""")
                .param("c", consultationId)
                .query((rs, n) -> new Question(rs.getLong("id"), rs.getLong("section_id"), rs.getInt("position"),
                        QuestionKind.valueOf(rs.getString("kind")), rs.getString("prompt"), rs.getString("hint"),
                        rs.getBoolean("required"), rs.getInt("max_length"), SqlArrays.strings(rs.getArray("options"))))
                .list();
    }

    private static Consultation consultation(ResultSet rs, int row) throws SQLException {
        long group = rs.getLong("group_id");
        Long groupId = rs.wasNull() ? null : group;
        return new Consultation(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
                rs.getString("background"), lines(rs.getString("open_to_change")), lines(rs.getString("already_decided")),
                enums(SqlArrays.strings(rs.getArray("audience_roles")), Role.class),
                enums(SqlArrays.strings(rs.getArray("audience_sectors")), Sector.class),
                rs.getString("audience_localities"), instant(rs, "opens_at"), instant(rs, "closes_at"),
                rs.getBoolean("anonymous_allowed"), groupId, rs.getString("project_ref"), rs.getLong("created_by"),
                instant(rs, "published_at"), rs.getString("outcome_summary"), instant(rs, "outcome_published_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> names, Class<E> type) {
        return names.stream().map(name -> Enum.valueOf(type, name))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }
}
