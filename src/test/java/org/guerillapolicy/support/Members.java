package org.guerillapolicy.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/** Signs people up through the real sign-up form, so tests start from what a new member would have. */
public final class Members {

    public static final String PASSWORD = "a long enough password";

    private Members() {
    }

    /** A visitor who has just joined as a person with the given username, and is signed in. */
    public static WebSession joined(String baseUrl, String username) {
        return joined(baseUrl, username, "PERSON");
    }

    public static WebSession joined(String baseUrl, String username, String kind) {
        WebSession session = new WebSession(baseUrl);
        session.get("/signup");
        WebSession.Response response = session.submit("form[action=/signup]", Map.of(
                "username", username,
                "displayName", "Display " + username,
                "email", username + "@example.org",
                "password", PASSWORD,
                "kind", kind));
        assertThat(response.location()).as("sign-up of %s redirects", username).isPresent();
        session.follow(response);
        return session;
    }

    /** A visitor who signs in to an existing account through the sign-in form. */
    public static WebSession signedIn(String baseUrl, String username) {
        WebSession session = new WebSession(baseUrl);
        session.get("/signin");
        WebSession.Response response = session.submit("form[action=/signin]",
                Map.of("username", username, "password", PASSWORD));
        assertThat(response.location()).as("sign-in of %s", username)
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        session.follow(response);
        return session;
    }

    /** Writes a post from the home page and returns its id. */
    public static long post(WebSession session, String body, boolean question) {
        session.get("/home");
        WebSession.Response response = session.submit("form[action=/posts]",
                question ? Map.of("body", body, "question", "true") : Map.of("body", body));
        String location = response.location().orElseThrow(() -> new AssertionError(
                "Posting did not redirect: " + response.status() + " " + response.page().select(".error-summary").text()));
        return Long.parseLong(location.replaceAll(".*posted=", ""));
    }
}
