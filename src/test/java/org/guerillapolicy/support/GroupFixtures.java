package org.guerillapolicy.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Groups made through the real pages, as their members would make them. */
public final class GroupFixtures {

    private GroupFixtures() {
    }

    /** Creates a group from the form and returns its address (slug). */
    public static String create(WebSession owner, String slug, String visibility) {
        owner.get("/groups/new");
        WebSession.Response response = owner.submit("form[action=/groups]", Map.of(
                "name", "Group " + slug, "slug", slug, "description", "About " + slug, "visibility", visibility));
        assertThat(response.location()).as("creating %s: %s", slug,
                response.status() + " " + response.page().title() + " " + response.page().select(".error-summary").text()).hasValueSatisfying(location -> assertThat(location).endsWith("/groups/" + slug + "?created"));
        return slug;
    }

    /** The owner invites the person, who accepts from their invitations page. */
    public static void invite(WebSession owner, String slug, String username, WebSession invitee) {
        owner.get("/groups/" + slug + "/invite");
        assertThat(owner.submit("form[action=/groups/" + slug + "/invite]", Map.of("username", username)).location().orElseThrow())
                .endsWith("/groups/" + slug + "/invite");
        invitee.get("/groups/invitations");
        assertThat(invitee.submit("form[action=/groups/" + slug + "/invitation/accept]", Map.of()).location().orElseThrow())
                .endsWith("/groups/" + slug);
    }

    /** Writes a post from the group's page and returns its id. */
    public static long post(WebSession member, String slug, String body) {
        member.get("/groups/" + slug);
        WebSession.Response response = member.submit("form[action=/groups/" + slug + "/posts]", Map.of("body", body));
        String location = response.location().orElseThrow(() -> new AssertionError(
                "Posting in the group did not redirect: " + response.status() + " " + response.page().title() + " " + response.page().select(".error-summary").text()));
        return Long.parseLong(location.replaceAll(".*posted=", ""));
    }
}
