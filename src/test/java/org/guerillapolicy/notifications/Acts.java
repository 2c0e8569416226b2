package org.guerillapolicy.notifications;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.guerillapolicy.support.WebSession;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What people do to each other through the real pages, and a look at what that recorded. */
final class Acts {

    private final JdbcClient jdbc;

    Acts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static void follow(WebSession follower, String username) {
        follower.get("/@" + username);
        follower.submit("form[action=/@" + username + "/follow]", Map.of());
    }

    static void favourite(WebSession fan, String postPath, long postId) {
        fan.get(postPath);
        fan.submit("form[action=/posts/" + postId + "/favourite]", Map.of());
    }

    static void repeat(WebSession fan, String postPath, long postId) {
        fan.get(postPath);
        fan.submit("form[action=/posts/" + postId + "/repeat]", Map.of());
    }

    static long reply(WebSession session, String postPath, String body) {
        session.get(postPath + "/reply");
        WebSession.Response response = session.submit("form[action=" + postPath + "/reply]", Map.of("body", body));
        return Long.parseLong(response.location().orElseThrow().replaceAll(".*#post-", ""));
    }

    long accountId(String username) {
        return jdbc.sql("select id from accounts where username = :u").param("u", username).query(Long.class).single();
    }

    /** The kinds of notification the person has, newest first. */
    List<String> kinds(String username) {
        return jdbc.sql("select kind from notifications where recipient_id = :r order by id desc")
                .param("r", accountId(username)).query(String.class).list();
    }

    /** Waits for the notification a listener records after the act's transaction commits; returns its email state. */
    String awaitNotification(String username, String kind) {
        await().atMost(Duration.ofSeconds(15)).until(() -> kinds(username).contains(kind));
        return jdbc.sql("select email from notifications where recipient_id = :r and kind = :k order by id desc limit 1")
                .param("r", accountId(username)).param("k", kind).query(String.class).single();
    }

    /** Waits until every listener has handled the stored events that mention the id, so nothing more is on its way. */
    void awaitHandled(long id) {
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("""
                select count(*) from event_publication where completion_date is null and serialized_event like :id""")
                .param("id", "%" + id + "%").query(Long.class).single() == 0);
    }
}
