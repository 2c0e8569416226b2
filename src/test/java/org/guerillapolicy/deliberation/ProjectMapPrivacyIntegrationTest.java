package org.guerillapolicy.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guerillapolicy.policy.ProjectFixtures;
import org.guerillapolicy.support.GroupFixtures;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A map attached to a project private to its working group is seen by the group's members and by nobody else,
 * on every path: the list of maps, taking part, voting, adding statements, roles, the map, its downloads, and
 * using its common ground; to anyone else it does not exist.
 */
class ProjectMapPrivacyIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMapOfAPrivateProjectIsSeenByItsWorkingGroupOnly() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String memberName = unique("member");
        WebSession member = Members.joined(url(""), memberName);
        String group = GroupFixtures.create(owner, unique("wg").replace('_', '-'), "PRIVATE");
        GroupFixtures.invite(owner, group, memberName, member);
        String project = ProjectFixtures.start(owner, ProjectFixtures.slug("secret"), group, "GROUP");

        owner.get("/projects/" + project);
        String offer = owner.last().page().select("a:contains(Open an opinion map for this stage)").attr("href");
        assertThat(offer).isEqualTo("/maps/new?project=" + project + "&stage=1");
        owner.get(offer);
        assertThat(owner.last().page().select("#project").text()).contains("Project " + project, "stage 1",
                "only its working group will see the map");
        String prompt = "Secret map " + unique("p");
        Response opened = owner.submit("form[action=/maps]", Map.of("prompt", prompt,
                "statements", String.join("\n", OpinionMapsIntegrationTest.SEEDS), "participation", "LISTED",
                "openStatements", "true", "moderation", "POST"));
        String path = opened.location().orElseThrow().replaceAll("\\?.*", "").replaceAll("^https?://[^/]+", "");
        OpinionMapsIntegrationTest.voteOnEverything(owner, path, statement -> true);
        OpinionMapsIntegrationTest.voteOnEverything(member, path, statement -> true);
        long statement = jdbc.sql("select min(id) from opinion_statements where map_id = :map")
                .param("map", Long.parseLong(path.replaceAll(".*/", ""))).query(Long.class).single();

        WebSession anonymous = new WebSession(url(""));
        WebSession outsider = Members.joined(url(""), unique("outsider"));
        Map<String, WebSession> others = new LinkedHashMap<>();
        others.put("anonymous", anonymous);
        others.put("signed-in outsider", outsider);
        List<String> pages = List.of(path, path + "/map", path + "/moderation", path + "/export/comments.csv",
                path + "/export/votes.csv", path + "/export/participants-votes.csv",
                path + "/statements/" + statement + "/use");

        for (var other : others.entrySet()) {
            WebSession viewer = other.getValue();
            assertThat(viewer.get("/maps").body()).as(other.getKey()).doesNotContain(prompt);
            for (String page : pages) {
                Response response = viewer.get(page);
                assertThat(response.status()).as(other.getKey() + " " + page).isIn(404, 302);
                assertThat(response.body()).as(other.getKey() + " " + page).doesNotContain(prompt)
                        .doesNotContain("Respite should be bookable");
            }
            assertThat(viewer.get("/projects/" + project).status()).isEqualTo(404);
        }
        // Outsiders cannot act on it either: every change answers as if there were no such map.
        int votes = votes(path);
        outsider.get("/maps");
        assertThat(outsider.postForm(path + "/votes", Map.of("statement", Long.toString(statement), "vote", "1")).status())
                .isEqualTo(404);
        assertThat(outsider.postForm(path + "/statements", Map.of("body", "Let me in")).status()).isEqualTo(404);
        assertThat(outsider.postForm(path + "/role", Map.of("role", "CARER")).status()).isEqualTo(404);
        assertThat(outsider.postForm(path + "/statements/" + statement + "/use", Map.of("kind", "QUESTION")).status())
                .isEqualTo(404);
        assertThat(votes(path)).isEqualTo(votes);
        assertThat(jdbc.sql("select count(*) from opinion_statements where body = 'Let me in'").query(Long.class).single())
                .isZero();
        // Nor open a map for the project by naming it.
        outsider.get("/maps/new?project=" + project + "&stage=1");
        assertThat(outsider.last().page().select("#project").text()).contains("no project at that address")
                .doesNotContain("Project " + project);
        Response forged = outsider.submit("form[action=/maps]", Map.of("prompt", "Forged " + prompt,
                "statements", "A statement", "participation", "LISTED", "openStatements", "true", "moderation", "POST"));
        assertThat(forged.status()).isEqualTo(200);
        assertThat(forged.page().select(".error-summary").text()).contains("no project at that address");
        assertThat(jdbc.sql("select count(*) from opinion_maps where prompt = :p").param("p", "Forged " + prompt)
                .query(Long.class).single()).isZero();

        // The working group sees it everywhere.
        assertThat(member.get("/maps").body()).contains(prompt);
        assertThat(member.get(path).page().select(".map-project").text()).contains("Project " + project, "stage 1");
        assertThat(member.get(path + "/map").status()).isEqualTo(200);
        assertThat(member.get(path + "/export/comments.csv").body()).contains("Respite should be bookable");
        assertThat(member.get("/projects/" + project).page().select("#activities-heading + ul").text())
                .contains("Opinion map for stage 1", prompt);

        // Its report never goes on a consultation's public outcome, not even when its owner organises one.
        String consultation = MapReportsIntegrationTest.consultationWithOutcome(owner, jdbc, "Outcome " + unique("c"));
        assertThat(owner.get(path + "/report").page().select(".error-summary").text()).contains("not open to everyone");
        owner.follow(owner.postForm(path + "/report", Map.of("consultation", consultation)));
        assertThat(jdbc.sql("select count(*) from opinion_map_reports where map_id = :map")
                .param("map", Long.parseLong(path.replaceAll(".*/", ""))).query(Long.class).single()).isZero();
        assertThat(anonymous.get("/consultations/" + consultation + "/outcome").body()).doesNotContain(prompt);
    }

    private int votes(String path) {
        return jdbc.sql("select count(*) from opinion_votes where map_id = :map")
                .param("map", Long.parseLong(path.replaceAll(".*/", ""))).query(Integer.class).single();
    }
}
