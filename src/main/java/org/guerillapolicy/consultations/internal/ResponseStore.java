package org.guerillapolicy.consultations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.consultations.Answer;
import org.guerillapolicy.consultations.Capacity;
import org.guerillapolicy.consultations.Response;
import org.guerillapolicy.consultations.ResponseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for responses and their answers. */
@Repository
public class ResponseStore {

    private static final String COLUMNS = """
            r.id, r.consultation_id, r.token, r.account_id, r.status, r.capacity, r.sector, r.locality,
            r.publish_consent, r.receipt_email, r.created_at, r.submitted_at""";

    private final JdbcClient jdbc;

    ResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long id, long consultationId, String token, Long accountId, Sector sector, String locality) {
        jdbc.sql("""
                insert into consultation_responses (id, consultation_id, token, account_id, status, sector, locality)
                values (:id, :c, :token, :account, 'DRAFT', :sector, :locality)""")
                .param("id", id).param("c", consultationId).param("token", token).param("account", accountId)
                .param("sector", sector == null ? null : sector.name()).param("locality", locality).update();
    }

    public Optional<Response> byToken(String token) {
        return jdbc.sql("select " + COLUMNS + " from consultation_responses r where r.token = :token")
                .param("token", token).query(ResponseStore::response).optional();
    }

    public Optional<Response> byId(long consultationId, long id) {
        return jdbc.sql("select " + COLUMNS + " from consultation_responses r where r.id = :id and r.consultation_id = :c")
                .param("id", id).param("c", consultationId).query(ResponseStore::response).optional();
    }

    public Optional<Response> currentOf(long consultationId, long accountId) {
        return jdbc.sql("select " + COLUMNS + " from consultation_responses r where r.consultation_id = :c"
                        + " and r.account_id = :a and r.status <> 'WITHDRAWN'")
                .param("c", consultationId).param("a", accountId).query(ResponseStore::response).optional();
    }

    public void updateAbout(long id, Capacity capacity, Sector sector, String locality, boolean consent, String email) {
        jdbc.sql("""
                update consultation_responses set capacity = :capacity, sector = :sector, locality = :locality,
                    publish_consent = :consent, receipt_email = :email
                where id = :id and status = 'DRAFT'""")
                .param("id", id).param("capacity", capacity == null ? null : capacity.name())
                .param("sector", sector == null ? null : sector.name()).param("locality", locality)
                .param("consent", consent).param("email", email).update();
    }

    /** Replaces the answers to the given questions with those given (a question left out is unanswered). */
    public void replaceAnswers(long responseId, Collection<Long> questionIds, Collection<Answer> answers) {
        jdbc.sql("delete from consultation_answers where response_id = :r and question_id = any (:q)")
                .param("r", responseId).param("q", questionIds.toArray(Long[]::new)).update();
        for (Answer answer : answers) {
            jdbc.sql("insert into consultation_answers (response_id, question_id, text_value, choices) values (:r, :q, :t, :c)")
                    .param("r", responseId).param("q", answer.questionId()).param("t", answer.text())
                    .param("c", answer.choices().toArray(Integer[]::new)).update();
        }
    }

    public Map<Long, Answer> answers(long responseId) {
        return jdbc.sql("select question_id, text_value, choices from consultation_answers where response_id = :r")
                .param("r", responseId).query(ResponseStore::answer).list().stream()
                .collect(Collectors.toMap(Answer::questionId, Function.identity()));
    }

    public boolean submit(long id) {
        return jdbc.sql("update consultation_responses set status = 'SUBMITTED', submitted_at = now() where id = :id and status = 'DRAFT'")
                .param("id", id).update() == 1;
    }

    /** A withdrawn response keeps only its row, so its link says it was withdrawn; its answers are gone. */
    public boolean withdraw(long id) {
        jdbc.sql("delete from consultation_answers where response_id = :id").param("id", id).update();
        jdbc.sql("delete from consultation_quotes where response_id = :id").param("id", id).update();
        return jdbc.sql("""
                update consultation_responses set status = 'WITHDRAWN', withdrawn_at = now(), receipt_email = null
                where id = :id and status = 'SUBMITTED'""")
                .param("id", id).update() == 1;
    }

    public List<Response> submitted(long consultationId) {
        return jdbc.sql("select " + COLUMNS + " from consultation_responses r where r.consultation_id = :c"
                        + " and r.status = 'SUBMITTED' order by r.submitted_at, r.id")
                .param("c", consultationId).query(ResponseStore::response).list();
    }

    public record AnswerRow(long responseId, Answer answer) {
    }

    /** Every answer of every submitted response to the consultation. */
    public List<AnswerRow> submittedAnswers(long consultationId) {
        return jdbc.sql("""
                select a.response_id, a.question_id, a.text_value, a.choices from consultation_answers a
                join consultation_responses r on r.id = a.response_id
                where r.consultation_id = :c and r.status = 'SUBMITTED'""")
                .param("c", consultationId)
                .query((rs, n) -> new AnswerRow(rs.getLong("response_id"), answer(rs, n))).list();
    }

    /** Submitted responses with a free-text answer matching the words searched for. */
    public List<Long> matching(long consultationId, String words) {
        return jdbc.sql("""
                select distinct a.response_id from consultation_answers a
                join consultation_responses r on r.id = a.response_id
                where r.consultation_id = :c and r.status = 'SUBMITTED' and a.text_value is not null
                  and to_tsvector('english', a.text_value) @@ websearch_to_tsquery('english', :words)""")
                .param("c", consultationId).param("words", words).query(Long.class).list();
    }

    private static Answer answer(ResultSet rs, int row) throws SQLException {
        return new Answer(rs.getLong("question_id"), rs.getString("text_value"), SqlArrays.ints(rs.getArray("choices")));
    }

    private static Response response(ResultSet rs, int row) throws SQLException {
        long account = rs.getLong("account_id");
        Long accountId = rs.wasNull() ? null : account;
        String capacity = rs.getString("capacity");
        String sector = rs.getString("sector");
        return new Response(rs.getLong("id"), rs.getLong("consultation_id"), rs.getString("token"), accountId,
                ResponseStatus.valueOf(rs.getString("status")), capacity == null ? null : Capacity.valueOf(capacity),
                sector == null ? null : Sector.valueOf(sector), rs.getString("locality"), rs.getBoolean("publish_consent"),
                rs.getString("receipt_email"), ConsultationStore.instant(rs, "created_at"),
                ConsultationStore.instant(rs, "submitted_at"));
    }
}
