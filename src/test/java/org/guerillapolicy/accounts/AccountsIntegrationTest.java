package org.guerillapolicy.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AccountsIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void joiningSignsYouInAndStoresAHashedPassword() {
        String username = unique("join");
        WebSession session = Members.joined(url(""), username);

        assertThat(session.last().uri().getPath()).isEqualTo("/settings/profile");
        assertThat(session.last().page().select("h1").text()).isEqualTo("Your profile");
        String hash = jdbc.sql("select password_hash from accounts where username = :u")
                .param("u", username).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(Members.PASSWORD);
    }

    @Test
    void badSignUpsAreExplainedAndNothingIsSaved() {
        String taken = unique("taken");
        Members.joined(url(""), taken);
        WebSession visitor = new WebSession(url(""));

        Response response = signUp(visitor, Map.of("username", taken.toUpperCase(), "email", "not-an-address",
                "password", "short", "displayName", ""));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.page().title()).startsWith("Error:");
        assertThat(response.page().select(".error-summary li").eachText()).contains(
                "That username is taken. Choose another",
                "Enter an email address in the correct format, like name@example.org",
                "Password must be between 10 and 128 characters",
                "Enter the name to show on your profile");
        assertThat(response.page().select("#email").val()).isEqualTo("not-an-address");
        assertThat(jdbc.sql("select count(*) from accounts where email = 'not-an-address'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aTamperedChoiceIsAFormErrorNotACrash() {
        Response response = signUp(new WebSession(url("")), Map.of("kind", "ROBOT"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.page().select(".error-summary").text()).contains("not one of the choices");
    }

    @Test
    void signingInChangesTheSessionIdAndSigningOutEndsIt() {
        String username = unique("session");
        Members.joined(url(""), username);
        WebSession visitor = new WebSession(url(""));
        visitor.get("/signin");
        String before = visitor.cookie("JSESSIONID").orElseThrow();

        Response signedIn = visitor.submit("form[action=/signin]", Map.of("username", username, "password", Members.PASSWORD));

        assertThat(signedIn.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
        assertThat(visitor.cookie("JSESSIONID")).isPresent().get().isNotEqualTo(before);
        visitor.follow(signedIn);
        Response signedOut = visitor.follow(visitor.submit("form[action=/signout]", Map.of()));
        assertThat(signedOut.page().select(".notice").text()).contains("You have signed out");
        assertThat(visitor.get("/home").location()).hasValueSatisfying(l -> assertThat(l).endsWith("/signin"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        String username = unique("locked");
        Members.joined(url(""), username);
        WebSession guesser = new WebSession(url(""));
        for (int attempt = 1; attempt <= 5; attempt++) {
            guesser.get("/signin");
            assertThat(guesser.submit("form[action=/signin]", Map.of("username", username, "password", "wrong guess " + attempt))
                    .location()).hasValueSatisfying(l -> assertThat(l).endsWith("/signin?error"));
        }
        guesser.get("/signin");
        Response locked = guesser.submit("form[action=/signin]", Map.of("username", username, "password", Members.PASSWORD));

        assertThat(locked.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/signin?locked"));
        assertThat(guesser.follow(locked).page().select(".error-summary").text()).contains("locked for 15 minutes");
    }

    @Test
    void ownersEditTheirProfileAndEveryoneSeesIt() {
        String username = unique("profile");
        WebSession owner = Members.joined(url(""), username);

        Response saved = owner.submit("form[action=/settings/profile]", Map.of(
                "displayName", "Willow", "pseudonymous", "true", "roles", "CARER", "sectors", "SOCIAL_CARE",
                "locality", "Norfolk", "bio", "I care for my dad.", "website", "https://example.org/willow"));
        assertThat(saved.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/@" + username + "?saved"));

        Response profile = new WebSession(url("")).get("/@" + username);
        assertThat(profile.page().select("h1").text()).isEqualTo("Willow");
        assertThat(profile.page().text()).contains("Takes part under a pseudonym", "Carer", "Social care", "Norfolk",
                "I care for my dad.").doesNotContain(username + "@example.org");
        assertThat(profile.page().select("a[href=https://example.org/willow]")).hasSize(1);
    }

    @Test
    void badProfileValuesAreExplained() {
        WebSession owner = Members.joined(url(""), unique("badprof"));

        Response response = owner.submit("form[action=/settings/profile]", Map.of(
                "displayName", "", "website", "javascript:alert(1)", "bio", "x".repeat(501)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.page().select(".error-summary li").eachText()).contains(
                "Enter the name to show on your profile", "Website must start with https:// or http://",
                "About you must be 500 characters or fewer");
    }

    @Test
    void theSettingsPageNeedsSigningIn() {
        assertThat(new WebSession(url("")).get("/settings/profile").location())
                .hasValueSatisfying(l -> assertThat(l).endsWith("/signin"));
    }

    private static Response signUp(WebSession visitor, Map<String, String> overrides) {
        visitor.get("/signup");
        Map<String, String> fields = new HashMap<>(Map.of("username", unique("new"), "displayName", "New person",
                "email", unique("mail") + "@example.org", "password", Members.PASSWORD, "kind", "PERSON"));
        fields.putAll(overrides);
        return visitor.submit("form[action=/signup]", fields);
    }
}
