package org.guerillapolicy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.junit.jupiter.api.Test;

class PlatformIntegrationTest extends IntegrationTest {

    @Test
    void pagesCarrySecurityHeaders() {
        Response page = new WebSession(url("")).get("/");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void unknownPagesAndBadAddressesGetPlainPagesWithoutStackTraces() {
        WebSession visitor = new WebSession(url(""));

        Response missing = visitor.get("/no/such/page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.page().select("h1").text()).isEqualTo("Page not found");

        Response badNumber = visitor.get("/public?before=yesterday");
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.page().select("h1").text()).isEqualTo("Something was wrong with that request");
        assertThat(badNumber.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void anExpiredFormIsExplainedAndNothingIsSaved() {
        WebSession member = Members.joined(url(""), unique("expired"));
        member.get("/home");

        Response stale = member.submit("form[action=/posts]", Map.of("body", "Never saved", "_csrf", "stale-token"));

        assertThat(stale.status()).isEqualTo(403);
        assertThat(stale.page().select("h1").text()).isEqualTo("This form has expired");
        assertThat(member.get("/home").page().text()).doesNotContain("Never saved");
    }

    @Test
    void anExpiredSignInFormIsExplainedToo() {
        WebSession visitor = new WebSession(url(""));
        visitor.get("/signin");

        Response stale = visitor.submit("form[action=/signin]", Map.of("username", "x", "password", "y", "_csrf", "old"));

        assertThat(stale.status()).isEqualTo(403);
        assertThat(stale.page().select("h1").text()).isEqualTo("This form has expired");
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(), BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }
}
