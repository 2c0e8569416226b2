package org.guerillapolicy.deliberation.internal;

import java.util.List;
import java.util.Optional;
import org.guerillapolicy.deliberation.MapReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The SQL for map reports attached to consultations' outcomes. */
@Repository
public class MapReportStore {

    /** A stored report: its id, the consultation it is attached to, and the frozen report. */
    public record AttachedReport(long id, long consultationId, MapReport report) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MapReportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Attaches the report, replacing any earlier one of the same map on the same consultation. */
    public void attach(long id, long consultationId, long accountId, MapReport report) {
        jdbc.sql("""
                insert into opinion_map_reports (id, map_id, consultation_id, attached_by, report)
                values (:id, :map, :consultation, :account, cast(:report as jsonb))
                on conflict (consultation_id, map_id) do update
                set report = excluded.report, attached_by = excluded.attached_by, attached_at = now()""")
                .param("id", id).param("map", report.mapId()).param("consultation", consultationId)
                .param("account", accountId).param("report", json.writeValueAsString(report)).update();
    }

    public List<AttachedReport> attachedTo(long consultationId) {
        return jdbc.sql("""
                select id, consultation_id, report::text from opinion_map_reports where consultation_id = :consultation
                order by attached_at, id""")
                .param("consultation", consultationId).query(this::row).list();
    }

    public Optional<AttachedReport> byId(long id) {
        return jdbc.sql("select id, consultation_id, report::text from opinion_map_reports where id = :id")
                .param("id", id).query(this::row).optional();
    }

    public void remove(long id) {
        jdbc.sql("delete from opinion_map_reports where id = :id").param("id", id).update();
    }

    private AttachedReport row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AttachedReport(rs.getLong(1), rs.getLong(2), json.readValue(rs.getString(3), MapReport.class));
    }
}
