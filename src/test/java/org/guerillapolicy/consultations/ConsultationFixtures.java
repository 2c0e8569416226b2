package org.guerillapolicy.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.guerillapolicy.support.WebSession;

/** Consultations built through the real pages, as an organiser would build them. */
public final class ConsultationFixtures {

    private ConsultationFixtures() {
    }

    /** Creates a draft consultation open from now for a week and returns its address (slug). */
    public static String create(WebSession organiser, String title, Map<String, String> extra) {
        organiser.get("/consultations/new");
        Map<String, String> fields = new HashMap<>(Map.of(
                "title", title,
                "summary", "We want to hear how assessments for disability benefits work for you.",
                "background", "# Why\nAssessments are **changing**.",
                "openToChange", "How assessments are booked\nWho carries them out",
                "alreadyDecided", "The budget for the benefit",
                "audienceLocalities", "England and Wales"));
        fields.putAll(extra);
        WebSession.Response response = organiser.submit("form[action=/consultations]", fields);
        String location = response.location().orElseThrow(() -> new AssertionError("Creating did not redirect: "
                + response.page().select(".error-summary").text()));
        assertThat(location).endsWith("/build?created");
        return location.replaceAll(".*/consultations/", "").replace("/build?created", "");
    }

    /** A section with a question of every kind: free text (required, up to 50), single choice, multiple choice, agreement, ranking. */
    public static void addEveryKindOfQuestion(WebSession organiser, String slug) {
        organiser.get("/consultations/" + slug + "/build");
        organiser.follow(organiser.submit("form[action=/consultations/" + slug + "/sections]",
                Map.of("sectionTitle", "Your experience", "sectionIntroduction", "About your last assessment.")));
        question(organiser, slug, Map.of("kind", "FREE_TEXT", "prompt", "What went wrong in your assessment?",
                "maxLength", "50", "required", "true"));
        question(organiser, slug, Map.of("kind", "AGREEMENT", "prompt", "Assessors understood my condition.", "required", "true"));
        organiser.follow(organiser.submit("form[action=/consultations/" + slug + "/sections]",
                Map.of("sectionTitle", "Changes", "sectionIntroduction", "")));
        question(organiser, slug, Map.of("kind", "SINGLE_CHOICE", "prompt", "Where would you rather be assessed?",
                "options", "At home\nAt a centre\nBy video", "required", "false", "sectionId", lastSection(organiser)));
        question(organiser, slug, Map.of("kind", "MULTIPLE_CHOICE", "prompt", "Which changes matter to you?",
                "options", "Shorter forms\nNo repeat assessments\nPaper copies", "required", "false", "sectionId", lastSection(organiser)));
        question(organiser, slug, Map.of("kind", "RANKING", "prompt", "Rank these priorities.",
                "options", "Speed\nFairness\nKindness", "required", "false", "sectionId", lastSection(organiser)));
    }

    public static void publish(WebSession organiser, String slug) {
        organiser.get("/consultations/" + slug + "/build");
        WebSession.Response published = organiser.submit("form[action=/consultations/" + slug + "/publish]", Map.of());
        assertThat(published.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/consultations/" + slug));
        organiser.follow(published);
    }

    private static String lastSection(WebSession organiser) {
        return organiser.last().page().select("select#sectionId option").last().val();
    }

    private static void question(WebSession organiser, String slug, Map<String, String> fields) {
        WebSession.Response response = organiser.submit("form[action=/consultations/" + slug + "/questions]", fields);
        assertThat(response.location()).as("adding %s: %s", fields.get("prompt"),
                response.page().select(".error-summary").text()).isPresent();
        organiser.follow(response);
    }

    /**
     * Sends a whole response to a consultation built by {@link #addEveryKindOfQuestion}: about you, the free
     * text and agreement level of the first section, nothing in the optional second. Returns the private path.
     */
    static String respond(WebSession respondent, String slug, String capacity, boolean consent, String text, int agreement) {
        return respond(respondent, slug, capacity, consent, text, agreement, Map.of());
    }

    /** As above, with more answers to the "about you" page, such as an address for the receipt. */
    static String respond(WebSession respondent, String slug, String capacity, boolean consent, String text, int agreement,
                          Map<String, String> aboutYou) {
        respondent.get("/consultations/" + slug + "/respond");
        String about = respondent.submit("main form[action=/consultations/" + slug + "/responses]", Map.of())
                .location().orElseThrow();
        respondent.get(about);
        Map<String, String> aboutAnswers = new HashMap<>(Map.of("capacity", capacity, "sector", "WELFARE",
                "publishConsent", Boolean.toString(consent)));
        aboutAnswers.putAll(aboutYou);
        respondent.follow(respondent.submit("main form", aboutAnswers));
        var fieldsets = respondent.last().page().select("main textarea, main fieldset");
        respondent.follow(respondent.submit("main form", Map.of(fieldsets.get(0).id(), text,
                fieldsets.get(1).id(), Integer.toString(agreement), "action", "continue")));
        respondent.follow(respondent.submit("main form", Map.of("action", "continue")));
        WebSession.Response sent = respondent.submit("main form[action$=/submit]", Map.of());
        String location = sent.location().orElseThrow(() -> new AssertionError("Not sent: " + sent.page().text()));
        return location.replaceAll("^https?://[^/]+", "").replace("?sent", "");
    }
}
