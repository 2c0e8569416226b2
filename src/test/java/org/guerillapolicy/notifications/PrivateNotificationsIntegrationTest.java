package org.guerillapolicy.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.guerillapolicy.support.GroupFixtures;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Mailbox;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifications and their emails keep private things private: a mention in a private group reaches
 * members only, a direct message is announced without its words, and a blocked account notifies no one
 * who blocked it. Group invitations, join requests and decisions reach the people they concern.
 */
class PrivateNotificationsIntegrationTest extends IntegrationTest {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        Mailbox.configure(registry);
    }

    @Autowired
    JdbcClient jdbc;

    Mailbox mailbox = Mailbox.get();
    Acts acts;

    @BeforeEach
    void acts() {
        acts = new Acts(jdbc);
    }

    @Test
    void aMentionInAPrivateGroupReachesMembersOnlyInThePageAndByEmail() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String memberName = unique("member");
        WebSession member = Members.joined(url(""), memberName);
        String outsiderName = unique("outsider");
        WebSession outsider = Members.joined(url(""), outsiderName);
        choose(member, Map.of("MENTION", "IMMEDIATE"));
        choose(outsider, Map.of("MENTION", "IMMEDIATE"));
        String slug = GroupFixtures.create(owner, unique("quiet").replace('_', '-'), "PRIVATE");
        GroupFixtures.invite(owner, slug, memberName, member);

        String secret = unique("secret").replace("_", "");
        long post = GroupFixtures.post(owner, slug, "Hush " + secret + " @" + memberName + " @" + outsiderName);
        acts.awaitNotification(memberName, "MENTION");
        acts.awaitHandled(post);

        // The invitation and the mention each came by email, in either order.
        MimeMessage email = mailbox.waitFor(memberName + "@example.org", 2).stream()
                .filter(message -> Mailbox.part(message, "text/plain").contains("mentioned you")).findFirst().orElseThrow();
        assertThat(Mailbox.part(email, "text/plain")).contains(secret);
        assertThat(mailbox.to(outsiderName + "@example.org")).isEmpty();
        assertThat(acts.kinds(outsiderName)).doesNotContain("MENTION");
        assertThat(outsider.get("/notifications").body()).doesNotContain(secret);
        assertThat(member.get("/notifications").body()).contains(secret);

        // Someone who leaves the group no longer sees what the notification pointed at.
        member.get("/groups/" + slug);
        member.submit("form[action=/groups/" + slug + "/leave]", Map.of());
        assertThat(member.get("/notifications").body()).doesNotContain(secret);
    }

    @Test
    void aDirectMessageIsAnnouncedWithoutItsWords() {
        String senderName = unique("sender");
        WebSession sender = Members.joined(url(""), senderName);
        String readerName = unique("reader");
        WebSession reader = Members.joined(url(""), readerName);
        String words = "Private " + unique("words").replace("_", "");

        sender.get("/messages/new?to=" + readerName);
        String thread = sender.submit("form[action=/messages]", Map.of("body", words)).location().orElseThrow()
                .replaceAll(".*(/messages/\\d+).*", "$1");
        assertThat(acts.awaitNotification(readerName, "DIRECT_MESSAGE")).isIn("IMMEDIATE", "SENT");

        MimeMessage email = mailbox.waitFor(readerName + "@example.org", 1).getFirst();
        String text = Mailbox.part(email, "text/plain");
        assertThat(text).contains("sent you a direct message", thread).doesNotContain(words);
        assertThat(Mailbox.part(email, "text/html")).doesNotContain(words);
        Document notifications = reader.get("/notifications").page();
        assertThat(notifications.text()).contains("sent you a direct message").doesNotContain(words);
        assertThat(notifications.select("a[href=" + thread + "]")).isNotEmpty();

        // Reading the thread reads its notification too.
        reader.get(thread);
        assertThat(reader.get("/home").page().select(".site-nav a[href=/notifications] .count")).isEmpty();
    }

    @Test
    void invitationsRequestsAndDecisionsReachThePeopleTheyConcern() {
        String ownerName = unique("owner");
        WebSession owner = Members.joined(url(""), ownerName);
        String inviteeName = unique("invitee");
        WebSession invitee = Members.joined(url(""), inviteeName);
        String askerName = unique("asker");
        WebSession asker = Members.joined(url(""), askerName);
        String slug = GroupFixtures.create(owner, unique("club").replace('_', '-'), "PRIVATE");

        owner.get("/groups/" + slug + "/invite");
        owner.submit("form[action=/groups/" + slug + "/invite]", Map.of("username", inviteeName));
        assertThat(acts.awaitNotification(inviteeName, "INVITATION")).isIn("IMMEDIATE", "SENT");
        MimeMessage invitation = mailbox.waitFor(inviteeName + "@example.org", 1).getFirst();
        assertThat(Mailbox.part(invitation, "text/plain")).contains("invited you to join a group", "Group " + slug);
        assertThat(invitee.get("/notifications").page().select("a[href=/groups/invitations]")).isNotEmpty();

        asker.get("/groups/" + slug);
        asker.submit("form[action=/groups/" + slug + "/request]", Map.of());
        acts.awaitNotification(ownerName, "JOIN_REQUEST");
        assertThat(owner.get("/notifications").page().select("a[href=/groups/" + slug + "/requests]")).isNotEmpty();

        owner.get("/groups/" + slug + "/requests");
        owner.submit("form[action=/groups/" + slug + "/requests/" + acts.accountId(askerName) + "]:has(input[value=true])", Map.of());
        acts.awaitNotification(askerName, "JOIN_APPROVED");
        assertThat(asker.get("/notifications").page().text()).contains("accepted your request to join a group", "Group " + slug);
    }

    @Test
    void aBlockedAccountNotifiesNoOneWhoBlockedIt() {
        String blockerName = unique("blocker");
        WebSession blocker = Members.joined(url(""), blockerName);
        String blockedName = unique("blocked");
        WebSession blocked = Members.joined(url(""), blockedName);
        blocker.get("/@" + blockedName);
        blocker.submit("form[action=/@" + blockedName + "/block]", Map.of());

        long post = Members.post(blocked, "Hey @" + blockerName, false);
        Acts.follow(blocked, blockerName);
        acts.awaitHandled(post);
        acts.awaitHandled(acts.accountId(blockerName));
        assertThat(acts.kinds(blockerName)).isEmpty();
        assertThat(mailbox.to(blockerName + "@example.org")).isEmpty();
    }

    private static void choose(WebSession person, Map<String, String> choices) {
        person.get("/settings/notifications");
        person.submit("form[action=/settings/notifications]", choices);
    }
}
