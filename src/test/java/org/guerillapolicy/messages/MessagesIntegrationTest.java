package org.guerillapolicy.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class MessagesIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Messages messages;

    @Autowired
    ApplicationEvents events;

    @Test
    void aMessageFromAProfileReachesTheInboxAndIsReadAndAnswered() {
        String aliceName = unique("alice");
        String bobName = unique("bob");
        WebSession alice = Members.joined(url(""), aliceName);
        WebSession bob = Members.joined(url(""), bobName);

        Document profile = alice.get("/@" + bobName).page();
        String link = profile.select("a:contains(Send a message)").attr("href");
        assertThat(link).isEqualTo("/messages/new?to=" + bobName);
        assertThat(alice.get(link).page().select("input#recipients").val()).isEqualTo(bobName);
        Response sent = alice.submit("form[action=/messages]",
                Map.of("body", "Hello <b>Bob</b>, see https://example.org\nSecond line"));
        long threadId = threadId(sent);

        assertThat(unread(bob)).isEqualTo("1 unread");
        Document inbox = bob.get("/messages").page();
        assertThat(inbox.select("h1").text()).isEqualTo("Messages");
        assertThat(inbox.select("a[href=/messages/new]")).hasSize(1);
        var entry = inbox.select(".inbox__thread:has(a[href=/messages/" + threadId + "])");
        assertThat(entry.text()).contains("Display " + aliceName, "Hello <b>Bob</b>", "1 unread");

        Document thread = bob.get("/messages/" + threadId).page();
        var body = thread.select(".message .post__body").first();
        assertThat(body.select("a[href=https://example.org]")).hasSize(1);
        assertThat(body.select("b")).isEmpty();
        assertThat(body.select("br")).hasSize(1);
        assertThat(body.text()).contains("<b>Bob</b>");
        assertThat(thread.select(".site-nav a[href=/messages] .count")).isEmpty();
        assertThat(unread(bob)).isEmpty();
        assertThat(bob.get("/messages").page().select(".inbox__thread:has(a[href=/messages/" + threadId + "]) .count"))
                .isEmpty();

        bob.get("/messages/" + threadId);
        Response reply = bob.submit("form[action=/messages/" + threadId + "]", Map.of("body", "Hi Alice"));
        assertThat(reply.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/messages/" + threadId + "?sent"));
        assertThat(unread(alice)).isEqualTo("1 unread");
        assertThat(alice.get("/messages").page().select(".inbox__thread").first().text())
                .contains("Display " + bobName, "Hi Alice");
        assertThat(alice.get("/messages/" + threadId).page().select(".message .post__body").eachText())
                .containsExactly("Hello <b>Bob</b>, see https://example.org Second line", "Hi Alice");
    }

    @Test
    void threePeopleTalkInOneThread() {
        String bName = unique("b");
        String cName = unique("c");
        WebSession a = Members.joined(url(""), unique("a"));
        WebSession b = Members.joined(url(""), bName);
        WebSession c = Members.joined(url(""), cName);

        long threadId = send(a, "@" + bName + ", " + cName, "Shall we meet?");
        assertThat(unread(b)).isEqualTo("1 unread");
        assertThat(unread(c)).isEqualTo("1 unread");
        Document seenByC = c.get("/messages/" + threadId).page();
        assertThat(seenByC.select("h1").text()).contains("Display " + bName).doesNotContain("Display " + cName);
        c.submit("form[action=/messages/" + threadId + "]", Map.of("body", "Yes, Tuesday"));

        assertThat(unread(a)).isEqualTo("1 unread");
        assertThat(unread(b)).isEqualTo("2 unread");
        assertThat(b.get("/messages/" + threadId).page().select(".message .post__body").eachText())
                .containsExactly("Shall we meet?", "Yes, Tuesday");
    }

    @Test
    void moreThanNineteenRecipientsAreRefused() {
        String sender = unique("crowd");
        WebSession session = Members.joined(url(""), sender);
        String twenty = IntStream.rangeClosed(1, 20).mapToObj(i -> "nobody" + i).collect(Collectors.joining(" "));

        session.get("/messages/new");
        Response refused = session.submit("form[action=/messages]", Map.of("recipients", twenty, "body", "Hi all"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.page().select(".error-summary").text()).contains("at most 19 people");

        // Nineteen is within the limit, so the next problem (they do not exist) is the one reported.
        String nineteen = IntStream.rangeClosed(1, 19).mapToObj(i -> "nobody" + i).collect(Collectors.joining(","));
        Response next = session.submit("form[action=/messages]", Map.of("recipients", nineteen, "body", "Hi all"));
        assertThat(next.page().select(".error-summary").text()).doesNotContain("at most").contains("No one has the usernames");
        assertThat(threadsStartedBy(sender)).isZero();
    }

    @Test
    void unknownUsernamesAreNamedAndSelfOnlyIsRefused() {
        String sender = unique("namer");
        String known = unique("known");
        String missing = unique("missing");
        WebSession session = Members.joined(url(""), sender);
        Members.joined(url(""), known);

        session.get("/messages/new");
        Response unknown = session.submit("form[action=/messages]",
                Map.of("recipients", "@" + known + " @" + missing, "body", "Hello"));
        assertThat(unknown.page().select(".error-summary").text()).isEqualTo(
                "There is a problem No one has the username @" + missing);
        assertThat(unknown.page().select("#recipients-error").text()).contains("@" + missing);
        assertThat(unknown.page().select("input#recipients").val()).isEqualTo("@" + known + " @" + missing);

        Response self = session.submit("form[action=/messages]", Map.of("recipients", "@" + sender, "body", "Note to self"));
        assertThat(self.page().select(".error-summary").text()).contains("only to yourself");
        Response none = session.submit("form[action=/messages]", Map.of("recipients", " , ", "body", "To whom?"));
        assertThat(none.page().select(".error-summary").text()).contains("Enter the username");
        assertThat(threadsStartedBy(sender)).isZero();
    }

    @Test
    void emptyAndOverlongMessagesAreRefusedWithNothingSaved() {
        String sender = unique("limit");
        String to = unique("to");
        WebSession session = Members.joined(url(""), sender);
        WebSession recipient = Members.joined(url(""), to);

        session.get("/messages/new");
        Response empty = session.submit("form[action=/messages]", Map.of("recipients", to, "body", "   "));
        assertThat(empty.page().select(".error-summary").text()).contains("Write a message");
        String tooLong = "x".repeat(2001);
        Response overlong = session.submit("form[action=/messages]", Map.of("recipients", to, "body", tooLong));
        assertThat(overlong.page().select(".error-summary").text()).contains("2,000 characters or fewer");
        assertThat(overlong.page().select("textarea#body").text()).isEqualTo(tooLong);
        assertThat(threadsStartedBy(sender)).isZero();

        long threadId = send(session, to, "y".repeat(2000));
        recipient.get("/messages/" + threadId);
        Response emptyReply = recipient.submit("form[action=/messages/" + threadId + "]", Map.of("body", ""));
        assertThat(emptyReply.status()).isEqualTo(200);
        assertThat(emptyReply.page().select(".error-summary").text()).contains("Write a message");
        Response longReply = recipient.submit("form[action=/messages/" + threadId + "]", Map.of("body", tooLong));
        assertThat(longReply.page().select(".error-summary").text()).contains("2,000 characters or fewer");
        assertThat(messagesIn(threadId)).isEqualTo(1);
    }

    @Test
    void onlyParticipantsFindAThreadOrWriteInIt() {
        String to = unique("private");
        WebSession sender = Members.joined(url(""), unique("sender"));
        Members.joined(url(""), to);
        WebSession outsider = Members.joined(url(""), unique("outsider"));
        long threadId = send(sender, to, "Just between us");
        String path = "/messages/" + threadId;

        Response seen = outsider.get(path);
        assertThat(seen.status()).isEqualTo(404);
        assertThat(seen.body()).doesNotContain("Just between us");
        assertThat(outsider.get("/messages").page().text()).doesNotContain("Just between us");
        Response forged = outsider.postForm(path, Map.of("body", "Let me in"));
        assertThat(forged.status()).isEqualTo(404);
        assertThat(outsider.get("/messages/" + (threadId + 1)).status()).isEqualTo(404);

        WebSession anonymous = new WebSession(url(""));
        Response anonymousView = anonymous.get(path);
        assertThat(anonymousView.status()).isEqualTo(404);
        assertThat(anonymousView.body()).doesNotContain("Just between us");
        assertThat(anonymous.get("/messages").location()).hasValueSatisfying(l -> assertThat(l).endsWith("/signin"));
        Response anonymousPost = anonymous.postForm(path, Map.of("body", "Anyone there?"));
        assertThat(anonymousPost.status()).isNotEqualTo(200);
        assertThat(anonymousPost.status() / 100).isIn(3, 4);

        assertThat(messagesIn(threadId)).isEqualTo(1);
        assertThat(messages.mayRead(threadId, Viewer.anonymous())).isFalse();
    }

    @Test
    void aBlockedPersonCannotMessageTheBlocker() {
        String blockerName = unique("blocker");
        String blockedName = unique("blocked");
        WebSession blocker = Members.joined(url(""), blockerName);
        WebSession blocked = Members.joined(url(""), blockedName);
        long earlier = send(blocked, blockerName, "Before the block");

        blocker.get("/@" + blockedName);
        blocker.submit("form[action=/@" + blockedName + "/block]", Map.of());

        blocked.get("/messages/new?to=" + blockerName);
        Response refused = blocked.submit("form[action=/messages]", Map.of("body", "Are you there?"));
        assertThat(refused.page().select(".error-summary").text())
                .contains("@" + blockerName + " is not accepting messages from you");
        assertThat(threadsStartedBy(blockedName)).isEqualTo(1);

        blocked.get("/messages/" + earlier);
        Response reply = blocked.submit("form[action=/messages/" + earlier + "]", Map.of("body", "Hello again"));
        assertThat(reply.page().select(".error-summary").text()).contains("not accepting messages from you");
        assertThat(messagesIn(earlier)).isEqualTo(1);
    }

    @Test
    void messagesFromABlockedPersonAreHiddenInAGroupThread() {
        String aName = unique("host");
        String bName = unique("noisy");
        String cName = unique("quiet");
        WebSession a = Members.joined(url(""), aName);
        WebSession b = Members.joined(url(""), bName);
        WebSession c = Members.joined(url(""), cName);
        long threadId = send(a, bName + " " + cName, "Planning the consultation");
        c.get("/messages/" + threadId);
        c.get("/@" + bName);
        c.submit("form[action=/@" + bName + "/block]", Map.of());

        b.get("/messages/" + threadId);
        b.submit("form[action=/messages/" + threadId + "]", Map.of("body", "Something unwelcome"));

        assertThat(unread(c)).isEmpty();
        assertThat(c.get("/messages").page().select(".inbox__thread").text())
                .contains("Planning the consultation").doesNotContain("Something unwelcome");
        assertThat(c.get("/messages/" + threadId).page().text()).doesNotContain("Something unwelcome");
        assertThat(unread(a)).isEqualTo("1 unread");
        assertThat(a.get("/messages/" + threadId).page().text()).contains("Something unwelcome");

        long aId = accountId(aName);
        long bId = accountId(bName);
        long cId = accountId(cName);
        messages.reply(threadId, new Viewer(bId, bName, "Display " + bName), "Another one");
        assertThat(events.stream(MessageSent.class).toList()).singleElement().satisfies(sent -> {
            assertThat(sent.threadId()).isEqualTo(threadId);
            assertThat(sent.authorId()).isEqualTo(bId);
            assertThat(sent.recipientIds()).containsExactly(aId).doesNotContain(cId);
        });
        assertThat(messages.unreadCount(cId)).isZero();
        assertThat(messages.unreadCount(aId)).isEqualTo(1);
    }

    @Test
    void theInboxPagesByLatestActivity() {
        String readerName = unique("reader");
        WebSession writer = Members.joined(url(""), unique("writer"));
        WebSession reader = Members.joined(url(""), readerName);
        long first = send(writer, readerName, "Thread 1");
        for (int i = 2; i <= 21; i++) {
            send(writer, readerName, "Thread " + i);
        }
        reader.get("/messages/" + first);
        reader.submit("form[action=/messages/" + first + "]", Map.of("body", "Reviving thread 1"));

        Document newest = reader.get("/messages").page();
        assertThat(newest.select(".inbox__thread")).hasSize(20);
        assertThat(newest.select(".inbox__latest").first().text()).contains("Reviving thread 1");
        assertThat(newest.select(".pagination a").eachText()).containsExactly("Older conversations");
        Document older = reader.get(newest.select(".pagination a").attr("href")).page();
        assertThat(older.select(".inbox__latest").eachText()).singleElement().asString().endsWith(": Thread 2");
        Document back = reader.get(older.select(".pagination a:contains(Newer)").attr("href")).page();
        assertThat(back.select(".inbox__thread")).hasSize(20);
    }

    private long send(WebSession from, String recipients, String body) {
        from.get("/messages/new");
        return threadId(from.submit("form[action=/messages]", Map.of("recipients", recipients, "body", body)));
    }

    private static long threadId(Response response) {
        String location = response.location().orElseThrow(() -> new AssertionError(
                "Sending did not redirect: " + response.status() + " " + response.page().select(".error-summary").text()));
        return Long.parseLong(location.replaceAll(".*/messages/(\\d+).*", "$1"));
    }

    /** The count next to Messages in the header, as a screen reader reads it; empty when none. */
    private static String unread(WebSession session) {
        return session.get("/home").page().select(".site-nav a[href=/messages] .count").text();
    }

    private long threadsStartedBy(String username) {
        return jdbc.sql("select count(*) from message_threads t join accounts a on a.id = t.started_by where a.username = :u")
                .param("u", username).query(Long.class).single();
    }

    private long messagesIn(long threadId) {
        return jdbc.sql("select count(*) from messages where thread_id = :t").param("t", threadId).query(Long.class).single();
    }

    private long accountId(String username) {
        return jdbc.sql("select id from accounts where username = :u").param("u", username).query(Long.class).single();
    }
}
