package org.guerillapolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guerillapolicy.policy.ProjectFixtures.slug;

import java.util.Map;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DraftsIntegrationTest extends IntegrationTest {

    static final String DRAFT = """
            ## The problem

            Carers of people with dementia lose respite care when budgets tighten.

            ## Recommendations

            Every carer should have a right to two weeks of respite a year.
            """;

    /** Starts a project and takes it to the draft stage with a first version. */
    static String draftStage(WebSession owner, String prefix) {
        String slug = ProjectFixtures.start(owner, slug(prefix), "", "PUBLIC");
        for (int i = 0; i < 3; i++) {
            ProjectFixtures.move(owner, slug, "forward");
        }
        save(owner, slug, DRAFT, "First draft");
        return slug;
    }

    static Response save(WebSession owner, String slug, String markdown, String note) {
        owner.get("/projects/" + slug + "/draft/edit");
        return owner.submit("form[action=/projects/" + slug + "/draft]", Map.of("markdown", markdown, "note", note));
    }

    static String anchorOf(Document draft, String text) {
        Element paragraph = draft.select(".paragraph").stream().filter(p -> p.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No paragraph with " + text));
        return paragraph.id();
    }

    @Test
    void everySaveIsAVersionWithADiffAndParagraphsKeepTheirAnchors() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String slug = draftStage(owner, "draft");
        Document first = owner.get("/projects/" + slug + "/draft").page();
        String anchor = anchorOf(first, "two weeks");
        assertThat(first.select("#" + anchor + " a[href=#" + anchor + "]")).hasSize(1);

        save(owner, slug, DRAFT.replace("two weeks", "three weeks") + "\nA new closing paragraph.\n", "Longer respite");
        Document second = owner.get("/projects/" + slug + "/draft").page();
        assertThat(anchorOf(second, "three weeks")).isEqualTo(anchor);
        assertThat(second.text()).contains("Version 2", "Longer respite");

        Document diff = owner.get("/projects/" + slug + "/draft/versions/2").page();
        assertThat(diff.select(".diff-removed").text()).contains("two weeks");
        assertThat(diff.select(".diff-added").text()).contains("three weeks", "A new closing paragraph.");
        assertThat(owner.get("/projects/" + slug + "/draft/versions").page().select("table a")).hasSize(2);

        Response empty = save(owner, slug, "  ", "");
        assertThat(empty.page().select(".error-summary").text()).contains("Enter the text of the draft");
        WebSession other = Members.joined(url(""), unique("other"));
        assertThat(other.get("/projects/" + slug + "/draft/edit").status()).isEqualTo(404);
    }

    @Test
    void hostileMarkdownNeverReachesThePageAsMarkup() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String slug = draftStage(owner, "xss");
        save(owner, slug, "<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n<iframe src=//evil></iframe>\n", "Hostile");
        Response page = owner.get("/projects/" + slug + "/draft");
        assertThat(page.page().select("main script, main iframe, main a[href^=javascript]")).isEmpty();
        assertThat(page.page().select("main").text()).contains("<script>alert(1)</script>");
    }

    @Test
    void amendmentsAreAcceptedIntoANewVersionOrDeclinedWithAReasonAndPublishingWaitsForOutcomes() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String slug = draftStage(owner, "amend");
        WebSession nurse = Members.joined(url(""), unique("nurse"));
        String anchor = anchorOf(nurse.get("/projects/" + slug + "/draft").page(), "two weeks");

        nurse.get("/projects/" + slug + "/draft/paragraphs/" + anchor);
        Response unchanged = nurse.submit("form[action$=/amendments]", Map.of());
        assertThat(unchanged.page().select(".error-summary").text()).contains("Change the text");
        nurse.get("/projects/" + slug + "/draft/paragraphs/" + anchor);
        nurse.submit("form[action$=/amendments]", Map.of("body", "Every carer should have a right to four weeks of respite a year."));
        nurse.get("/projects/" + slug + "/draft/paragraphs/" + anchor);
        nurse.submit("form[action$=/amendments]", Map.of("body", "Respite should be optional."));
        nurse.get("/projects/" + slug + "/draft/paragraphs/" + anchor);
        nurse.submit("form[action$=/comments]", Map.of("body", "Who pays for this?"));

        owner.get("/projects/" + slug + "/draft");
        Response refused = owner.follow(owner.submit("form[action=/projects/" + slug + "/publish]", Map.of("licence", "CC_BY")));
        assertThat(refused.page().select(".error-summary").text()).contains("3 contributions have no outcome yet");
        assertThat(refused.page().select("#publish li")).hasSize(3);

        Document paragraph = owner.get("/projects/" + slug + "/draft/paragraphs/" + anchor).page();
        String accept = paragraph.select("form[action$=/accept]").first().attr("action");
        owner.follow(owner.submit("form[action=" + accept + "]", Map.of()));
        owner.get("/projects/" + slug + "/draft/paragraphs/" + anchor);
        Response noReason = owner.follow(owner.submit("form[action$=/decline]", Map.of("reason", "")));
        assertThat(noReason.page().select(".error-summary").text()).contains("Give the reason");
        // Where to return to is only a paragraph's anchor; anything else returns to the draft.
        owner.get("/projects/" + slug + "/draft/paragraphs/" + anchor);
        Response oddAnchor = owner.submit("form[action$=/decline]", Map.of("reason", "", "anchor", "x".repeat(100_000)));
        assertThat(oddAnchor.location()).hasValueSatisfying(location -> assertThat(location).endsWith("/projects/" + slug + "/draft"));
        owner.get("/projects/" + slug + "/draft/paragraphs/" + anchor);
        owner.submit("form[action$=/decline]", Map.of("reason", "Respite must be a right, not an option"));

        Document draft = owner.get("/projects/" + slug + "/draft").page();
        assertThat(draft.select("#" + anchor).text()).contains("four weeks");
        assertThat(owner.get("/projects/" + slug + "/draft/versions/2").page().text()).contains("crediting Display nurse");

        Document mine = nurse.get("/me/contributions").page();
        assertThat(mine.text()).contains("Adopted", "in draft version 2", "Not adopted", "Respite must be a right, not an option");

        String comment = owner.get("/projects/" + slug + "/outcomes").page().select("tr:contains(Who pays) form").attr("action");
        owner.submit("form[action=" + comment + "]", Map.of("outcome", "CHANGED", "reason", "Costs are now in the paper"));
        owner.get("/projects/" + slug + "/draft");
        Response published = owner.follow(owner.submit("form[action=/projects/" + slug + "/publish]", Map.of("licence", "CC_BY_SA")));
        assertThat(published.uri().getPath()).isEqualTo("/projects/" + slug + "/paper");
    }
}
