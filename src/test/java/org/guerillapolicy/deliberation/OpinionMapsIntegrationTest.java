package org.guerillapolicy.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OpinionMapsIntegrationTest extends IntegrationTest {

    static final List<String> SEEDS = List.of("Respite should be bookable at short notice",
            "Carers should get a personal budget for breaks", "Day centres should open at weekends",
            "Respite is best provided by the NHS");

    @Autowired
    JdbcClient jdbc;

    /** Opens a map and returns its path. */
    static String open(WebSession owner, String prompt, String participation, String moderation) {
        owner.get("/maps/new");
        Response opened = owner.submit("form[action=/maps]", Map.of("prompt", prompt,
                "statements", String.join("\n", SEEDS), "participation", participation, "openStatements", "true",
                "moderation", moderation));
        assertThat(opened.location()).as(opened.body()).isPresent();
        return opened.location().orElseThrow().replaceAll("\\?.*", "").replaceAll("^https?://[^/]+", "");
    }

    /** Votes on every statement offered, agreeing with the ones the chooser says to agree with. */
    static void voteOnEverything(WebSession person, String path, java.util.function.Predicate<String> agrees) {
        for (int i = 0; i < 20; i++) {
            Document page = person.get(path).page();
            if (page.selectFirst("#statement-text") == null) {
                return;
            }
            String statement = page.selectFirst("#statement-text").text();
            person.submit("form[action=" + path + "/votes]", Map.of("vote", agrees.test(statement) ? "1" : "-1"));
        }
        throw new AssertionError("Too many statements offered");
    }

    static Document mapWhenUpdated(WebSession viewer, String path, String expected) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        Document map = viewer.get(path + "/map").page();
        while (!map.text().contains(expected) && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            map = viewer.get(path + "/map").page();
        }
        return map;
    }

    @Test
    void badMapFormsAreRefusedWithMessagesAndNothingSaved() {
        String ownerName = unique("owner");
        WebSession owner = Members.joined(url(""), ownerName);
        owner.get("/maps/new");
        Response bad = owner.submit("form[action=/maps]", Map.of("prompt", " ", "statements", "x".repeat(141)));

        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.page().select(".error-summary").text()).contains("Enter the question or topic",
                "140 characters or fewer", "Choose who may take part", "Choose when new statements are checked");
        assertThat(bad.page().select("textarea#statements").text()).hasSize(141);
        owner.get("/maps/new");
        Response twice = owner.submit("form[action=/maps]", Map.of("prompt", "Twice", "statements", "Same\nOther\nsame ",
                "participation", "LISTED", "openStatements", "true", "moderation", "POST"));
        assertThat(twice.page().select(".error-summary").text()).contains("Each seed statement must be different");
        assertThat(jdbc.sql("select count(*) from opinion_maps m join accounts a on a.id = m.created_by where a.username = :u")
                .param("u", ownerName).query(Long.class).single()).isZero();
        assertThat(new WebSession(url("")).get("/maps/new").location()).hasValueSatisfying(
                location -> assertThat(location).contains("/signin"));

        // Values no form offers: a message on the form, with what was typed kept.
        owner.get("/maps/new");
        Response forged = owner.submit("form[action=/maps]", Map.of("prompt", "Forged choices", "statements", "One",
                "participation", "BOGUS", "openStatements", "maybe", "moderation", "X", "stage", "abc"));
        assertThat(forged.status()).isEqualTo(200);
        assertThat(forged.page().select(".error-summary").text()).contains("That value is not one of the choices");
        assertThat(forged.page().select("textarea#prompt").text()).isEqualTo("Forged choices");
        owner.get("/maps/import");
        Response forgedImport = owner.submitFiles("form[action=/maps/import]",
                Map.of("prompt", "Forged import", "participation", "BOGUS", "stage", "abc"), Map.of());
        assertThat(forgedImport.status()).isEqualTo(200);
        assertThat(forgedImport.page().select(".error-summary").text()).contains("That value is not one of the choices");
        assertThat(jdbc.sql("select count(*) from opinion_maps m join accounts a on a.id = m.created_by where a.username = :u")
                .param("u", ownerName).query(Long.class).single()).isZero();
    }

    @Test
    void threePeopleVoteAndTheMapShowsGroupsAndCommonGroundWithoutAnyNames() {
        String ownerName = unique("owner");
        WebSession owner = Members.joined(url(""), ownerName);
        String prompt = "How should respite care change? " + unique("p");
        String path = open(owner, prompt, "LISTED", "POST");
        assertThat(new WebSession(url("")).get("/maps").page().text()).contains(prompt);

        voteOnEverything(owner, path, statement -> !statement.contains("NHS"));
        WebSession second = Members.joined(url(""), unique("second"));
        voteOnEverything(second, path, statement -> !statement.contains("NHS"));
        WebSession third = Members.joined(url(""), unique("third"));
        voteOnEverything(third, path, statement -> statement.contains("NHS") || statement.contains("short notice"));

        Document map = mapWhenUpdated(new WebSession(url("")), path, "from 12 votes");
        assertThat(map.text()).contains("from 12 votes", "by 3 people", "Group 1: 2 people", "Group 2: 1 person");
        assertThat(map.select("#consensus-heading + ul").text())
                .contains("100% of everyone agreed: Respite should be bookable at short notice");
        assertThat(map.select("#divide-heading + ul").text()).contains("Respite is best provided by the NHS")
                .doesNotContain("short notice");
        assertThat(map.select("svg[role=img] title").text()).isNotBlank();
        assertThat(map.select("table caption").text()).contains("The groups on the map");
        assertThat(map.text()).doesNotContain(ownerName);
        assertThat(map.select("time").attr("datetime")).isNotBlank();
        assertThat(map.select("#all-heading + p").text()).contains("Ordered by support across groups");
        Document byAgrees = new WebSession(url("")).get(path + "/map?order=agrees").page();
        assertThat(byAgrees.select("#all-heading + p").text()).contains("Ordered by number of agrees");
        assertThat(byAgrees.select(".support-list li").first().text()).contains("3 agrees");
    }

    @Test
    void preModeratedStatementsWaitForTheOwnerAndOnlyTheOwnerModerates() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String path = open(owner, "Pre-moderated " + unique("p"), "LINK", "PRE");
        assertThat(new WebSession(url("")).get("/maps").page().text()).doesNotContain("Pre-moderated");

        WebSession participant = Members.joined(url(""), unique("part"));
        participant.get(path);
        Response proposed = participant.follow(participant.submit("form[action=" + path + "/statements]",
                Map.of("body", "Carers need a single phone number")));
        assertThat(proposed.page().select(".notice").text()).contains("once the map's owner has checked it");
        Response tooLong = participant.follow(participant.submit("form[action=" + path + "/statements]",
                Map.of("body", "y".repeat(141))));
        assertThat(tooLong.page().select(".error-summary").text()).contains("1 to 140 characters");
        assertThat(tooLong.page().select("textarea#body").text()).hasSize(141);
        String emoji = "\uD83D\uDE00".repeat(140);
        Response manyEmoji = participant.follow(participant.submit("form[action=" + path + "/statements]",
                Map.of("body", emoji)));
        assertThat(manyEmoji.page().select(".notice").text()).contains("once the map's owner has checked it");
        Response again = participant.follow(participant.submit("form[action=" + path + "/statements]",
                Map.of("body", "  carers NEED a single   phone number ")));
        assertThat(again.page().select(".error-summary").text()).contains("The map already has that statement");

        assertThat(new WebSession(url("")).get(path + "/export/comments.csv").body()).doesNotContain("single phone number");
        assertThat(owner.get(path + "/export/comments.csv").body()).contains(",0,Carers need a single phone number");

        WebSession other = Members.joined(url(""), unique("other"));
        voteOnEverything(other, path, statement -> {
            assertThat(statement).isNotEqualTo("Carers need a single phone number");
            return true;
        });
        assertThat(participant.get(path + "/moderation").status()).isEqualTo(404);
        assertThat(participant.postForm(path + "/statements/1/moderation", Map.of("decision", "accept")).status())
                .isEqualTo(404);

        Document moderation = owner.get(path + "/moderation").page();
        assertThat(moderation.text()).contains("Carers need a single phone number", "Waiting");
        long statement = jdbc.sql("select id from opinion_statements where body = 'Carers need a single phone number'")
                .query(Long.class).list().getLast();
        owner.submit("form[action=" + path + "/statements/" + statement + "/moderation]", Map.of("decision", "accept"));
        assertThat(other.get(path).page().select("#statement-text").text()).isEqualTo("Carers need a single phone number");
    }

    @Test
    void exportsUseThePolisFormatAndNumbersInsteadOfNames() {
        String ownerName = unique("owner");
        WebSession owner = Members.joined(url(""), ownerName);
        String path = open(owner, "Export " + unique("p"), "LISTED", "POST");
        voteOnEverything(owner, path, statement -> true);
        String voterName = unique("voter");
        voteOnEverything(Members.joined(url(""), voterName), path, statement -> false);

        WebSession anyone = new WebSession(url(""));
        Response participants = anyone.get(path + "/export/participants-votes.csv");
        assertThat(participants.status()).isEqualTo(200);
        assertThat(participants.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(participants.body()).startsWith("participant,group-id,n-comments,n-votes,n-agree,n-disagree,")
                .contains("\n0,").contains("\n1,").doesNotContain(ownerName).doesNotContain(voterName);
        assertThat(anyone.get(path + "/export/votes.csv").body().lines()).hasSize(9)
                .first().isEqualTo("timestamp,datetime,comment-id,voter-id,vote");
        assertThat(anyone.get(path + "/export/comments.csv").body()).contains("Respite should be bookable at short notice");
        assertThat(anyone.get(path + "/export/secrets.txt").status()).isEqualTo(404);

        // The owner wrote the seed statements and voted first: neither may lead to the owner's votes.
        assertThat(anyone.get(path + "/export/comments.csv").body().lines().skip(1))
                .allSatisfy(line -> assertThat(line.split(",", -1)[3]).as("author-id").isEmpty());
        assertThat(participants.body().lines().skip(1))
                .allSatisfy(line -> assertThat(line.split(",", -1)[2]).as("n-comments").isEmpty());
        assertThat(anyone.get(path + "/export/votes.csv").body().lines().skip(1))
                .allSatisfy(line -> assertThat(Long.parseLong(line.split(",")[0]) % 86_400_000L).as("time of day").isZero());
        assertThat(anyone.get(path + "/export/participants-votes.csv").body()).isEqualTo(participants.body());
    }

    @Test
    void rolesAppearOnlyAsSuppressedCounts() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String path = open(owner, "Roles " + unique("p"), "LISTED", "POST");
        owner.get(path);
        owner.submit("form[action=" + path + "/role]", Map.of("role", "CARER"));
        voteOnEverything(owner, path, statement -> true);

        Document map = mapWhenUpdated(new WebSession(url("")), path, "Roles in this group");
        assertThat(map.text()).contains("Carer or family member fewer than 5");
        assertThat(new WebSession(url("")).get("/maps/999999").status()).isEqualTo(404);
        assertThat(new WebSession(url("")).get("/maps/nonsense").status()).isLessThan(500);
    }
}
