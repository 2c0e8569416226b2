package org.guerillapolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;

/** Projects and contributions made through the real pages. */
public final class ProjectFixtures {

    private ProjectFixtures() {
    }

    public static String slug(String prefix) {
        return IntegrationTest.unique(prefix).replace('_', '-');
    }

    /** Starts a project; groupSlug is blank for a project of one's own. */
    public static String start(WebSession owner, String slug, String groupSlug, String visibility) {
        owner.get("/projects/new");
        Response response = owner.submit("form[action=/projects]", Map.of("title", "Project " + slug, "slug", slug,
                "summary", "Why carers lose respite", "groupSlug", groupSlug, "visibility", visibility));
        assertThat(response.location()).as("starting %s: %s", slug, response.page().select(".error-summary").text())
                .hasValueSatisfying(location -> assertThat(location).endsWith("/projects/" + slug + "?started"));
        return slug;
    }

    public static void move(WebSession owner, String slug, String direction) {
        owner.get("/projects/" + slug);
        Response response = owner.postForm("/projects/" + slug + "/stage", Map.of("direction", direction));
        assertThat(response.location()).isPresent();
    }

    /** Adds a contribution from a stage page (problem, evidence or options) and returns its id. */
    public static long contribute(WebSession member, String slug, String stage, Map<String, String> fields) {
        member.get("/projects/" + slug + "/" + stage);
        Response response = member.submit("form[method=post][action=/projects/" + slug + "/" + stage + "]", fields);
        String location = response.location().orElseThrow(() -> new AssertionError("Not added: "
                + response.status() + " " + response.uri() + " " + response.page().title() + " "
                + response.page().select(".error-summary, .notice").text()));
        return Long.parseLong(location.replaceAll(".*#c-", ""));
    }

    public static long question(WebSession member, String slug, String text) {
        return contribute(member, slug, "problem", Map.of("body", text));
    }

    public static void decide(WebSession owner, String slug, long id, String outcome, String reason) {
        owner.get("/projects/" + slug + "/outcomes");
        Map<String, String> fields = new HashMap<>(Map.of("outcome", outcome, "reason", reason));
        Response response = owner.submit("form[action=/projects/" + slug + "/contributions/" + id + "/outcome]", fields);
        assertThat(owner.follow(response).page().select(".notice").text()).contains("outcome is saved");
    }
}
