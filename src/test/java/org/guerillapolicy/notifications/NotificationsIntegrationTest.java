package org.guerillapolicy.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.guerillapolicy.conversations.PostFavourited;
import org.guerillapolicy.notifications.internal.DailyDigest;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

class NotificationsIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationContext context;

    Acts acts;

    @BeforeEach
    void acts() {
        acts = new Acts(jdbc);
    }

    @Test
    void aMentionNotifiesTheMentionedPersonOnlyWithALinkToThePost() {
        String author = unique("author");
        String named = unique("named");
        String bystander = unique("bystander");
        WebSession writer = Members.joined(url(""), author);
        WebSession reader = Members.joined(url(""), named);
        WebSession other = Members.joined(url(""), bystander);

        long postId = Members.post(writer, "What do you think, @" + named + "? Respite is short.", false);
        acts.awaitNotification(named, "MENTION");
        acts.awaitHandled(postId);

        Element item = reader.get("/notifications").page().selectFirst(".notification");
        assertThat(item.text()).contains("Display " + author, "mentioned you", "What do you think", "New");
        assertThat(item.select("a:contains(See it)").attr("href")).isEqualTo("/@" + author + "/" + postId);
        assertThat(item.select("time").attr("datetime")).isNotBlank();
        assertThat(other.get("/notifications").page().select(".notification")).isEmpty();
        assertThat(acts.kinds(author)).isEmpty();
        assertThat(acts.kinds(bystander)).isEmpty();
    }

    @Test
    void repliesFollowsFavouritesAndRepeatsNotifyTheAuthorButNotForTheirOwnActs() {
        String author = unique("author");
        String fan = unique("fan");
        WebSession writer = Members.joined(url(""), author);
        WebSession admirer = Members.joined(url(""), fan);
        long postId = Members.post(writer, "Carers need respite", false);
        String path = "/@" + author + "/" + postId;

        Acts.reply(writer, path, "Replying to myself");
        Acts.favourite(writer, path, postId);
        long replyId = Acts.reply(admirer, path, "So true, @" + author);
        Acts.favourite(admirer, path, postId);
        Acts.repeat(admirer, path, postId);
        Acts.follow(admirer, author);

        acts.awaitNotification(author, "FOLLOW");
        acts.awaitNotification(author, "REPEAT");
        acts.awaitNotification(author, "FAVOURITE");
        acts.awaitNotification(author, "REPLY");
        acts.awaitHandled(replyId);
        // The reply also mentions the author: they hear of it once, as a reply; their own acts not at all.
        assertThat(acts.kinds(author)).containsExactlyInAnyOrder("REPLY", "FAVOURITE", "REPEAT", "FOLLOW");

        Document page = writer.get("/notifications").page();
        assertThat(page.select(".notification").eachText()).anySatisfy(t -> assertThat(t).contains("replied to your post", "So true"))
                .anySatisfy(t -> assertThat(t).contains("favourited your post", "Carers need respite"))
                .anySatisfy(t -> assertThat(t).contains("repeated your post"))
                .anySatisfy(t -> assertThat(t).contains("followed you"));
        assertThat(page.select(".notification:contains(followed you) a:contains(See it)").attr("href")).isEqualTo("/@" + fan);
        assertThat(acts.kinds(fan)).isEmpty();
    }

    @Test
    void theHeaderCountsUnreadNotificationsUntilAllAreMarkedRead() {
        String author = unique("counted");
        WebSession writer = Members.joined(url(""), author);
        assertThat(writer.get("/home").page().select(".site-nav a[href=/notifications]").text()).isEqualTo("Notifications");

        for (int i = 0; i < 3; i++) {
            Acts.follow(Members.joined(url(""), unique("follower")), author);
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> acts.kinds(author).size() == 3);

        Document home = writer.get("/home").page();
        assertThat(home.select(".site-nav a[href=/notifications] .count").text()).isEqualTo("3 unread");
        Document list = writer.get("/notifications").page();
        assertThat(list.select(".notification--unread")).hasSize(3);

        WebSession.Response read = writer.submit("form[action=/notifications/read]", java.util.Map.of());
        Document after = writer.follow(read).page();
        assertThat(after.select(".notice").text()).contains("marked as read");
        assertThat(after.select(".notification")).hasSize(3);
        assertThat(after.select(".notification--unread")).isEmpty();
        assertThat(after.select(".site-nav .count")).isEmpty();
        assertThat(after.select("form[action=/notifications/read]")).isEmpty();
    }

    @Test
    void aRedeliveredEventDoesNotNotifyTwice() {
        String author = unique("once");
        WebSession writer = Members.joined(url(""), author);
        WebSession fan = Members.joined(url(""), unique("fan"));
        long postId = Members.post(writer, "Favourite me once", false);
        Acts.favourite(fan, "/@" + author + "/" + postId, postId);
        acts.awaitNotification(author, "FAVOURITE");

        long fanId = jdbc.sql("select account_id from favourites where post_id = :p").param("p", postId)
                .query(Long.class).single();
        transactions.executeWithoutResult(status ->
                events.publishEvent(new PostFavourited(postId, acts.accountId(author), fanId)));
        acts.awaitHandled(postId);

        assertThat(acts.kinds(author)).containsExactly("FAVOURITE");
    }

    /**
     * Stands in for a post leaving the recipient's audience (private groups are not here yet): the
     * notification is read through the posts audience rule, so once the post is not there for them it is
     * neither listed nor counted, and nothing of it shows.
     */
    @Test
    void aNotificationAboutAPostTheRecipientCannotSeeIsNeitherListedNorCounted() {
        String named = unique("named");
        WebSession reader = Members.joined(url(""), named);
        WebSession writer = Members.joined(url(""), unique("author"));
        long postId = Members.post(writer, "Soon gone, @" + named, false);
        acts.awaitNotification(named, "MENTION");
        assertThat(reader.get("/home").page().select(".site-nav .count").text()).isEqualTo("1 unread");

        jdbc.sql("delete from posts where id = :id").param("id", postId).update();

        Document page = reader.get("/notifications").page();
        assertThat(page.select(".notification")).isEmpty();
        assertThat(page.text()).doesNotContain("Soon gone");
        assertThat(page.select(".site-nav .count")).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        WebSession anonymous = new WebSession(url(""));
        WebSession.Response response = anonymous.get("/notifications");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).get().asString().endsWith("/signin");
        assertThat(anonymous.get("/settings/notifications").location()).get().asString().endsWith("/signin");
        assertThat(anonymous.get("/").page().select(".site-nav a[href=/notifications]")).isEmpty();
    }

    @Test
    void withoutSmtpNoEmailIsOwedAndNoMailPartsExist() {
        assertThat(context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DailyDigest.class)).isEmpty();

        String author = unique("nomail");
        WebSession writer = Members.joined(url(""), author);
        Acts.follow(Members.joined(url(""), unique("follower")), author);

        assertThat(acts.awaitNotification(author, "FOLLOW")).isEqualTo("NONE");
    }

    @Test
    void emailChoicesAreSavedAndAnIncompleteFormIsRefused() {
        WebSession person = Members.joined(url(""), unique("chooser"));
        Document settings = person.get("/settings/profile").page();
        assertThat(settings.select("a[href=/settings/notifications]")).hasSize(1);

        Document page = person.get("/settings/notifications").page();
        assertThat(page.select("fieldset legend").eachText()).contains("When someone mentions you");
        assertThat(page.select("input[name=MENTION][checked]").val()).isEqualTo("DAILY");
        assertThat(page.select("input[name=DIRECT_MESSAGE][checked]").val()).isEqualTo("IMMEDIATE");

        WebSession.Response saved = person.submit("form[action=/settings/notifications]",
                java.util.Map.of("MENTION", "NEVER", "FOLLOW", "IMMEDIATE"));
        Document after = person.follow(saved).page();
        assertThat(after.select(".notice").text()).contains("saved");
        assertThat(after.select("input[name=MENTION][checked]").val()).isEqualTo("NEVER");
        assertThat(after.select("input[name=FOLLOW][checked]").val()).isEqualTo("IMMEDIATE");

        WebSession.Response refused = person.submit("form[action=/settings/notifications]",
                java.util.Map.of("REPLY", "SOMETIMES", "MENTION", "DAILY"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.page().select(".error-summary").text()).contains("when someone replies to your post");
        assertThat(person.get("/settings/notifications").page().select("input[name=MENTION][checked]").val())
                .isEqualTo("NEVER");
    }
}
