package org.guerillapolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guerillapolicy.policy.ProjectFixtures.slug;

import java.util.Map;
import org.guerillapolicy.support.GroupFixtures;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ProjectsIntegrationTest extends IntegrationTest {

    @Test
    void aProjectIsStartedListedFollowedAndMovedThroughItsStagesByItsOwnerOnly() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String slug = ProjectFixtures.start(owner, slug("respite"), "", "PUBLIC");

        Document page = owner.get("/projects/" + slug).page();
        assertThat(page.select("h1").text()).isEqualTo("Project " + slug);
        assertThat(page.select(".stage-now").text()).contains("Define the problem", "open now");
        assertThat(owner.get("/projects").page().select("a[href=/projects/" + slug + "]")).hasSize(1);
        assertThat(new WebSession(url("")).get("/projects/" + slug).status()).isEqualTo(200);
        assertThat(new WebSession(url("")).get("/search?q=Project+" + slug + "&kind=PROJECT").page()
                .select("a[href=/projects/" + slug + "]")).isNotEmpty();

        WebSession other = Members.joined(url(""), unique("other"));
        other.get("/projects/" + slug);
        other.submit("form[action=/projects/" + slug + "/follow]", Map.of());
        assertThat(other.get("/projects/" + slug).page().text()).contains("Stop following", "1 follower");
        ProjectFixtures.move(owner, slug, "forward");
        assertThat(other.get("/home").page().select(".project-news a[href=/projects/" + slug + "]")).isNotEmpty();
        ProjectFixtures.move(owner, slug, "back");
        assertThat(other.last().page().select("form[action=/projects/" + slug + "/stage]")).isEmpty();
        Response refused = other.follow(other.postForm("/projects/" + slug + "/stage", Map.of("direction", "forward")));
        assertThat(refused.page().select(".error-summary").text()).contains("Only the project's owners");

        ProjectFixtures.move(owner, slug, "forward");
        Document moved = owner.get("/projects/" + slug).page();
        assertThat(moved.select(".stage-now").text()).contains("Gather evidence");
        assertThat(moved.select(".stage-done").text()).contains("Define the problem", "settled");
        assertThat(moved.select(".project-timeline").text()).contains("Moved to stage 2: Gather evidence");
        ProjectFixtures.move(owner, slug, "back");
        assertThat(owner.get("/projects/" + slug).page().select(".stage-now").text()).contains("Define the problem");
    }

    @Test
    void badProjectFormsAreRefusedWithTheirInputKept() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String slug = ProjectFixtures.start(owner, slug("taken"), "", "PUBLIC");
        owner.get("/projects/new");
        Response taken = owner.submit("form[action=/projects]", Map.of("title", "Again", "slug", slug, "visibility", "PUBLIC"));
        assertThat(taken.page().select(".error-summary").text()).contains("already uses the address");
        assertThat(taken.page().select("input#title").val()).isEqualTo("Again");

        Response noGroup = owner.submit("form[action=/projects]", Map.of("title", "Private", "slug", slug("priv"), "visibility", "GROUP"));
        assertThat(noGroup.page().select(".error-summary").text()).contains("Choose the working group");
        Response blank = owner.submit("form[action=/projects]", Map.of("title", " ", "slug", "Bad Slug", "visibility", "PUBLIC"));
        assertThat(blank.page().select(".error-summary").text()).contains("Enter a title", "2 to 60 lower-case");
    }

    @Test
    void aProjectPrivateToAWorkingGroupIsSeenOnlyByItsMembers() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String memberName = unique("member");
        WebSession member = Members.joined(url(""), memberName);
        String group = GroupFixtures.create(owner, slug("wg"), "PRIVATE");
        GroupFixtures.invite(owner, group, memberName, member);
        String slug = ProjectFixtures.start(owner, slug("secret"), group, "GROUP");
        long question = ProjectFixtures.question(member, slug, "Why are respite beds closing in winter?");

        WebSession outsider = Members.joined(url(""), unique("outsider"));
        for (WebSession stranger : new WebSession[] {outsider, new WebSession(url(""))}) {
            for (String path : new String[] {"", "/problem", "/evidence", "/options", "/outcomes", "/draft",
                    "/draft/versions", "/paper", "/implementation", "/export.json", "/export.csv", "/paper.md"}) {
                Response response = stranger.get("/projects/" + slug + path);
                assertThat(response.status()).as(path).isEqualTo(404);
                assertThat(response.body()).doesNotContain("respite beds");
            }
            assertThat(stranger.get("/projects").body()).doesNotContain(slug);
            assertThat(stranger.get("/search?q=Project+" + slug).page().select("a[href=/projects/" + slug + "]")).isEmpty();
        }
        assertThat(member.get("/search?q=Project+" + slug).page().select("a[href=/projects/" + slug + "]")).isNotEmpty();
        assertThat(member.get("/projects/" + slug + "/problem").page().select("#c-" + question).text()).contains("respite beds");
        assertThat(member.get("/projects/" + slug + "/export.json").body()).contains("respite beds");
        assertThat(member.get("/me/contributions").page().text()).contains("respite beds");
        assertThat(member.get("/projects").body()).contains(slug);
        // Someone who leaves the group no longer sees the project, even their own contribution to it.
        member.get("/groups/" + group);
        member.submit("form[action=/groups/" + group + "/leave]", Map.of());
        assertThat(member.get("/projects/" + slug).status()).isEqualTo(404);
        assertThat(member.get("/me/contributions").body()).doesNotContain("respite beds");
        assertThat(member.get("/projects").body()).doesNotContain(slug);
        assertThat(member.get("/search?q=Project+" + slug).page().select("a[href=/projects/" + slug + "]")).isEmpty();
        outsider.get("/projects");
        assertThat(outsider.postForm("/projects/" + slug + "/problem", Map.of("body", "Sneaky")).status()).isEqualTo(404);
    }

    @Test
    void questionsAreSupportedAndDuplicatesMergedWithTheirSupporters() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String slug = ProjectFixtures.start(owner, slug("merge"), "", "PUBLIC");
        WebSession a = Members.joined(url(""), unique("carer"));
        WebSession b = Members.joined(url(""), unique("nurse"));
        long first = ProjectFixtures.question(a, slug, "Why do people with dementia lose respite care?");
        long duplicate = ProjectFixtures.question(b, slug, "Why is respite care withdrawn for dementia?");

        owner.get("/projects/" + slug + "/problem");
        owner.submit("form[action=/projects/" + slug + "/contributions/" + duplicate + "/support]", Map.of());
        Document supported = owner.get("/projects/" + slug + "/problem").page();
        assertThat(supported.select("#c-" + duplicate).text()).contains("1 supporter", "Withdraw: Support");

        owner.submit("form[action=/projects/" + slug + "/problem/merge]", Map.of("duplicate", String.valueOf(duplicate), "into", String.valueOf(first)));
        Document merged = owner.get("/projects/" + slug + "/problem").page();
        assertThat(merged.select("#c-" + duplicate)).isEmpty();
        // The owner's support and the duplicate's author both carry over.
        assertThat(merged.select("#c-" + first).text()).contains("2 supporters");
        assertThat(b.get("/me/contributions").page().text()).contains("Adopted with changes", "Merged with the question");

        a.get("/projects/" + slug + "/problem");
        Response blank = a.submit("form[action=/projects/" + slug + "/problem]", Map.of("body", " "));
        assertThat(blank.page().select(".error-summary").text()).contains("Enter the text of your question");
    }

    @Test
    void evidenceIsFilteredAndEndorsedAndOptionsLinkToIt() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String slug = ProjectFixtures.start(owner, slug("evid"), "", "PUBLIC");
        ProjectFixtures.move(owner, slug, "forward");
        WebSession nurse = Members.joined(url(""), unique("nurse"));
        long research = ProjectFixtures.contribute(nurse, slug, "evidence", Map.of("evidenceKind", "RESEARCH",
                "title", "Respite beds fell by a third", "body", "Council figures 2019-2025.", "source", "https://example.org/report",
                "sector", "SOCIAL_CARE", "locality", "Leeds", "contributorRole", "PRACTITIONER"));
        long story = ProjectFixtures.contribute(owner, slug, "evidence", Map.of("evidenceKind", "EXPERIENCE",
                "title", "My mother lost her place", "body", "Two weeks notice.", "sector", "HEALTH", "contributorRole", "CARER"));

        Document filtered = nurse.get("/projects/" + slug + "/evidence?kind=RESEARCH&role=PRACTITIONER&sector=SOCIAL_CARE").page();
        assertThat(filtered.select("#c-" + research)).hasSize(1);
        assertThat(filtered.select("#c-" + story)).isEmpty();
        assertThat(filtered.select("#c-" + research + " a[href=https://example.org/report]")).hasSize(1);
        assertThat(nurse.get("/projects/" + slug + "/evidence?role=CARER").page().select("#c-" + research)).isEmpty();

        nurse.get("/projects/" + slug + "/evidence");
        nurse.submit("form[action=/projects/" + slug + "/contributions/" + story + "/support]", Map.of());
        assertThat(nurse.get("/projects/" + slug + "/evidence").page().select("#c-" + story).text())
                .contains("1 person says this matches their experience");

        nurse.get("/projects/" + slug + "/evidence");
        owner.get("/projects/" + slug + "/evidence");
        owner.submit("form[action=/projects/" + slug + "/contributions/" + research + "/replies]",
                Map.of("body", "Does this include day centres?"));
        Document questioned = nurse.get("/projects/" + slug + "/evidence").page();
        assertThat(questioned.select("#c-" + research + " .replies").text()).contains("Does this include day centres?");
        assertThat(owner.get("/projects/" + slug + "/outcomes").page().text()).contains("Comment Does this include day centres?");

        Response noKind = nurse.submit("form[method=post][action=/projects/" + slug + "/evidence]", Map.of("body", "Something"));
        assertThat(noKind.page().select(".error-summary").text()).contains("Choose what kind of evidence");
        assertThat(noKind.page().select("textarea#body").text()).isEqualTo("Something");

        ProjectFixtures.move(owner, slug, "forward");
        long option = ProjectFixtures.contribute(nurse, slug, "options", Map.of("title", "A respite guarantee",
                "body", "Every carer gets two weeks a year.", "evidence", String.valueOf(research)));
        Document options = owner.get("/projects/" + slug + "/options").page();
        owner.submit("form[action=/projects/" + slug + "/contributions/" + option + "/replies]", Map.of("body", "What would it cost?"));
        assertThat(owner.get("/projects/" + slug + "/options").page().select("#c-" + option + " .replies").text())
                .contains("What would it cost?");
        assertThat(owner.last().page().select("#c-" + research)).isEmpty();
        assertThat(owner.get("/projects/" + slug + "/evidence").page().select("form[action$=/replies]")).isEmpty();
        assertThat(options.select("#c-" + option + " a[href=/projects/" + slug + "/evidence#c-" + research + "]")).hasSize(1);
        assertThat(nurse.get("/projects/" + slug + "/evidence").page().select("form[method=post][action=/projects/" + slug + "/evidence]")).isEmpty();

        // The proposer refines the option after the discussion; no one else can.
        String refinePath = "/projects/" + slug + "/options/" + option + "/refine";
        assertThat(owner.get("/projects/" + slug + "/options").page().select("a[href=" + refinePath + "]")).isEmpty();
        nurse.get("/projects/" + slug + "/options");
        nurse.get(nurse.last().page().select("a[href=" + refinePath + "]").attr("href"));
        Response blank = nurse.submit("form[action=" + refinePath + "]", Map.of("title", " "));
        assertThat(blank.page().select(".error-summary").text()).contains("Enter a title for the option");
        Response refined = nurse.submit("form[action=" + refinePath + "]", Map.of("title", "A costed respite guarantee",
                "body", "Every carer gets two weeks a year, about 400 pounds each."));
        assertThat(nurse.follow(refined).page().select("#c-" + option).text())
                .contains("A costed respite guarantee", "about 400 pounds", "What would it cost?");
        owner.get("/projects/" + slug + "/options");
        Response forged = owner.follow(owner.postForm(refinePath, Map.of("title", "Hijacked", "body", "x")));
        assertThat(forged.page().select(".error-summary").text()).contains("Only the person who proposed an option");
        assertThat(owner.get("/projects/" + slug).page().text()).contains("Option refined: A costed respite guarantee");
    }

    @Test
    void ownersGiveOutcomesWithReasonsAndContributorsSeeThem() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String slug = ProjectFixtures.start(owner, slug("said"), "", "PUBLIC");
        WebSession carer = Members.joined(url(""), unique("carer"));
        long kept = ProjectFixtures.question(carer, slug, "Who decides respite eligibility?");
        long dropped = ProjectFixtures.question(carer, slug, "Should parking be free?");

        assertThat(owner.get("/projects/" + slug).page().text()).contains("0% of contributions have an outcome");
        owner.get("/projects/" + slug + "/outcomes");
        Response noReason = owner.follow(owner.submit("form[action=/projects/" + slug + "/contributions/" + dropped + "/outcome]",
                Map.of("outcome", "OUT_OF_SCOPE", "reason", "")));
        assertThat(noReason.page().select(".error-summary").text()).contains("Give the reason");
        assertThat(noReason.page().select("#outcome-" + dropped + "-OUT_OF_SCOPE").hasAttr("checked")).isTrue();

        ProjectFixtures.decide(owner, slug, kept, "ADOPTED", "");
        ProjectFixtures.decide(owner, slug, dropped, "OUT_OF_SCOPE", "Parking is a matter for the hospital trust");
        assertThat(owner.get("/projects/" + slug).page().text()).contains("100% of contributions have an outcome");

        Document mine = carer.get("/me/contributions").page();
        assertThat(mine.text()).contains("Who decides respite eligibility?", "Adopted",
                "Out of scope", "Parking is a matter for the hospital trust");
        // The contributor is told, and the notification leads to what became of their contributions.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> carer.get("/notifications")
                .page().select(".notification:contains(decided what became of your contribution)").size() == 2);
        assertThat(carer.get("/notifications").page().select("a[href=/me/contributions]")).isNotEmpty();
        assertThat(carer.get("/projects/" + slug + "/outcomes").page().select("form[action$=/outcome]")).isEmpty();
        carer.get("/projects/" + slug);
        Response forged = carer.follow(carer.postForm("/projects/" + slug + "/contributions/" + kept + "/outcome",
                Map.of("outcome", "NOT_ADOPTED", "reason", "x")));
        assertThat(forged.page().select(".error-summary").text()).contains("Only the project's owners");
    }
}
