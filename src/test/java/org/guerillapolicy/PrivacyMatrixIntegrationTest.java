package org.guerillapolicy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guerillapolicy.support.EventStream;
import org.guerillapolicy.support.GroupFixtures;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every read path against every kind of viewer: what is written in a private group is seen by its
 * members, and a direct message by its participants, and by no one else, whichever way they come at it.
 * A leak on any path fails the build.
 */
class PrivacyMatrixIntegrationTest extends IntegrationTest {

    private static final Duration STREAM_WAIT = Duration.ofSeconds(3);

    @Autowired
    JdbcClient jdbc;

    private String authorName;
    private WebSession author;
    private String slug;
    private String secretWord;
    private String secretTag;
    private long secretPost;
    private long secretReply;
    private long secretThread;
    private String memberName;
    /** Each kind of viewer, and whether they may see inside the group. */
    private final Map<String, Viewer> viewers = new LinkedHashMap<>();

    private record Viewer(WebSession session, String cookie, boolean allowed) {
    }

    @BeforeEach
    void privateGroupWithAConversation() {
        authorName = unique("author");
        author = Members.joined(url(""), authorName);
        memberName = unique("member");
        WebSession member = Members.joined(url(""), memberName);
        String outsiderName = unique("outsider");
        WebSession outsider = Members.joined(url(""), outsiderName);
        String adminName = unique("admin");
        Members.joined(url(""), adminName);
        jdbc.sql("update accounts set administrator = true where username = :u").param("u", adminName).update();
        WebSession admin = Members.signedIn(url(""), adminName);
        String blockedName = unique("blocked");
        WebSession blocked = Members.joined(url(""), blockedName);
        author.get("/@" + blockedName);
        author.submit("form[action=/@" + blockedName + "/block]", Map.of());
        String formerName = unique("former");
        WebSession former = Members.joined(url(""), formerName);

        slug = GroupFixtures.create(author, unique("matrix").replace('_', '-'), "PRIVATE");
        GroupFixtures.invite(author, slug, memberName, member);
        GroupFixtures.invite(author, slug, formerName, former);
        former.get("/groups/" + slug);
        former.submit("form[action=/groups/" + slug + "/leave]", Map.of());

        secretWord = unique("secret").replace("_", "");
        secretTag = unique("tag").replace("_", "");
        secretPost = GroupFixtures.post(author, slug, "The " + secretWord + " plan #" + secretTag + " cc @" + outsiderName);
        member.get("/@" + authorName + "/" + secretPost + "/reply");
        Response reply = member.submit("form[action$=/reply]", Map.of("body", "Reply " + secretWord + " #" + secretTag));
        secretReply = Long.parseLong(reply.location().orElseThrow().replaceAll(".*#post-", ""));

        author.get("/messages/new?to=" + memberName);
        Response sent = author.submit("form[action=/messages]", Map.of("body", "Direct " + secretWord));
        secretThread = Long.parseLong(sent.location().orElseThrow().replaceAll(".*/messages/(\\d+).*", "$1"));

        viewers.put("anonymous", new Viewer(new WebSession(url("")), null, false));
        viewers.put("non-member (mentioned)", new Viewer(outsider, outsider.cookie("JSESSIONID").orElseThrow(), false));
        viewers.put("blocked by the author", new Viewer(blocked, blocked.cookie("JSESSIONID").orElseThrow(), false));
        viewers.put("former member", new Viewer(former, former.cookie("JSESSIONID").orElseThrow(), false));
        viewers.put("administrator", new Viewer(admin, admin.cookie("JSESSIONID").orElseThrow(), false));
        viewers.put("member", new Viewer(member, member.cookie("JSESSIONID").orElseThrow(), true));
    }

    @Test
    void pagesTimelinesAndSearchShowPrivateGroupPostsToMembersOnly() {
        List<String> leaks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        viewers.forEach((who, viewer) -> {
            Map<String, Boolean> shows = new LinkedHashMap<>();
            WebSession session = viewer.session();
            shows.put("group page", session.get("/groups/" + slug).body().contains(secretWord));
            shows.put("group members", session.get("/groups/" + slug + "/members").page()
                    .select("a[href=/@" + memberName + "]").size() > 0);
            shows.put("post page", session.get("/@" + authorName + "/" + secretPost).status() == 200);
            shows.put("reply page", session.get("/@" + memberName + "/" + secretReply).status() == 200);
            shows.put("reply form", session.get("/@" + authorName + "/" + secretPost + "/reply").status() == 200);
            // The front page shows public posts to visitors and sends signed-in people home.
            boolean onPublicPages = session.get("/").body().contains(secretWord)
                    || session.get("/public").body().contains(secretWord);
            if (onPublicPages) {
                leaks.add(who + " sees it on the front page or everyone's timeline, which are for public posts only");
            }
            shows.put("hashtag timeline", session.get("/tags/" + secretTag).body().contains(secretWord));
            shows.put("author's profile", session.get("/@" + authorName).body().contains(secretWord));
            shows.put("search for words", session.get("/search?q=" + secretWord).page()
                    .select("a[href$=/" + secretPost + "]").size() > 0);
            shows.put("search for hashtag", session.get("/search?q=%23" + secretTag).page()
                    .select("a[href=/tags/" + secretTag + "]").size() > 0);
            if (viewer.cookie() != null) {
                shows.put("home timeline", session.get("/home").body().contains(secretWord));
            }
            shows.forEach((path, shown) -> {
                if (shown && !viewer.allowed()) {
                    leaks.add(who + " sees it on the " + path);
                }
                if (!shown && viewer.allowed()) {
                    missing.add(who + " does not see it on the " + path);
                }
            });
        });
        assertThat(leaks).as("private content leaked").isEmpty();
        assertThat(missing).as("members miss their own group's content").isEmpty();
    }

    @Test
    void aDirectMessageIsSeenByItsParticipantsOnly() {
        viewers.forEach((who, viewer) -> {
            WebSession session = viewer.session();
            Response thread = session.get("/messages/" + secretThread);
            if (viewer.allowed()) {
                assertThat(thread.status()).as("%s opens the thread", who).isEqualTo(200);
                assertThat(thread.body()).contains("Direct " + secretWord);
                assertThat(session.get("/messages").body()).as("%s's inbox", who).contains("Direct " + secretWord);
            } else {
                assertThat(thread.body()).as("%s opens the thread", who).doesNotContain(secretWord);
                assertThat(thread.status()).as("%s opens the thread", who).isIn(302, 404);
                assertThat(session.get("/messages").body()).as("%s's inbox", who).doesNotContain("Direct " + secretWord);
            }
            for (String page : List.of("/public", "/search?q=" + secretWord, "/@" + authorName, "/groups/" + slug)) {
                assertThat(session.get(page).body()).as("%s on %s", who, page).doesNotContain("Direct " + secretWord);
            }
            if (viewer.cookie() != null && !viewer.allowed()) {
                session.get("/home");
                assertThat(session.postForm("/messages/" + secretThread, Map.of("body", "let me in")).status())
                        .as("%s writes into the thread", who).isEqualTo(404);
            }
        });
        assertThat(jdbc.sql("select count(*) from messages where body = 'let me in'").query(Long.class).single()).isZero();

        WebSession blocked = viewers.get("blocked by the author").session();
        blocked.get("/messages/new?to=" + authorName);
        Response refused = blocked.submit("form[action=/messages]", Map.of("body", "Can we talk?"));
        assertThat(refused.page().select(".error-summary").text()).contains("not accepting messages from you");
    }

    @Test
    void outsidersCannotReactToReplyToOrRepeatAPrivatePost() {
        viewers.forEach((who, viewer) -> {
            if (viewer.allowed() || viewer.cookie() == null) {
                return;
            }
            WebSession session = viewer.session();
            session.get("/home");
            assertThat(session.postForm("/posts/" + secretPost + "/favourite", Map.of("on", "true")).status())
                    .as("%s favourites", who).isEqualTo(404);
            assertThat(session.postForm("/posts/" + secretPost + "/repeat", Map.of("on", "true")).status())
                    .as("%s repeats", who).isEqualTo(404);
            assertThat(session.postForm("/@" + authorName + "/" + secretPost + "/reply", Map.of("body", "let me in")).status())
                    .as("%s replies", who).isEqualTo(404);
            assertThat(session.postForm("/groups/" + slug + "/posts", Map.of("body", "let me in")).status())
                    .as("%s posts in the group", who).isEqualTo(200);
        });
        assertThat(jdbc.sql("select count(*) from favourites where post_id = :p").param("p", secretPost).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from repeats where post_id = :p").param("p", secretPost).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from posts where body = 'let me in'").query(Long.class).single()).isZero();

        // Not even a member may repeat a private post out of the group.
        WebSession member = viewers.get("member").session();
        member.get("/groups/" + slug);
        assertThat(member.postForm("/posts/" + secretPost + "/repeat", Map.of("on", "true")).status()).isEqualTo(403);
    }

    @Test
    void liveStreamsTellOnlyMembersOfANewPrivatePost() throws Exception {
        Map<String, List<EventStream>> streams = new LinkedHashMap<>();
        viewers.forEach((who, viewer) -> {
            List<EventStream> open = new ArrayList<>();
            open.add(EventStream.open(url("/live/public"), viewer.cookie()));
            open.add(EventStream.open(url("/live/tags/" + secretTag), viewer.cookie()));
            open.add(EventStream.open(url("/live/groups/" + slug), viewer.cookie()));
            if (viewer.cookie() != null) {
                open.add(EventStream.open(url("/live/home"), viewer.cookie()));
            }
            streams.put(who, open);
        });
        long fresh = GroupFixtures.post(author, slug, "Another " + secretWord + " #" + secretTag);
        try {
            for (var entry : streams.entrySet()) {
                boolean allowed = viewers.get(entry.getKey()).allowed();
                for (EventStream stream : entry.getValue()) {
                    List<String> events = stream.drain(allowed ? STREAM_WAIT : Duration.ZERO);
                    if (!allowed) {
                        continue;
                    }
                    if (stream == entry.getValue().getFirst()) {
                        // The public stream is for public posts, even for members.
                        assertThat(events).doesNotContain("post:" + fresh);
                    } else {
                        assertThat(events).as("%s's stream", entry.getKey()).contains("post:" + fresh);
                    }
                }
            }
            Thread.sleep(STREAM_WAIT);
            for (var entry : streams.entrySet()) {
                if (!viewers.get(entry.getKey()).allowed()) {
                    for (EventStream stream : entry.getValue()) {
                        assertThat(stream.drain(Duration.ZERO)).as("%s's stream", entry.getKey())
                                .doesNotContain("post:" + fresh);
                    }
                }
            }
        } finally {
            streams.values().forEach(open -> open.forEach(EventStream::close));
        }
    }
}
