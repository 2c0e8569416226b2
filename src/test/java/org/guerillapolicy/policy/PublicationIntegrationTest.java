package org.guerillapolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PublicationIntegrationTest extends IntegrationTest {

    @Test
    void thePublishedPaperHasParagraphLinksALicenceDownloadsAndCreditsUnderPseudonyms() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String slug = DraftsIntegrationTest.draftStage(owner, "paper");
        String nurseName = unique("nurse");
        WebSession nurse = Members.joined(url(""), nurseName);
        nurse.get("/settings/profile");
        nurse.submit("form[action=/settings/profile]", Map.of("displayName", "Night Nurse", "pseudonymous", "true"));
        String anchor = DraftsIntegrationTest.anchorOf(nurse.get("/projects/" + slug + "/draft").page(), "two weeks");
        nurse.get("/projects/" + slug + "/draft/paragraphs/" + anchor);
        nurse.submit("form[action$=/amendments]", Map.of("body", "Every carer should have a right to six weeks of respite."));
        owner.get("/projects/" + slug + "/draft/paragraphs/" + anchor);
        owner.submit("form[action$=/accept]", Map.of());

        assertThat(new WebSession(url("")).get("/projects/" + slug + "/paper.pdf").status()).isEqualTo(404);
        owner.get("/projects/" + slug + "/draft");
        owner.submit("form[action=/projects/" + slug + "/publish]", Map.of("licence", "CC_BY"));

        Document paper = new WebSession(url("")).get("/projects/" + slug + "/paper").page();
        assertThat(paper.select("#" + anchor).text()).contains("six weeks");
        assertThat(paper.select("#" + anchor + " a[href=#" + anchor + "]")).hasSize(1);
        assertThat(paper.select("a[rel=license]").text()).isEqualTo("CC BY 4.0 (Attribution)");
        assertThat(paper.select(".credits").text()).contains("Night Nurse", "Pseudonym");
        assertThat(paper.select(".credits").text()).doesNotContain(nurseName);

        WebSession reader = new WebSession(url(""));
        Response markdown = reader.get("/projects/" + slug + "/paper.md");
        assertThat(markdown.body()).contains("six weeks", "CC BY 4.0", "Night Nurse");
        Response html = reader.get("/projects/" + slug + "/paper.html");
        assertThat(html.page().select("#" + anchor).text()).contains("six weeks");
        Response pdf = reader.get("/projects/" + slug + "/paper.pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");

        Document project = reader.get("/projects/" + slug).page();
        assertThat(project.select(".stage-now").text()).contains("Publish");
        assertThat(project.select(".project-timeline").text()).contains("Published version 2 as the paper");
    }

    @Test
    void implementationUpdatesAndServiceUserReportsShowATrend() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String slug = DraftsIntegrationTest.draftStage(owner, "impl");
        owner.get("/projects/" + slug + "/draft");
        owner.submit("form[action=/projects/" + slug + "/publish]", Map.of());
        ProjectFixtures.move(owner, slug, "forward");

        owner.get("/projects/" + slug + "/implementation");
        owner.submit("form[action=/projects/" + slug + "/implementation/updates]",
                Map.of("title", "Council agrees the respite guarantee", "status", "DONE", "body", "Vote on 3 March."));
        WebSession carer = Members.joined(url(""), unique("carer"));
        carer.get("/projects/" + slug + "/implementation");
        Response bad = carer.submit("form[action=/projects/" + slug + "/implementation/reports]", Map.of("whatHappened", "Got a week"));
        assertThat(bad.page().select(".error-summary").text()).contains("Choose a rating from 1 to 5");
        assertThat(bad.page().select("textarea#whatHappened").text()).isEqualTo("Got a week");
        carer.submit("form[action=/projects/" + slug + "/implementation/reports]",
                Map.of("whatHappened", "I got a week of respite in May", "whatChanged", "I slept", "rating", "4"));
        assertThat(carer.last().page().select("form[action$=/implementation/updates]")).isEmpty();

        Document page = carer.get("/projects/" + slug + "/implementation").page();
        assertThat(page.text()).contains("Council agrees the respite guarantee", "Done", "I got a week of respite in May",
                "Rating: 4 out of 5");
        assertThat(page.select("svg.trend-chart rect")).hasSize(1);
        assertThat(page.select("table caption:contains(Average rating) + thead + tbody td").text()).contains("4.0");
    }

    @Test
    void openDataHasEveryContributionWithItsOutcomeAndOnlyTheNamesAuthorsChose() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String slug = ProjectFixtures.start(owner, ProjectFixtures.slug("data"), "", "PUBLIC");
        String carerName = unique("carer");
        WebSession carer = Members.joined(url(""), carerName);
        carer.get("/settings/profile");
        carer.submit("form[action=/settings/profile]", Map.of("displayName", "Tired Carer", "pseudonymous", "true"));
        long question = ProjectFixtures.question(carer, slug, "Why, \"exactly\", do people lose respite?\nAsk twice.");
        ProjectFixtures.decide(owner, slug, question, "NOT_ADOPTED", "Covered by another question");

        Response json = new WebSession(url("")).get("/projects/" + slug + "/export.json");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json.body()).contains("\"author\":\"Tired Carer\"", "\"authorPseudonymous\":true",
                "\"outcome\":\"Not adopted\"", "Covered by another question").doesNotContain(carerName, "@example.org");

        Response csv = new WebSession(url("")).get("/projects/" + slug + "/export.csv");
        assertThat(csv.body()).startsWith("id,kind,author,").contains("QUESTION,Tired Carer,true",
                "\"Why, \"\"exactly\"\", do people lose respite?\nAsk twice.\"").doesNotContain(carerName);
    }
}
