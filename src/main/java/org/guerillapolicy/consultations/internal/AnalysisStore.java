package org.guerillapolicy.consultations.internal;

import java.util.List;
import java.util.Optional;
import org.guerillapolicy.consultations.Coding;
import org.guerillapolicy.consultations.Quote;
import org.guerillapolicy.consultations.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for themes, the codings of answers into them, and chosen quotations. */
@Repository
public class AnalysisStore {

    private final JdbcClient jdbc;

    AnalysisStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Theme> themes(long consultationId) {
        return jdbc.sql("select id, name, decision from consultation_themes where consultation_id = :c order by lower(name)")
                .param("c", consultationId)
                .query((rs, n) -> new Theme(rs.getLong("id"), rs.getString("name"), rs.getString("decision"))).list();
    }

    public Optional<Theme> theme(long consultationId, long themeId) {
        return themes(consultationId).stream().filter(t -> t.id() == themeId).findFirst();
    }

    public Optional<Theme> themeNamed(long consultationId, String name) {
        return themes(consultationId).stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    public void insertTheme(long id, long consultationId, String name) {
        jdbc.sql("insert into consultation_themes (id, consultation_id, name) values (:id, :c, :name)")
                .param("id", id).param("c", consultationId).param("name", name).update();
    }

    public void renameTheme(long consultationId, long themeId, String name) {
        jdbc.sql("update consultation_themes set name = :name where id = :id and consultation_id = :c")
                .param("id", themeId).param("c", consultationId).param("name", name).update();
    }

    public void decide(long consultationId, long themeId, String decision) {
        jdbc.sql("update consultation_themes set decision = :d where id = :id and consultation_id = :c")
                .param("id", themeId).param("c", consultationId).param("d", decision).update();
    }

    /** Moves every coding and quotation of one theme to another, then removes the first. */
    public void merge(long consultationId, long fromId, long intoId) {
        jdbc.sql("""
                insert into consultation_codings (response_id, question_id, theme_id, analyst_id)
                select response_id, question_id, :into, analyst_id from consultation_codings where theme_id = :from
                on conflict do nothing""")
                .param("from", fromId).param("into", intoId).update();
        jdbc.sql("update consultation_quotes set theme_id = :into where theme_id = :from")
                .param("from", fromId).param("into", intoId).update();
        jdbc.sql("delete from consultation_themes where id = :from and consultation_id = :c")
                .param("from", fromId).param("c", consultationId).update();
    }

    public List<Coding> codings(long consultationId) {
        return jdbc.sql("""
                select k.response_id, k.question_id, k.theme_id, k.analyst_id from consultation_codings k
                join consultation_themes t on t.id = k.theme_id
                join consultation_responses r on r.id = k.response_id
                where t.consultation_id = :c and r.status = 'SUBMITTED'""")
                .param("c", consultationId)
                .query((rs, n) -> new Coding(rs.getLong("response_id"), rs.getLong("question_id"), rs.getLong("theme_id"),
                        rs.getLong("analyst_id"))).list();
    }

    /** Replaces one analyst's codings of one response with those given. */
    public void replaceCodings(long responseId, long analystId, List<Coding> codings) {
        jdbc.sql("delete from consultation_codings where response_id = :r and analyst_id = :a")
                .param("r", responseId).param("a", analystId).update();
        for (Coding coding : codings) {
            jdbc.sql("insert into consultation_codings (response_id, question_id, theme_id, analyst_id) values (:r, :q, :t, :a)")
                    .param("r", coding.responseId()).param("q", coding.questionId()).param("t", coding.themeId())
                    .param("a", coding.analystId()).update();
        }
    }

    public void insertQuote(long id, long themeId, long responseId, String text) {
        jdbc.sql("insert into consultation_quotes (id, theme_id, response_id, quote) values (:id, :t, :r, :q)")
                .param("id", id).param("t", themeId).param("r", responseId).param("q", text).update();
    }

    public void deleteQuote(long consultationId, long quoteId) {
        jdbc.sql("""
                delete from consultation_quotes q using consultation_themes t
                where q.id = :id and t.id = q.theme_id and t.consultation_id = :c""")
                .param("id", quoteId).param("c", consultationId).update();
    }

    /** Quotations from responses still sent and still agreeing to publication. */
    public List<Quote> quotes(long consultationId) {
        return jdbc.sql("""
                select q.id, q.theme_id, q.response_id, q.quote from consultation_quotes q
                join consultation_themes t on t.id = q.theme_id
                join consultation_responses r on r.id = q.response_id
                where t.consultation_id = :c and r.status = 'SUBMITTED' and r.publish_consent
                order by q.id""")
                .param("c", consultationId)
                .query((rs, n) -> new Quote(rs.getLong("id"), rs.getLong("theme_id"), rs.getLong("response_id"),
                        rs.getString("quote"))).list();
    }
}
