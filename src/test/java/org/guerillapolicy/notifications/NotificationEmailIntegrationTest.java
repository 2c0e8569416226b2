package org.guerillapolicy.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guerillapolicy.notifications.internal.DailyDigest;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Mailbox;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Notification email against a real SMTP server: straight away, in the daily digest, and unsubscribing. */
class NotificationEmailIntegrationTest extends IntegrationTest {

    private static final String BASE_URL = "http://localhost:8080";
    private static final Pattern UNSUBSCRIBE_LINK = Pattern.compile(
            Pattern.quote(BASE_URL) + "(/notifications/unsubscribe\\?token=[A-Za-z0-9_-]+)");

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        Mailbox.configure(registry);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DailyDigest digest;

    Mailbox mailbox = Mailbox.get();
    Acts acts;

    @BeforeEach
    void acts() {
        acts = new Acts(jdbc);
    }

    @Test
    void aMentionIsEmailedStraightAwayAsHtmlAndTextWithAbsoluteLinksAndOneClickUnsubscribe() throws Exception {
        String author = unique("author");
        String named = unique("named");
        WebSession writer = Members.joined(url(""), author);
        WebSession reader = Members.joined(url(""), named);
        choose(reader, Map.of("MENTION", "IMMEDIATE"));

        long postId = Members.post(writer, "Carers lose respite when budgets split, @" + named, false);
        MimeMessage email = mailbox.waitFor(named + "@example.org", 1).getFirst();

        assertThat(email.getSubject()).isEqualTo("Display " + author + " mentioned you on Guerilla Policy");
        String link = BASE_URL + "/@" + author + "/" + postId;
        String text = Mailbox.part(email, "text/plain");
        String html = Mailbox.part(email, "text/html");
        assertThat(text).contains("Display " + author + " mentioned you", "Carers lose respite", link);
        assertThat(html).contains("href=\"" + link + "\"", "Carers lose respite");
        String unsubscribe = email.getHeader("List-Unsubscribe", null);
        assertThat(unsubscribe).matches("<" + UNSUBSCRIBE_LINK.pattern() + ">");
        assertThat(email.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(text).contains(unsubscribe.substring(1, unsubscribe.length() - 1));
        assertThat(acts.kinds(author)).isEmpty();
    }

    @Test
    void theUnsubscribeLinkAsksFirstThenStopsThatKindOfEmailOnly() {
        String author = unique("author");
        String named = unique("named");
        WebSession writer = Members.joined(url(""), author);
        WebSession reader = Members.joined(url(""), named);
        choose(reader, Map.of("MENTION", "IMMEDIATE", "FOLLOW", "IMMEDIATE"));
        Members.post(writer, "A first mention of @" + named, false);
        String path = unsubscribePath(mailbox.waitFor(named + "@example.org", 1).getFirst());

        WebSession fromEmail = new WebSession(url(""));
        WebSession.Response confirm = fromEmail.get(path);
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.page().select("main").text()).contains("Stop emails when someone mentions you?");
        assertThat(acts.kinds(named)).containsExactly("MENTION");

        WebSession.Response done = fromEmail.submit("main form", Map.of());
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.page().select("h1").text()).isEqualTo("You are unsubscribed");
        assertThat(done.page().select("main").text()).contains("You will no longer get emails when someone mentions you");
        assertThat(reader.get("/settings/notifications").page().select("input[name=MENTION][checked]").val())
                .isEqualTo("NEVER");

        Members.post(writer, "A second mention of @" + named, false);
        assertThat(acts.awaitNotification(named, "MENTION")).isEqualTo("NONE");
        Acts.follow(writer, named);
        acts.awaitNotification(named, "FOLLOW");
        List<MimeMessage> emails = mailbox.waitFor(named + "@example.org", 2);
        assertThat(emails).hasSize(2);
        assertThat(subject(emails.getLast())).contains("followed you");
    }

    @Test
    void oneClickUnsubscribeWorksWithoutASessionOrForm() throws Exception {
        String author = unique("author");
        String named = unique("named");
        WebSession writer = Members.joined(url(""), author);
        WebSession reader = Members.joined(url(""), named);
        choose(reader, Map.of("MENTION", "IMMEDIATE"));
        Members.post(writer, "Mentioning @" + named, false);
        String path = unsubscribePath(mailbox.waitFor(named + "@example.org", 1).getFirst());

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("You are unsubscribed");
        assertThat(jdbc.sql("select delivery from notification_preferences where account_id = :a and kind = 'MENTION'")
                .param("a", acts.accountId(named)).query(String.class).single()).isEqualTo("NEVER");
    }

    @Test
    void aBadUnsubscribeTokenGetsAClearPageAndChangesNothing() throws Exception {
        WebSession anyone = new WebSession(url(""));
        WebSession.Response page = anyone.get("/notifications/unsubscribe?token=not-a-real-token");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.page().select("h1").text()).isEqualTo("This unsubscribe link does not work");
        assertThat(anyone.get("/notifications/unsubscribe").status()).isEqualTo(404);

        HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(url("/notifications/unsubscribe?token=not-a-real-token")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(404);
        assertThat(post.body()).contains("Nothing was changed");
    }

    @Test
    void theDailyDigestGathersSeveralNotificationsIntoOneEmailSentOnce() throws Exception {
        String named = unique("digested");
        WebSession reader = Members.joined(url(""), named);
        String author = unique("author");
        WebSession writer = Members.joined(url(""), author);
        Acts.follow(writer, named);
        Acts.follow(Members.joined(url(""), unique("second")), named);
        Members.post(writer, "Daily news for @" + named, false);
        assertThat(acts.awaitNotification(named, "MENTION")).isEqualTo("DIGEST");
        acts.awaitNotification(named, "FOLLOW");
        org.awaitility.Awaitility.await().until(() -> acts.kinds(named).size() == 3);

        assertThat(digest.sendDue()).isPositive();
        List<MimeMessage> emails = mailbox.waitFor(named + "@example.org", 1);
        assertThat(emails).hasSize(1);
        MimeMessage email = emails.getFirst();
        assertThat(email.getSubject()).isEqualTo("Your daily digest from Guerilla Policy: 3 notifications");
        String text = Mailbox.part(email, "text/plain");
        assertThat(text).contains("Display " + author + " mentioned you", "Daily news for", "followed you",
                BASE_URL + "/@" + author);
        assertThat(Mailbox.part(email, "text/html")).contains("Daily news for", "href=\"" + BASE_URL + "/notifications\"");
        assertThat(email.getHeader("List-Unsubscribe", null)).matches("<" + UNSUBSCRIBE_LINK.pattern() + ">");

        digest.sendDue();
        assertThat(mailbox.to(named + "@example.org")).hasSize(1);

        WebSession fromEmail = new WebSession(url(""));
        fromEmail.get(unsubscribePath(email));
        assertThat(fromEmail.submit("main form", Map.of()).page().select("main").text())
                .contains("You will no longer get the daily digest email");
        assertThat(reader.get("/settings/notifications").page().select("input[name=FOLLOW][checked]").val())
                .isEqualTo("NEVER");
    }

    @Test
    void choosingNoEmailSendsNothingNowOrInTheDigest() {
        String named = unique("quiet");
        WebSession reader = Members.joined(url(""), named);
        choose(reader, Map.of("MENTION", "NEVER", "FOLLOW", "NEVER"));
        WebSession writer = Members.joined(url(""), unique("author"));
        Acts.follow(writer, named);
        Members.post(writer, "Hello @" + named, false);

        assertThat(acts.awaitNotification(named, "MENTION")).isEqualTo("NONE");
        assertThat(acts.awaitNotification(named, "FOLLOW")).isEqualTo("NONE");
        digest.sendDue();
        assertThat(mailbox.to(named + "@example.org")).isEmpty();
        assertThat(reader.get("/notifications").page().select(".notification")).hasSize(2);
    }

    private static void choose(WebSession person, Map<String, String> choices) {
        person.get("/settings/notifications");
        WebSession.Response saved = person.submit("form[action=/settings/notifications]", choices);
        assertThat(saved.location()).get().asString().endsWith("?saved");
    }

    private static String unsubscribePath(MimeMessage email) {
        Matcher link = UNSUBSCRIBE_LINK.matcher(Mailbox.part(email, "text/plain"));
        assertThat(link.find()).as("the email has an unsubscribe link").isTrue();
        return link.group(1);
    }

    private static String subject(MimeMessage email) {
        try {
            return email.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
