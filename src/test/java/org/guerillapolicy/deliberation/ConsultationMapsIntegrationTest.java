package org.guerillapolicy.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.guerillapolicy.consultations.ConsultationFixtures;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ConsultationMapsIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void organisersOpenAMapAsPartOfAPublishedConsultationWhichListsIt() {
        WebSession organiser = Members.joined(url(""), unique("org"));
        String title = "Short breaks " + unique("c");
        String slug = ConsultationFixtures.create(organiser, title, Map.of());
        ConsultationFixtures.addEveryKindOfQuestion(organiser, slug);

        // A draft is for its team only, so no map may show it yet.
        organiser.get("/maps/new?consultation=" + slug);
        assertThat(organiser.last().page().select("#consultation").text())
                .contains("Publish the consultation before opening a map for it");
        String draftPrompt = "Draft map " + unique("p");
        Response early = organiser.submit("form[action=/maps]", fields(draftPrompt, "LISTED"));
        assertThat(early.status()).isEqualTo(200);
        assertThat(early.page().select(".error-summary").text()).contains("Publish the consultation");
        assertThat(maps(draftPrompt)).isZero();

        ConsultationFixtures.publish(organiser, slug);
        Document page = organiser.get("/consultations/" + slug).page();
        assertThat(page.select("a[href=/maps/new?consultation=" + slug + "]").text())
                .isEqualTo("Open an opinion map for this consultation");
        WebSession visitor = new WebSession(url(""));
        assertThat(visitor.get("/consultations/" + slug).page().select("a[href^=/maps/new]")).isEmpty();

        organiser.get("/maps/new?consultation=" + slug);
        assertThat(organiser.last().page().select("#consultation").text()).contains("Part of the consultation " + title);
        String prompt = "What would make short breaks work? " + unique("p");
        Response opened = organiser.submit("form[action=/maps]", fields(prompt, "LISTED"));
        String path = opened.location().orElseThrow().replaceAll("\\?.*", "").replaceAll("^https?://[^/]+", "");
        String unlisted = "Only by link " + unique("p");
        organiser.get("/maps/new?consultation=" + slug);
        organiser.submit("form[action=/maps]", fields(unlisted, "LINK"));

        assertThat(visitor.get(path).page().select(".map-project").text()).isEqualTo("Part of the consultation " + title + ".");
        assertThat(visitor.get(path).page().select(".map-project a").attr("href")).isEqualTo("/consultations/" + slug);
        Document listing = visitor.get("/consultations/" + slug).page();
        assertThat(listing.select("#activities-heading + ul").text()).contains("Opinion map: " + prompt)
                .doesNotContain(unlisted);
        assertThat(listing.select("#activities-heading + ul a").attr("href")).isEqualTo(path);

        organiser.get("/consultations/" + slug);
        organiser.get(organiser.last().page().select("a:contains(Import a Pol.is conversation for this consultation)")
                .attr("href"));
        assertThat(organiser.last().page().select("#consultation").text()).contains("Part of the consultation " + title);
        String imported = "Imported for the consultation " + unique("p");
        String importedPath = PolisImportIntegrationTest.mapPath(organiser.submitFiles("form[action=/maps/import]",
                Map.of("prompt", imported, "participation", "LISTED"), brexitFiles()));
        assertThat(visitor.get(importedPath).page().select(".map-project").text())
                .isEqualTo("Part of the consultation " + title + ".");
        assertThat(visitor.get("/consultations/" + slug).page().select("#activities-heading + ul").text())
                .contains("Opinion map: " + imported);
    }

    @Test
    void someoneWhoDoesNotOrganiseTheConsultationCannotOpenAMapForIt() {
        WebSession organiser = Members.joined(url(""), unique("org"));
        String slug = ConsultationFixtures.create(organiser, "Assessments " + unique("c"), Map.of());
        ConsultationFixtures.addEveryKindOfQuestion(organiser, slug);
        ConsultationFixtures.publish(organiser, slug);
        WebSession outsider = Members.joined(url(""), unique("outsider"));

        outsider.get("/maps/new?consultation=" + slug);
        assertThat(outsider.last().page().select("#consultation").text()).contains("Only the consultation's organisers");
        String prompt = "Forged " + unique("p");
        Response forged = outsider.submit("form[action=/maps]", fields(prompt, "LISTED"));
        assertThat(forged.status()).isEqualTo(200);
        assertThat(forged.page().select(".error-summary").text()).contains("Only the consultation's organisers");
        assertThat(maps(prompt)).isZero();

        outsider.get("/maps/import?consultation=" + slug);
        assertThat(outsider.last().page().select("#consultation").text()).contains("Only the consultation's organisers");
        Response forgedImport = outsider.submitFiles("form[action=/maps/import]",
                Map.of("prompt", prompt, "participation", "LISTED"), brexitFiles());
        assertThat(forgedImport.page().select(".error-summary").text()).contains("Only the consultation's organisers");
        assertThat(maps(prompt)).isZero();

        outsider.get("/maps/new?consultation=no-such-consultation");
        assertThat(outsider.last().page().select("#consultation").text())
                .contains("no consultation at that address");
    }

    private static Map<String, WebSession.Upload> brexitFiles() {
        return Map.of("comments", PolisImportIntegrationTest.upload(PolisImportIntegrationTest.BREXIT.resolve("comments.csv")),
                "votes", PolisImportIntegrationTest.upload(PolisImportIntegrationTest.BREXIT.resolve("participants-votes.csv")));
    }

    private static Map<String, String> fields(String prompt, String participation) {
        return Map.of("prompt", prompt, "statements", String.join("\n", OpinionMapsIntegrationTest.SEEDS),
                "participation", participation, "openStatements", "true", "moderation", "POST");
    }

    private long maps(String prompt) {
        return jdbc.sql("select count(*) from opinion_maps where prompt = :p").param("p", prompt).query(Long.class).single();
    }
}
