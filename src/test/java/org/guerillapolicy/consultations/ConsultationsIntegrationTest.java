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

class ConsultationsIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void badConsultationFormsAreRefusedWithMessagesAndInputKept() {
        WebSession organiser = Members.joined(url(""), unique("org"));
        organiser.get("/consultations/new");
        Response bad = organiser.submit("form[action=/consultations]", Map.of("title", " ", "summary", "",
                "openToChange", "", "background", "Kept background", "opensAt", "2027-03-01T09:00", "closesAt", "2027-02-01T09:00"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.page().select(".error-summary").text())
                .contains("Enter a title", "Enter a summary", "List at least one thing that is open to change");
        assertThat(bad.page().select("textarea#background").text()).isEqualTo("Kept background");

        Response backwards = organiser.submit("form[action=/consultations]", Map.of("title", "Backwards", "summary", "S",
                "openToChange", "A", "opensAt", "2027-03-01T09:00", "closesAt", "2027-02-01T09:00"));
        assertThat(backwards.page().select(".error-summary").text()).contains("closing time must be after the opening time");

        Response notADate = organiser.submit("form[action=/consultations]", Map.of("closesAt", "next tuesday"));
        assertThat(notADate.page().select(".error-summary").text()).contains("Enter a date and time");
    }

    @Test
    void aDraftIsForItsOrganisersOnlyAndPublishingListsIt() {
        WebSession organiser = Members.joined(url(""), unique("org"));
        String title = "Benefit assessments " + unique("t");
        String slug = ConsultationFixtures.create(organiser, title, Map.of("audienceSectors", "WELFARE"));
        WebSession stranger = Members.joined(url(""), unique("stranger"));
        WebSession anonymous = new WebSession(url(""));

        assertThat(stranger.get("/consultations/" + slug).status()).isEqualTo(404);
        assertThat(anonymous.get("/consultations/" + slug).status()).isEqualTo(404);
        assertThat(stranger.get("/consultations/" + slug + "/build").status()).isEqualTo(404);
        assertThat(stranger.get("/consultations").body()).doesNotContain(title);

        organiser.get("/consultations/" + slug + "/build");
        Response tooEarly = organiser.follow(organiser.submit("form[action=/consultations/" + slug + "/publish]", Map.of()));
        assertThat(tooEarly.page().select(".error-summary").text()).contains("needs at least one question");

        ConsultationFixtures.addEveryKindOfQuestion(organiser, slug);
        organiser.get("/consultations/" + slug + "/build");
        Response badQuestion = organiser.submit("form[action=/consultations/" + slug + "/questions]",
                Map.of("kind", "SINGLE_CHOICE", "prompt", "Only one option?", "options", "Just one"));
        assertThat(badQuestion.page().select(".error-summary").text()).contains("between 2 and 12 options");
        assertThat(badQuestion.page().select("textarea#prompt").text()).isEqualTo("Only one option?");
        ConsultationFixtures.publish(organiser, slug);

        Document page = anonymous.get("/consultations/" + slug).page();
        assertThat(page.select("h1").text()).isEqualTo(title);
        assertThat(page.select(".scope").text()).contains("How assessments are booked", "The budget for the benefit");
        assertThat(page.select(".markdown h3").text()).isEqualTo("Why");
        assertThat(page.select(".markdown strong").text()).isEqualTo("changing");
        assertThat(anonymous.get("/consultations?state=open&sector=WELFARE").body()).contains(title);
        assertThat(anonymous.get("/consultations?state=open&sector=HOUSING").body()).doesNotContain(title);
        assertThat(anonymous.get("/consultations?state=closed").body()).doesNotContain(title);
        assertThat(anonymous.get("/consultations?page=0").body()).contains(title);
        assertThat(anonymous.get("/consultations?page=2").status()).isEqualTo(200);
        assertThat(anonymous.get("/consultations?page=two").status()).isEqualTo(400);

        assertThat(stranger.get("/consultations/" + slug + "/edit").status()).isEqualTo(404);
        organiser.get("/consultations/" + slug + "/edit");
        Response badEdit = organiser.submit("main form", Map.of("summary", "", "title", "Kept title"));
        assertThat(badEdit.page().select(".error-summary").text()).contains("Enter a summary");
        assertThat(badEdit.page().select("input#title").val()).isEqualTo("Kept title");
        Response edited = organiser.follow(organiser.submit("main form", Map.of("title", title + " (revised)",
                "summary", "A clearer summary.", "closesAt", "2099-01-31T17:00")));
        assertThat(edited.page().select("h1").text()).isEqualTo(title + " (revised)");
        assertThat(edited.page().text()).contains("The details are saved", "A clearer summary.", "5:00pm on 31 January 2099",
                "How assessments are booked");

        organiser.get("/consultations/" + slug + "/build");
        assertThat(organiser.follow(organiser.postForm("/consultations/" + slug + "/questions",
                Map.of("kind", "FREE_TEXT", "prompt", "Late question", "maxLength", "100"))).page().text())
                .contains("cannot change once the consultation is published");
    }

    @Test
    void hostileMarkdownIsShownAsTextNotRun() {
        WebSession organiser = Members.joined(url(""), unique("org"));
        String slug = ConsultationFixtures.create(organiser, "Hostile " + unique("t"), Map.of("background",
                "<script>alert('x')</script>\n\n[click](javascript:alert(1))\n\n<img src=x onerror=alert(2)>\n\n# Heading"));
        Document page = organiser.get("/consultations/" + slug).page();
        assertThat(page.select(".markdown script, .markdown img, main script")).isEmpty();
        assertThat(page.select(".markdown a").attr("href")).doesNotContain("javascript");
        assertThat(page.select(".markdown").text()).contains("<script>alert('x')</script>");
        assertThat(page.select("main h1")).hasSize(1);
    }

    @Test
    void anAnonymousRespondentAnswersSectionBySectionSavesComesBackSendsAndWithdraws() {
        WebSession organiser = Members.joined(url(""), unique("org"));
        String slug = ConsultationFixtures.create(organiser, "Responding " + unique("t"), Map.of());
        ConsultationFixtures.addEveryKindOfQuestion(organiser, slug);
        ConsultationFixtures.publish(organiser, slug);

        WebSession respondent = new WebSession(url(""));
        respondent.get("/consultations/" + slug + "/respond");
        Response started = respondent.submit("form[action=/consultations/" + slug + "/responses]", Map.of());
        String about = started.location().orElseThrow();
        assertThat(about).matches(".*/consultations/" + slug + "/responses/[A-Za-z0-9_-]{43}/about");
        String link = about.replace("/about", "").replaceAll("^https?://[^/]+", "");

        respondent.get(link + "/about");
        respondent.follow(respondent.submit("main form", Map.of("capacity", "SERVICE_USER", "sector", "WELFARE",
                "locality", "Leeds", "publishConsent", "true")));
        assertThat(respondent.last().uri().getPath()).endsWith("/sections/1");

        Response missing = respondent.submit("main form", Map.of("action", "continue"));
        assertThat(missing.page().select(".error-summary").text())
                .contains("Enter an answer to: What went wrong", "Select an answer to: Assessors understood");

        String tooLong = "x".repeat(51);
        Response overLong = respondent.submit("main form", Map.of("q" + questionId(missing, 0), tooLong, "action", "continue"));
        assertThat(overLong.page().select(".error-summary").text()).contains("must be 50 characters or fewer; it has 51");
        assertThat(overLong.page().select("textarea").first().text()).isEqualTo(tooLong);

        Response saved = respondent.submit("main form", Map.of("q" + questionId(missing, 0), "The assessor did not read my notes",
                "action", "save"));
        assertThat(saved.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/saved"));
        assertThat(respondent.follow(saved).page().select(".private-link").text()).contains(link + "/check");

        // Coming back later with the link alone, in a new browser.
        WebSession later = new WebSession(url(""));
        Document check = later.get(link + "/check").page();
        assertThat(check.select(".error-summary").text()).contains("Answer: Assessors understood my condition.");
        assertThat(check.text()).contains("The assessor did not read my notes");
        assertThat(later.submit("form[action$=/submit]", Map.of()).page().select(".error-summary").text())
                .contains("Answer the required questions");

        later.get(link + "/sections/1");
        String agreement = "q" + questionId(later.last(), 1);
        later.follow(later.submit("main form", Map.of(agreement, "3", "action", "continue")));
        assertThat(later.last().uri().getPath()).endsWith("/sections/2");
        Document second = later.last().page();
        String single = second.select("fieldset").get(0).id();
        String multiple = second.select("fieldset").get(1).id();
        String ranking = second.select("fieldset").get(2).id();
        Response badRanking = later.submit("main form", Map.of(single, "1", multiple + "-0", "on", multiple + "-2", "on",
                ranking + "-0", "1", ranking + "-1", "1", ranking + "-2", "2", "action", "continue"));
        assertThat(badRanking.page().select(".error-summary").text()).contains("different place from 1 to 3");
        later.follow(later.submit("main form", Map.of(single, "1", multiple + "-0", "on", multiple + "-2", "on",
                ranking + "-0", "2", ranking + "-1", "1", ranking + "-2", "3", "action", "continue")));
        assertThat(later.last().uri().getPath()).endsWith("/check");
        assertThat(later.last().page().text()).contains("Disagree", "At a centre", "Shorter forms; Paper copies",
                "1. Fairness; 2. Speed; 3. Kindness");

        Response sent = later.follow(later.submit("form[action$=/submit]", Map.of()));
        assertThat(sent.page().select("h1").text()).isEqualTo("Response sent");
        assertThat(sent.page().select(".private-link").text()).endsWith(link);
        assertThat(later.get(link + "/sections/1").location()).hasValueSatisfying(l -> assertThat(l).endsWith(link));

        String tampered = link.substring(0, link.length() - 2) + (link.endsWith("AA") ? "BB" : "AA");
        Response refused = respondent.get(tampered);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.page().select("h1").text()).isEqualTo("This response link does not work");
        assertThat(respondent.get("/consultations/" + slug + "/responses/short").status()).isEqualTo(404);

        later.get(link);
        Response withdrawn = later.follow(later.submit("form[action$=/withdraw]", Map.of()));
        assertThat(withdrawn.page().text()).contains("Your response has been withdrawn", "You withdrew this response");
        assertThat(withdrawn.page().text()).doesNotContain("The assessor did not read my notes");
    }

    @Test
    void afterClosingResponsesAreRefusedAndDraftsKept() {
        WebSession organiser = Members.joined(url(""), unique("org"));
        String slug = ConsultationFixtures.create(organiser, "Closing " + unique("t"), Map.of());
        ConsultationFixtures.addEveryKindOfQuestion(organiser, slug);
        ConsultationFixtures.publish(organiser, slug);
        WebSession respondent = Members.joined(url(""), unique("resp"));
        respondent.get("/consultations/" + slug + "/respond");
        String about = respondent.submit("form[action=/consultations/" + slug + "/responses]", Map.of()).location().orElseThrow();
        respondent.get(about);

        jdbc.sql("update consultations set opens_at = now() - interval '2 days', closes_at = now() - interval '1 minute' where slug = :s")
                .param("s", slug).update();

        Response refused = respondent.submit("main form", Map.of("capacity", "CARER"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.page().text()).contains("This consultation closed at", "Responses are no longer accepted");
        assertThat(respondent.get("/consultations/" + slug + "/respond").page().text()).contains("Responses are no longer accepted");
        assertThat(jdbc.sql("select count(*) from consultation_responses r join consultations c on c.id = r.consultation_id"
                + " where c.slug = :s and r.status = 'DRAFT'").param("s", slug).query(Long.class).single()).isEqualTo(1);
        assertThat(new WebSession(url("")).get("/consultations?state=closed").body()).contains(slug);
        WebSession organiserLater = organiser;
        organiserLater.get("/consultations/" + slug + "/edit");
        assertThat(organiserLater.submit("main form", Map.of()).page().select(".error-summary").text())
                .contains("has closed, so its details can no longer change");
    }

    private static long questionId(Response page, int index) {
        return Long.parseLong(page.page().select("textarea, fieldset").get(index).attr("id").replaceAll("\\D", ""));
    }

    @Test
    void organisersPutTheQuestionsOfADraftInOrder() {
        WebSession organiser = Members.joined(url(""), unique("org"));
        String slug = ConsultationFixtures.create(organiser, "Order " + unique("t"), Map.of());
        ConsultationFixtures.addEveryKindOfQuestion(organiser, slug);
        String build = "/consultations/" + slug + "/build";
        Document before = organiser.get(build).page();
        assertThat(before.select(".build-section").first().select(".question-list > li > strong").eachText())
                .containsExactly("What went wrong in your assessment?", "Assessors understood my condition.");
        String second = before.select(".build-section").first().select("form[action$=/move]").last().attr("action");

        Document moved = organiser.follow(organiser.postForm(second, Map.of("direction", "up"))).page();
        assertThat(moved.select(".build-section").first().select(".question-list > li > strong").eachText())
                .containsExactly("Assessors understood my condition.", "What went wrong in your assessment?");
        assertThat(moved.text()).contains("Question moved up.");

        Document refused = organiser.follow(organiser.postForm(second, Map.of("direction", "up"))).page();
        assertThat(refused.text()).contains("already first in its section");
        assertThat(organiser.postForm(second, Map.of("direction", "sideways")).status()).isEqualTo(400);
        assertThat(Members.joined(url(""), unique("other")).postForm(second, Map.of("direction", "down")).status())
                .isEqualTo(404);

        ConsultationFixtures.publish(organiser, slug);
        Document published = organiser.follow(organiser.postForm(second, Map.of("direction", "down"))).page();
        assertThat(published.text()).contains("cannot change once the consultation is published");
        assertThat(organiser.get(build).page().select(".build-section").first().select(".question-list > li > strong")
                .eachText()).containsExactly("Assessors understood my condition.", "What went wrong in your assessment?");
    }
}
