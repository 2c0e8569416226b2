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

class MapReportsIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    /** A published consultation, closed, with its outcome published; returns its slug. */
    static String consultationWithOutcome(WebSession organiser, JdbcClient jdbc, String title) {
        String slug = ConsultationFixtures.create(organiser, title, Map.of());
        ConsultationFixtures.addEveryKindOfQuestion(organiser, slug);
        ConsultationFixtures.publish(organiser, slug);
        jdbc.sql("update consultations set opens_at = now() - interval '2 days', closes_at = now() - interval '1 minute'"
                + " where slug = :s").param("s", slug).update();
        organiser.get("/consultations/" + slug + "/analysis/themes");
        Response published = organiser.postForm("/consultations/" + slug + "/outcome",
                Map.of("summary", "We will change where assessments are done."));
        assertThat(published.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/outcome"));
        organiser.follow(published);
        return slug;
    }

    /** A map voted on by three people, with its results computed; returns its path. */
    String votedMap(WebSession owner, String participation) {
        String path = OpinionMapsIntegrationTest.open(owner, "Respite " + unique("p"), participation, "POST");
        OpinionMapsIntegrationTest.voteOnEverything(owner, path, s -> !s.contains("NHS"));
        OpinionMapsIntegrationTest.voteOnEverything(Members.joined(url(""), unique("second")), path, s -> !s.contains("NHS"));
        OpinionMapsIntegrationTest.voteOnEverything(Members.joined(url(""), unique("third")), path,
                s -> s.contains("NHS") || s.contains("short notice"));
        assertThat(OpinionMapsIntegrationTest.mapWhenUpdated(new WebSession(url("")), path, "by 3 people").text())
                .contains("by 3 people");
        return path;
    }

    long reports(String slug) {
        return jdbc.sql("select count(*) from opinion_map_reports r join consultations c on c.id = r.consultation_id"
                + " where c.slug = :s").param("s", slug).query(Long.class).single();
    }

    @Test
    void anOrganiserAttachesAFrozenReportThatShowsOnTheOutcomeAndRemovesIt() {
        WebSession mapOwner = Members.joined(url(""), unique("mapowner"));
        String path = votedMap(mapOwner, "LISTED");
        WebSession organiser = Members.joined(url(""), unique("organiser"));
        String title = "Assessments " + unique("c");
        String slug = consultationWithOutcome(organiser, jdbc, title);

        Document map = organiser.get(path + "/map").page();
        assertThat(map.select("a[href=" + path + "/report]").text()).isEqualTo("Attach this report to a consultation's outcome");
        assertThat(mapOwner.get(path + "/map").page().select("a[href=" + path + "/report]"))
                .as("offered only to organisers of a consultation").isEmpty();
        Document choose = organiser.get(path + "/report").page();
        assertThat(choose.select("label[for=consultation-" + slug + "]").text()).isEqualTo(title);
        Response attached = organiser.submit("form[action=" + path + "/report]", Map.of("consultation", slug));
        assertThat(attached.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/consultations/" + slug + "/outcome"));
        assertThat(organiser.follow(attached).page().select(".notice").text()).contains("attached to this outcome");

        Document outcome = new WebSession(url("")).get("/consultations/" + slug + "/outcome").page();
        String report = outcome.select(".outcome-attachment").text();
        assertThat(report).contains("Opinion map: Respite", "12 votes by 3 people in 2 opinion groups",
                "Group 1: 2 people", "Group 2: 1 person", "Common ground",
                "100% of everyone agreed: Respite should be bookable at short notice");
        assertThat(outcome.select(".outcome-attachment a").attr("href")).isEqualTo(path + "/map");
        assertThat(outcome.select(".outcome-attachment form")).isEmpty();

        // Frozen: a fourth voter changes the live map, not the report.
        OpinionMapsIntegrationTest.voteOnEverything(Members.joined(url(""), unique("fourth")), path, s -> true);
        OpinionMapsIntegrationTest.mapWhenUpdated(new WebSession(url("")), path, "by 4 people");
        assertThat(new WebSession(url("")).get("/consultations/" + slug + "/outcome").page().select(".outcome-attachment").text())
                .contains("by 3 people").doesNotContain("by 4 people");

        // Only organisers remove it.
        long reportId = jdbc.sql("select r.id from opinion_map_reports r join consultations c on c.id = r.consultation_id"
                + " where c.slug = :s").param("s", slug).query(Long.class).single();
        String remove = "/consultations/" + slug + "/map-reports/" + reportId + "/remove";
        mapOwner.get("/consultations/" + slug + "/outcome");
        assertThat(mapOwner.postForm(remove, Map.of()).status()).isEqualTo(404);
        assertThat(reports(slug)).isEqualTo(1);
        organiser.get("/consultations/" + slug + "/outcome");
        Response removed = organiser.follow(organiser.submit(".outcome-attachment form", Map.of()));
        assertThat(removed.page().select(".notice").text()).contains("removed from the outcome");
        assertThat(removed.page().select(".outcome-attachment")).isEmpty();
        assertThat(reports(slug)).isZero();
    }

    @Test
    void mapsThatWouldLeakAndPeopleWhoDoNotOrganiseAreRefused() {
        WebSession mapOwner = Members.joined(url(""), unique("mapowner"));
        String linkOnly = votedMap(mapOwner, "LINK");
        WebSession organiser = Members.joined(url(""), unique("organiser"));
        String slug = consultationWithOutcome(organiser, jdbc, "Unlisted " + unique("c"));

        // An unlisted map's address is its owner's to publish.
        Document refused = organiser.get(linkOnly + "/report").page();
        assertThat(refused.select(".error-summary").text()).contains("shared only with people who have its link");
        assertThat(refused.select("form[action=" + linkOnly + "/report]")).isEmpty();
        Response forged = organiser.follow(organiser.postForm(linkOnly + "/report", Map.of("consultation", slug)));
        assertThat(forged.page().select(".error-summary").text()).contains("shared only with people who have its link");
        assertThat(reports(slug)).isZero();

        // Someone who does not organise the consultation cannot attach to it, even their own listed map.
        String listed = votedMap(mapOwner, "LISTED");
        Document none = mapOwner.get(listed + "/report").page();
        assertThat(none.text()).contains("You do not organise any consultations");
        Response notTheirs = mapOwner.follow(mapOwner.postForm(listed + "/report", Map.of("consultation", slug)));
        assertThat(notTheirs.page().select(".error-summary").text()).contains("Choose a consultation you organise");
        assertThat(reports(slug)).isZero();

        // An analyst of the consultation does not organise it.
        String analystName = unique("analyst");
        WebSession analyst = Members.joined(url(""), analystName);
        organiser.get("/consultations/" + slug + "/team");
        organiser.follow(organiser.submit("form[action=/consultations/" + slug + "/team]", Map.of("username", analystName)));
        assertThat(analyst.get(listed + "/report").page().text()).contains("You do not organise any consultations");
        Response byAnalyst = analyst.follow(analyst.postForm(listed + "/report", Map.of("consultation", slug)));
        assertThat(byAnalyst.page().select(".error-summary").text()).contains("Choose a consultation you organise");
        assertThat(reports(slug)).isZero();

        // A map without results has nothing to report.
        String empty = OpinionMapsIntegrationTest.open(organiser, "Empty " + unique("p"), "LISTED", "POST");
        assertThat(organiser.get(empty + "/report").page().select(".error-summary").text()).contains("no results yet");

        // The owner of an unlisted map who organises the consultation may publish it.
        String ownSlug = consultationWithOutcome(mapOwner, jdbc, "Own " + unique("c"));
        mapOwner.get(linkOnly + "/report");
        assertThat(mapOwner.submit("form[action=" + linkOnly + "/report]", Map.of("consultation", ownSlug)).location())
                .hasValueSatisfying(l -> assertThat(l).endsWith("/outcome"));
        assertThat(reports(ownSlug)).isEqualTo(1);
        assertThat(new WebSession(url("")).get(linkOnly + "/report").location())
                .hasValueSatisfying(l -> assertThat(l).contains("/signin"));
    }
}
