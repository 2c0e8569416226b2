package org.guerillapolicy.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AnalysisIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void analystsCodeCompareAndPublishAndEachRespondentSeesTheirOutcome() {
        String organiserName = unique("org");
        WebSession organiser = Members.joined(url(""), organiserName);
        // The consultation informs a policy project, whose record of outcomes will count it.
        String project = unique("proj").replace('_', '-');
        organiser.get("/projects/new");
        organiser.submit("form[action=/projects]", Map.of("title", "Assessments " + project, "slug", project,
                "summary", "Fairer assessments", "groupSlug", "", "visibility", "PUBLIC"));
        String slug = ConsultationFixtures.create(organiser, "Analysis " + unique("t"), Map.of("projectRef", project));
        ConsultationFixtures.addEveryKindOfQuestion(organiser, slug);
        ConsultationFixtures.publish(organiser, slug);
        String base = "/consultations/" + slug;

        String consenting = ConsultationFixtures.respond(new WebSession(url("")), slug, "SERVICE_USER", true,
                "The assessor never read my medical notes", 4);
        String private1 = ConsultationFixtures.respond(new WebSession(url("")), slug, "CARER", false,
                "Secret words about my neighbour Jo", 4);
        for (int i = 0; i < 4; i++) {
            ConsultationFixtures.respond(new WebSession(url("")), slug, "SERVICE_USER", true, "Travel to the centre was hard " + i, 4);
        }

        String analystName = unique("ana");
        WebSession analyst = Members.joined(url(""), analystName);
        WebSession stranger = Members.joined(url(""), unique("str"));
        assertThat(analyst.get(base + "/analysis").status()).isEqualTo(404);
        organiser.get(base + "/team");
        organiser.follow(organiser.submit("main form[action=" + base + "/team]", Map.of("username", analystName)));
        assertThat(organiser.last().page().select("table").text()).contains("Display " + analystName, "Analyst");
        assertThat(analyst.get(base + "/analysis").status()).isEqualTo(200);
        for (String page : new String[] {"/analysis", "/analysis/responses", "/analysis/themes", "/analysis/disagreements"}) {
            assertThat(stranger.get(base + page).status()).as(page).isEqualTo(404);
        }
        assertThat(new WebSession(url("")).get(base + "/analysis/responses").location()).hasValueSatisfying(
                l -> assertThat(l).endsWith("/signin"));

        // Search finds words in written answers, stemmed.
        Document found = analyst.get(base + "/analysis/responses?q=assessors+reading").page();
        assertThat(found.select("tbody tr")).hasSize(1);
        assertThat(found.text()).contains("never read my medical notes");
        assertThat(analyst.get(base + "/analysis/responses").page().select("tbody tr")).hasSize(6);

        // Themes: create, rename, merge.
        analyst.get(base + "/analysis/themes");
        analyst.follow(analyst.submit("main form[action=" + base + "/analysis/themes]", Map.of("name", "Assessor knowledge")));
        analyst.follow(analyst.submit("main form[action=" + base + "/analysis/themes]", Map.of("name", "Travel")));
        analyst.follow(analyst.submit("main form[action=" + base + "/analysis/themes]", Map.of("name", "Journeys")));
        assertThat(analyst.follow(analyst.submit("main form[action=" + base + "/analysis/themes]", Map.of("name", "travel")))
                .page().select(".error-summary").text()).contains("already a theme called travel");
        long travel = themeId(slug, "Travel");
        analyst.follow(analyst.submit("main form[action=" + base + "/analysis/themes/" + travel + "/rename]",
                Map.of("name", "Getting to the assessment")));

        // Code each response: the analyst codes everything, the organiser codes one answer differently.
        long first = responseId(consenting);
        long questionId = jdbc.sql("select q.id from consultation_questions q join consultations c on c.id = q.consultation_id"
                + " where c.slug = :s and q.kind = 'FREE_TEXT'").param("s", slug).query(Long.class).single();
        for (var row : analyst.get(base + "/analysis/responses").page().select("tbody tr")) {
            String id = row.select("a").text();
            String theme = row.text().contains("Travel") ? "Journeys" : "Assessor knowledge";
            analyst.get(base + "/analysis/responses/" + id);
            analyst.follow(analyst.submit("main form.coding", Map.of("theme-" + questionId + "-" + themeId(slug, theme), "on")));
        }
        organiser.get(base + "/analysis/responses/" + first);
        organiser.follow(organiser.submit("main form.coding", Map.of("new-" + questionId, "Paperwork")));
        Document disagreements = analyst.get(base + "/analysis/disagreements").page();
        assertThat(disagreements.select(".disagreement")).hasSize(1);
        assertThat(disagreements.text()).contains("Display " + organiserName, "Paperwork", "Display " + analystName, "Assessor knowledge");

        // Merge Journeys into the renamed theme.
        analyst.get(base + "/analysis/themes");
        analyst.follow(analyst.submit("main form[action=" + base + "/analysis/themes/merge]",
                Map.of("from", Long.toString(themeId(slug, "Journeys")), "into", Long.toString(travel))));
        assertThat(analyst.last().page().text()).contains("Themes merged", "Getting to the assessment").doesNotContain("Journeys");

        // Quotations only from consenting respondents.
        analyst.get(base + "/analysis/responses/" + first);
        analyst.follow(analyst.submit("main form[action=" + base + "/analysis/quotes]",
                Map.of("themeId", Long.toString(travel), "quote", "The assessor never read my notes")));
        assertThat(analyst.last().page().text()).contains("Quotation added");
        assertThat(analyst.get(base + "/analysis/responses/" + responseId(private1)).page()
                .select("form[action=" + base + "/analysis/quotes]")).isEmpty();
        assertThat(analyst.follow(analyst.postForm(base + "/analysis/quotes", Map.of("responseId",
                Long.toString(responseId(private1)), "themeId", Long.toString(travel), "quote", "Secret words")))
                .page().text()).contains("did not agree to have their words published");

        // Team figures show every count.
        Document figures = analyst.get(base + "/analysis?by=capacity").page();
        assertThat(figures.text()).contains("Responses 6", "Linked to a theme 6 (100%)");
        assertThat(figures.select("table caption:contains(Responses by capacity) ~ tbody").text()).contains("A carer or family member 1");

        // Publishing waits for closing.
        organiser.get(base + "/analysis/themes");
        assertThat(organiser.follow(organiser.submit("main form[action=" + base + "/outcome]", Map.of("summary", "Early")))
                .page().text()).contains("once the consultation has closed");
        assertThat(new WebSession(url("")).get(base + "/outcome").status()).isEqualTo(404);
        assertThat(new WebSession(url("")).get(base + "/open-data.csv").status()).isEqualTo(404);

        jdbc.sql("update consultations set opens_at = now() - interval '2 days', closes_at = now() - interval '1 minute' where slug = :s")
                .param("s", slug).update();
        organiser.get(base + "/analysis/themes");
        organiser.follow(organiser.submit("main form[action=" + base + "/analysis/themes/" + travel + "/decision]",
                Map.of("decision", "Assessments will be offered at home.")));
        organiser.follow(organiser.submit("main form[action=" + base + "/analysis/themes/" + themeId(slug, "Assessor knowledge")
                + "/decision]", Map.of("decision", "Assessors will read medical evidence first.")));
        assertThat(analyst.get(base + "/analysis/themes").page().select("form[action$=/decision]")).isEmpty();
        Response published = organiser.follow(organiser.submit("main form[action=" + base + "/outcome]",
                Map.of("summary", "We will change how assessments are booked.")));
        assertThat(published.uri().getPath()).isEqualTo(base + "/outcome");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> organiser
                .get("/projects/" + project).page().select(".consultation-traces").text()
                .contains("6 of 6 responses answered by a decision"));

        Document outcome = new WebSession(url("")).get(base + "/outcome").page();
        assertThat(outcome.text()).contains("We asked, you said, we did", "We will change how assessments are booked.",
                "Assessments will be offered at home.", "The assessor never read my notes", "6 of 6 (100%)");
        assertThat(outcome.text()).doesNotContain("Secret words", "neighbour Jo");
        assertThat(outcome.select("table caption:contains(Responses by capacity) ~ tbody").text())
                .contains("A carer or family member not shown", "Someone who uses the service not shown");
        assertThat(outcome.select("svg[role=img] title")).isNotEmpty();

        Document mine = new WebSession(url("")).get(consenting).page();
        assertThat(mine.text()).contains("What became of your response", "Assessor knowledge",
                "Assessors will read medical evidence first.", "Paperwork").doesNotContain("Getting to the assessment");
        assertThat(mine.select("form[action$=/withdraw]")).isEmpty();

        // Open data: no personal details, free text only with consent, with the coding.
        String csv = new WebSession(url("")).get(base + "/open-data.csv").body();
        assertThat(csv).contains("The assessor never read my medical notes", "withheld", "Getting to the assessment",
                "Someone who uses the service").doesNotContain("Secret words", organiserName, "@example.org");
        String json = new WebSession(url("")).get(base + "/open-data.json").body();
        assertThat(json).contains("\"responses\"", "The assessor never read my medical notes", "Paperwork")
                .doesNotContain("Secret words", "token", "email");
    }

    private long themeId(String slug, String name) {
        return jdbc.sql("select t.id from consultation_themes t join consultations c on c.id = t.consultation_id"
                + " where c.slug = :s and t.name = :n").param("s", slug).param("n", name).query(Long.class).single();
    }

    private long responseId(String path) {
        return jdbc.sql("select id from consultation_responses where token = :t")
                .param("t", path.substring(path.lastIndexOf('/') + 1)).query(Long.class).single();
    }
}
