package org.guerillapolicy.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.guerillapolicy.policy.ProjectFixtures;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Maps opened for a project's stage: who may open one, how its common ground becomes the project's questions,
 * evidence and options by the project's stage rules, and how the project's options are ordered by support
 * across the map's opinion groups.
 */
class ProjectMapsIntegrationTest extends IntegrationTest {

    static final String COMMON_GROUND = "Respite should be bookable at short notice";

    @Autowired
    JdbcClient jdbc;

    /** Opens a map for the project's current stage from the project page's link; returns the map's path. */
    static String openFor(WebSession owner, String project, String prompt) {
        owner.get("/projects/" + project);
        owner.get(owner.last().page().select("a:contains(Open an opinion map for this stage)").attr("href"));
        Response opened = owner.submit("form[action=/maps]", Map.of("prompt", prompt,
                "statements", String.join("\n", OpinionMapsIntegrationTest.SEEDS), "participation", "LISTED",
                "openStatements", "true", "moderation", "POST"));
        assertThat(opened.location()).as(opened.page().select(".error-summary").text()).isPresent();
        return opened.location().orElseThrow().replaceAll("\\?.*", "").replaceAll("^https?://[^/]+", "");
    }

    /** The owner and a second person agree with all but the NHS statement; the third disagrees with most. */
    static void threeVote(String base, WebSession owner, WebSession second, WebSession third, String path) {
        OpinionMapsIntegrationTest.voteOnEverything(owner, path, statement -> !statement.contains("NHS"));
        OpinionMapsIntegrationTest.voteOnEverything(second, path, statement -> !statement.contains("NHS"));
        OpinionMapsIntegrationTest.voteOnEverything(third, path,
                statement -> statement.contains("NHS") || statement.contains("short notice"));
        assertThat(OpinionMapsIntegrationTest.mapWhenUpdated(new WebSession(base), path, "by 3 people").text())
                .contains("Group 2: 1 person");
    }

    @Test
    void onlyOwnersAndTheWorkingGroupOpenMapsForAProjectAndTheProjectListsThem() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String project = ProjectFixtures.start(owner, ProjectFixtures.slug("maps"), "", "PUBLIC");
        String prompt = "What makes respite work? " + unique("p");
        String path = openFor(owner, project, prompt);

        Document map = owner.get(path).page();
        assertThat(map.select(".map-project").text()).contains("Part of the policy project Project " + project,
                "stage 1: Define the problem");
        assertThat(map.select(".map-project a").attr("href")).isEqualTo("/projects/" + project);
        assertThat(new WebSession(url("")).get("/projects/" + project).page().select("#activities-heading + ul").text())
                .contains("Opinion map for stage 1 (Define the problem): " + prompt);

        WebSession outsider = Members.joined(url(""), unique("outsider"));
        assertThat(outsider.get("/projects/" + project).page().text()).doesNotContain("Open an opinion map for this stage");
        outsider.get("/maps/new?project=" + project + "&stage=1");
        Response refused = outsider.submit("form[action=/maps]", Map.of("prompt", "Not mine " + prompt,
                "statements", "A statement", "participation", "LISTED", "openStatements", "true", "moderation", "POST"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.page().select(".error-summary").text())
                .contains("Only the project's owners and the members of its working group can open a map for it");
        owner.get("/maps/new?project=" + project + "&stage=9");
        Response badStage = owner.submit("form[action=/maps]", Map.of("prompt", "Bad stage " + prompt,
                "statements", "A statement", "participation", "LISTED", "openStatements", "true", "moderation", "POST"));
        assertThat(badStage.page().select(".error-summary").text()).contains("Choose a stage of the project, from 1 to 6");
        assertThat(jdbc.sql("select count(*) from opinion_maps where prompt like :p").param("p", "%" + prompt)
                .query(Long.class).single()).isOne();
    }

    @Test
    void commonGroundBecomesAQuestionOnceWithItsOriginAndTheStageRulesApply() {
        String ownerName = unique("owner");
        WebSession owner = Members.joined(url(""), ownerName);
        WebSession second = Members.joined(url(""), unique("second"));
        WebSession third = Members.joined(url(""), unique("third"));
        String project = ProjectFixtures.start(owner, ProjectFixtures.slug("ground"), "", "PUBLIC");
        String prompt = "Respite for carers " + unique("p");
        String path = openFor(owner, project, prompt);
        threeVote(url(""), owner, second, third, path);

        Document map = second.get(path + "/map").page();
        String use = map.select("#consensus-heading ~ ul li:contains(" + COMMON_GROUND + ") a:contains(Use in the project)")
                .attr("href");
        assertThat(use).matches(path + "/statements/\\d+/use");
        assertThat(new WebSession(url("")).get(path + "/map").page().text()).doesNotContain("Use in the project");

        Document form = second.get(use).page();
        // Three voters: every group is too small for its count to be shown.
        assertThat(form.text()).contains(COMMON_GROUND, "Group 1: fewer than 5 voted", "Group 2: fewer than 5 voted")
                .doesNotContain("who voted agreed");
        assertThat(form.select("input[name=kind][checked]").val()).isEqualTo("QUESTION");

        long before = contributions(project);
        Response wrongStage = second.submit("form[action=" + use + "]", Map.of("kind", "OPTION"));
        assertThat(wrongStage.status()).isEqualTo(200);
        assertThat(wrongStage.page().select(".error-summary").text())
                .contains("Options are open in stage 3 (Develop options); this project is in stage 1");
        Response noKind = second.submit("form[action=" + use + "]", Map.of("kind", "AMENDMENT"));
        assertThat(noKind.page().select(".error-summary").text()).contains("Choose whether it becomes a question, evidence or an option");
        assertThat(contributions(project)).isEqualTo(before);

        second.get(use);
        Response used = second.submit("form[action=" + use + "]", Map.of("kind", "QUESTION"));
        assertThat(used.location()).hasValueSatisfying(location -> assertThat(location).endsWith(path + "/map#consensus-heading"));
        Document after = second.follow(used).page();
        assertThat(after.select(".notice").text()).contains("The statement is now a question in the project");
        String link = after.select(".statement-uses a:contains(a question)").attr("href");
        assertThat(link).matches("/projects/" + project + "/problem#c-\\d+");

        Document problem = owner.get("/projects/" + project + "/problem").page();
        var question = problem.select("#" + link.replaceAll(".*#", ""));
        assertThat(question.select(".post__body").text()).isEqualTo(COMMON_GROUND);
        assertThat(question.select(".post__meta").text()).contains("Display " + "second");
        assertThat(question.select(".origin").text()).contains("From the opinion map: " + prompt,
                "How each opinion group voted: Group 1: fewer than 5 voted; Group 2: fewer than 5 voted");
        assertThat(question.select(".origin a").attr("href")).isEqualTo(path + "/map");

        second.get(use);
        Response again = second.submit("form[action=" + use + "]", Map.of("kind", "QUESTION"));
        assertThat(again.page().select(".error-summary").text()).contains("This statement is already a question in the project");
        assertThat(contributions(project)).isEqualTo(before + 1);
        assertThat(second.get(path + "/statements/1/use").status()).isEqualTo(404);
        assertThat(owner.get("/projects/" + project).page().select(".project-timeline").text())
                .contains("Opinion map opened for stage 1: " + prompt,
                        "Question added from the common ground of the opinion map " + prompt + ": " + COMMON_GROUND);
    }

    @Test
    void optionsAreOrderedBySupportAcrossTheMapsGroupsWhenAMapHasGroups() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        WebSession second = Members.joined(url(""), unique("second"));
        WebSession third = Members.joined(url(""), unique("third"));
        WebSession fourth = Members.joined(url(""), unique("fourth"));
        String project = ProjectFixtures.start(owner, ProjectFixtures.slug("order"), "", "PUBLIC");
        ProjectFixtures.move(owner, project, "forward");
        ProjectFixtures.move(owner, project, "forward");
        long popular = ProjectFixtures.contribute(owner, project, "options", Map.of("title", "Popular with one side", "body", "A"));
        long bridging = ProjectFixtures.contribute(owner, project, "options", Map.of("title", "Bridging option", "body", "B"));
        support(owner, project, popular);
        support(second, project, popular);
        support(fourth, project, popular);
        support(second, project, bridging);
        support(third, project, bridging);

        Document unavailable = owner.get("/projects/" + project + "/options?order=bridging").page();
        assertThat(unavailable.select("#bridging-unavailable").text()).contains("needs an opinion map for this project");
        assertThat(unavailable.select("#order-heading").text()).isEqualTo("Ordered: most supported first.");

        String prompt = "Options for respite " + unique("p");
        String path = openFor(owner, project, prompt);
        threeVote(url(""), owner, second, third, path);

        Document bySupport = new WebSession(url("")).get("/projects/" + project + "/options").page();
        assertThat(bySupport.select(".contributions > li h3").eachText()).containsExactly("Popular with one side", "Bridging option");
        Document byBridging = new WebSession(url("")).get("/projects/" + project + "/options?order=bridging").page();
        assertThat(byBridging.select("#order-heading").text()).isEqualTo("Ordered: supported across opinion groups first.");
        assertThat(byBridging.select("#bridging-explained").text()).contains(prompt, "every opinion group", "2 groups",
                "Nobody's group is shown");
        assertThat(byBridging.select("#bridging-explained a").attr("href")).isEqualTo(path + "/map");
        assertThat(byBridging.select(".contributions > li h3").eachText()).containsExactly("Bridging option", "Popular with one side");
        assertThat(byBridging.select("#bridging-explained").text()).contains("no scores either");
        assertThat(byBridging.select(".contributions").text()).doesNotContain("%");
        Document newest = new WebSession(url("")).get("/projects/" + project + "/options?order=newest").page();
        assertThat(newest.select(".contributions > li h3").eachText()).containsExactly("Bridging option", "Popular with one side");
        assertThat(new WebSession(url("")).get("/projects/" + project + "/options?order=loudest").status()).isEqualTo(400);
    }

    @Test
    void questionsAreOrderedBySupportAcrossTheMapsGroupsToo() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        WebSession second = Members.joined(url(""), unique("second"));
        WebSession third = Members.joined(url(""), unique("third"));
        WebSession fourth = Members.joined(url(""), unique("fourth"));
        String project = ProjectFixtures.start(owner, ProjectFixtures.slug("questions"), "", "PUBLIC");
        long popular = ProjectFixtures.contribute(owner, project, "problem", Map.of("body", "Why is respite so rare?"));
        long bridging = ProjectFixtures.contribute(owner, project, "problem", Map.of("body", "Who decides on respite?"));
        support(owner, project, "problem", popular);
        support(second, project, "problem", popular);
        support(fourth, project, "problem", popular);
        support(second, project, "problem", bridging);
        support(third, project, "problem", bridging);
        String prompt = "Questions about respite " + unique("p");
        threeVote(url(""), owner, second, third, openFor(owner, project, prompt));

        Document bySupport = new WebSession(url("")).get("/projects/" + project + "/problem").page();
        assertThat(bySupport.select(".contributions > li .post__body").eachText())
                .containsExactly("Why is respite so rare?", "Who decides on respite?");
        Document byBridging = new WebSession(url("")).get("/projects/" + project + "/problem?order=bridging").page();
        assertThat(byBridging.select("#order-heading").text()).isEqualTo("Ordered: supported across opinion groups first.");
        assertThat(byBridging.select("#bridging-explained").text()).startsWith("Questions that people in every opinion group support")
                .contains(prompt);
        assertThat(byBridging.select(".contributions > li .post__body").eachText())
                .containsExactly("Who decides on respite?", "Why is respite so rare?");
        assertThat(byBridging.select("nav a:contains(newest first)").attr("href"))
                .isEqualTo("/projects/" + project + "/problem?order=newest");
        assertThat(new WebSession(url("")).get("/projects/" + project + "/problem?order=loudest").status()).isEqualTo(400);
    }

    private static void support(WebSession person, String project, long option) {
        support(person, project, "options", option);
    }

    private static void support(WebSession person, String project, String page, long option) {
        person.get("/projects/" + project + "/" + page);
        Response response = person.submit("form[action=/projects/" + project + "/contributions/" + option + "/support]", Map.of());
        assertThat(response.location()).isPresent();
    }

    private long contributions(String project) {
        return jdbc.sql("select count(*) from policy_contributions c join policy_projects p on p.id = c.project_id where p.slug = :s")
                .param("s", project).query(Long.class).single();
    }

    @Test
    void anUnlistedMapOfAProjectIsListedAndUsedOnlyByItsOwner() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        WebSession second = Members.joined(url(""), unique("second"));
        WebSession third = Members.joined(url(""), unique("third"));
        String project = ProjectFixtures.start(owner, ProjectFixtures.slug("unlisted"), "", "PUBLIC");
        String prompt = "Only by link " + unique("p");
        owner.get("/maps/new?project=" + project + "&stage=1");
        Response opened = owner.submit("form[action=/maps]", Map.of("prompt", prompt,
                "statements", String.join("\n", OpinionMapsIntegrationTest.SEEDS), "participation", "LINK",
                "openStatements", "true", "moderation", "POST"));
        String path = opened.location().orElseThrow().replaceAll("\\?.*", "").replaceAll("^https?://[^/]+", "");

        assertThat(owner.get("/projects/" + project).body()).contains(prompt);
        assertThat(new WebSession(url("")).get("/projects/" + project).body()).doesNotContain(prompt);
        assertThat(Members.joined(url(""), unique("reader")).get("/projects/" + project).body()).doesNotContain(prompt);

        // A contribution links to the map it came from, so using a statement would publish the map's address.
        threeVote(url(""), owner, second, third, path);
        String use = owner.get(path + "/map").page()
                .select("#consensus-heading ~ ul li:contains(" + COMMON_GROUND + ") a:contains(Use in the project)")
                .attr("href");
        assertThat(use).matches(path + "/statements/\\d+/use");
        assertThat(second.get(path + "/map").page().text()).doesNotContain("Use in the project");
        long before = contributions(project);
        assertThat(second.get(use).page().select(".error-summary").text())
                .contains("Only the map's owner can use its statements");
        Response refused = second.submit("form[action=" + use + "]", Map.of("kind", "QUESTION"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.page().select(".error-summary").text())
                .contains("Only the map's owner can use its statements: the map is shared only by link");
        assertThat(contributions(project)).isEqualTo(before);
        owner.get(use);
        assertThat(owner.submit("form[action=" + use + "]", Map.of("kind", "QUESTION")).location()).isPresent();
        assertThat(contributions(project)).isEqualTo(before + 1);
    }

    @Test
    void aConversationImportedForAStageIsPartOfTheProjectAndItsImportedVotesCountOnUse() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String project = ProjectFixtures.start(owner, ProjectFixtures.slug("imported"), "", "PUBLIC");
        String prompt = "Brexit for the project " + unique("p");
        var comments = PolisImportIntegrationTest.upload(PolisImportIntegrationTest.BREXIT.resolve("comments.csv"));
        var votes = PolisImportIntegrationTest.upload(PolisImportIntegrationTest.BREXIT.resolve("participants-votes.csv"));

        WebSession outsider = Members.joined(url(""), unique("outsider"));
        assertThat(outsider.get("/projects/" + project).page().text()).doesNotContain("Import a Pol.is conversation");
        outsider.get("/maps/import?project=" + project + "&stage=1");
        Response refused = outsider.submitFiles("form[action=/maps/import]",
                Map.of("prompt", prompt, "participation", "LISTED"), Map.of("comments", comments, "votes", votes));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.page().select(".error-summary").text())
                .contains("Only the project's owners and the members of its working group can open a map for it");
        assertThat(jdbc.sql("select count(*) from opinion_maps where prompt = :p").param("p", prompt)
                .query(Long.class).single()).isZero();

        owner.get("/projects/" + project);
        Document form = owner.get(owner.last().page().select("a:contains(Import a Pol.is conversation for this stage)")
                .attr("href")).page();
        assertThat(form.select("#project .notice").text()).contains("For the project Project " + project,
                "stage 1: Define the problem");
        assertThat(form.select("a.back-link").attr("href")).isEqualTo("/projects/" + project);
        Response imported = owner.submitFiles("form[action=/maps/import]",
                Map.of("prompt", prompt, "participation", "LISTED"), Map.of("comments", comments, "votes", votes));
        String path = PolisImportIntegrationTest.mapPath(imported);
        assertThat(owner.get(path).page().select(".map-project").text()).contains("Part of the policy project");
        assertThat(new WebSession(url("")).get("/projects/" + project).page().select("#activities-heading + ul").text())
                .contains("Opinion map for stage 1 (Define the problem): " + prompt);

        // The groups are of Pol.is participants, so how each group voted comes from the imported votes.
        Document map = OpinionMapsIntegrationTest.mapWhenUpdated(owner, path, "Group 1:");
        String use = map.select("#consensus-heading ~ ul li a:contains(Use in the project)").attr("href");
        assertThat(use).matches(path + "/statements/\\d+/use");
        assertThat(owner.get(use).page().select("main").text()).containsPattern("Group 1: \\d+ of \\d+ who voted agreed")
                .containsPattern("Group 2: \\d+ of \\d+ who voted agreed");
        long before = contributions(project);
        Response used = owner.submit("form[action=" + use + "]", Map.of("kind", "QUESTION"));
        assertThat(used.location()).isPresent();
        assertThat(contributions(project)).isEqualTo(before + 1);
        assertThat(owner.get("/projects/" + project + "/problem").page().select(".origin").text())
                .containsPattern("How each opinion group voted: Group 1: \\d+ of \\d+ who voted agreed");

        // Nobody here is in the imported groups, so they cannot order the project's questions by bridging.
        assertThat(owner.get("/projects/" + project + "/problem?order=bridging").page().select("#bridging-unavailable").text())
                .contains("people here fall into at least two opinion groups");
    }
}
