package org.guerillapolicy.policy.internal;

import java.util.Locale;
import org.guerillapolicy.consultations.ConsultationOutcomePublished;
import org.guerillapolicy.platform.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a consultation that names a project publishes its outcome, the project keeps the figures (how many
 * responses a decision answered) and its timeline says so, so its traceability covers consultations too.
 */
@Component
class ConsultationOutcomes {

    private final JdbcClient jdbc;
    private final ProjectStore projects;
    private final Ids ids;

    ConsultationOutcomes(JdbcClient jdbc, ProjectStore projects, Ids ids) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.ids = ids;
    }

    @ApplicationModuleListener
    void on(ConsultationOutcomePublished event) {
        if (event.projectRef() == null || event.projectRef().isBlank()) {
            return;
        }
        String slug = event.projectRef().strip().toLowerCase(Locale.ROOT).replaceFirst("^.*/projects/", "")
                .replaceAll("/+$", "");
        projects.idBySlug(slug).ifPresent(projectId -> {
            int added = jdbc.sql("""
                    insert into policy_consultation_outcomes
                           (project_id, consultation_id, title, outcome_path, responses, responses_linked)
                    values (:project, :consultation, :title, :path, :responses, :linked)
                    on conflict do nothing""")
                    .param("project", projectId).param("consultation", event.consultationId())
                    .param("title", event.title()).param("path", event.outcomePath())
                    .param("responses", event.respondents().size()).param("linked", event.responsesLinked())
                    .update();
            if (added == 1) {
                projects.record(ids.next(), projectId, event.publishedBy(), "Consultation outcome published: "
                        + event.title() + " (" + event.responsesLinked() + " of " + event.respondents().size()
                        + " responses answered by a decision)");
            }
        });
    }
}
