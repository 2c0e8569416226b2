package org.guerillapolicy.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ConversationsIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void postsLinkTagsMentionsAndAddressesAndKeepMarkupAsText() {
        String named = unique("named");
        Members.joined(url(""), named);
        WebSession author = Members.joined(url(""), unique("author"));

        long id = Members.post(author, "Hello @" + named + " about #RespiteCare https://example.org <b>bold</b>", false);

        Document home = author.get("/home").page();
        var body = home.selectFirst("#post-" + id + " .post__body");
        assertThat(body.select("a.mention").attr("href")).isEqualTo("/@" + named);
        assertThat(body.select("a.hashtag").attr("href")).isEqualTo("/tags/respitecare");
        assertThat(body.select("a[href=https://example.org]")).hasSize(1);
        assertThat(body.select("b")).isEmpty();
        assertThat(body.text()).contains("<b>bold</b>");
    }

    @Test
    void emptyAndOversizedPostsAreRefusedWithAMessageAndNothingSaved() {
        String username = unique("limits");
        WebSession author = Members.joined(url(""), username);

        author.get("/home");
        Response empty = author.submit("form[action=/posts]", Map.of("body", "   "));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.page().select(".error-summary").text()).contains("Write something before you post");

        String tooLong = "x".repeat(1001);
        Response oversized = author.submit("form[action=/posts]", Map.of("body", tooLong));
        assertThat(oversized.page().select(".error-summary").text()).contains("1,000 characters or fewer");
        assertThat(oversized.page().select("textarea#body").text()).isEqualTo(tooLong);

        assertThat(postsBy(username)).isZero();
        Members.post(author, "y".repeat(1000), false);
        assertThat(postsBy(username)).isEqualTo(1);
    }

    @Test
    void repliesFormAThreadWithTheAcceptedAnswerFirst() {
        String asker = unique("asker");
        WebSession question = Members.joined(url(""), asker);
        WebSession helper = Members.joined(url(""), unique("helper"));
        WebSession other = Members.joined(url(""), unique("other"));
        long questionId = Members.post(question, "Why do carers lose respite care?", true);
        String path = "/@" + asker + "/" + questionId;

        long first = reply(other, path, "First thoughts");
        long answer = reply(helper, path, "Because of how budgets are split");
        long nested = reply(question, pathOf(other, first), "Can you say more?");

        Document before = question.get(path).page();
        assertThat(before.select(".thread-reply > div > article").eachAttr("id"))
                .containsExactly("post-" + first, "post-" + nested, "post-" + answer);
        assertThat(before.select("#post-" + nested + " .post__context").text()).contains("Replying to @");

        question.submit("form:has(input[name=answer][value=" + answer + "])", Map.of());
        Document after = question.get(path).page();
        assertThat(after.select(".accepted article").attr("id")).isEqualTo("post-" + answer);
        assertThat(after.select(".thread-reply > div > article").eachAttr("id"))
                .containsExactly("post-" + first, "post-" + nested);
        assertThat(after.select("article").first().text()).contains("Question", "Answered");
    }

    @Test
    void onlyTheAskerChoosesTheAcceptedAnswer() {
        String asker = unique("ask");
        WebSession question = Members.joined(url(""), asker);
        WebSession stranger = Members.joined(url(""), unique("stranger"));
        long questionId = Members.post(question, "A question?", true);
        String path = "/@" + asker + "/" + questionId;
        long answer = reply(stranger, path, "My own answer");

        assertThat(stranger.get(path).page().select("form:has(input[name=answer])")).isEmpty();
        Response forged = stranger.postForm(path + "/accept", Map.of("answer", String.valueOf(answer)));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(jdbc.sql("select accepted_answer_id from posts where id = :id").param("id", questionId)
                .query(Long.class).optional()).isEmpty();
    }

    @Test
    void homeShowsOwnPostsFollowedPeopleFollowedTagsAndRepeatsButNotOthers() {
        String followedName = unique("followed");
        WebSession followed = Members.joined(url(""), followedName);
        WebSession stranger = Members.joined(url(""), unique("stranger"));
        WebSession reader = Members.joined(url(""), unique("reader"));
        String tag = unique("tag").replace("_", "");

        long own = Members.post(reader, "My own post", false);
        long fromFollowed = Members.post(followed, "From someone I follow", false);
        long tagged = Members.post(stranger, "About #" + tag, false);
        long repeated = Members.post(stranger, "Worth repeating", false);
        long unrelated = Members.post(stranger, "Not for the reader", false);

        reader.get("/@" + followedName);
        reader.submit("form[action=/@" + followedName + "/follow]", Map.of());
        reader.get("/tags/" + tag);
        reader.submit("form[action=/tags/" + tag + "/follow]", Map.of());
        followed.get("/public");
        followed.submit("form[action=/posts/" + repeated + "/repeat]", Map.of());

        Document home = reader.get("/home").page();
        assertThat(home.select(".timeline article").eachAttr("id")).contains(
                "post-" + own, "post-" + fromFollowed, "post-" + tagged, "post-" + repeated)
                .doesNotContain("post-" + unrelated);
        assertThat(home.select("li:has(#post-" + repeated + ") .post__context").text()).contains("repeated");
        assertThat(reader.get("/@" + followedName).page().select(".summary-list").text()).contains("Followers 1");
    }

    @Test
    void favouritesAndRepeatsCountAndCanBeUndone() {
        WebSession author = Members.joined(url(""), unique("fav"));
        WebSession fan = Members.joined(url(""), unique("fan"));
        long id = Members.post(author, "Favourite me", false);

        fan.get("/public");
        fan.follow(fan.submit("form[action=/posts/" + id + "/favourite]", Map.of()));
        assertThat(fan.last().page().select("#post-" + id).text()).contains("1 favourite", "Remove favourite");
        fan.follow(fan.submit("form[action=/posts/" + id + "/favourite]", Map.of()));
        assertThat(fan.last().page().select("#post-" + id).text()).contains("0 favourites");
    }

    @Test
    void timelinesPageByIdWithOlderAndNewerLinks() {
        String username = unique("pager");
        WebSession author = Members.joined(url(""), username);
        for (int i = 1; i <= 23; i++) {
            Members.post(author, "Post number " + i, false);
        }
        Document first = author.get("/@" + username).page();
        assertThat(first.select(".timeline article")).hasSize(20);
        assertThat(first.select(".timeline .post__body").first().text()).isEqualTo("Post number 23");
        assertThat(first.select(".pagination a").eachText()).containsExactly("Older posts");

        Document older = author.get(first.select(".pagination a").attr("href")).page();
        assertThat(older.select(".timeline .post__body").eachText())
                .containsExactly("Post number 3", "Post number 2", "Post number 1");

        Document newer = author.get(older.select(".pagination a:contains(Newer)").attr("href")).page();
        assertThat(newer.select(".timeline .post__body").first().text()).isEqualTo("Post number 23");
        assertThat(newer.select(".timeline article")).hasSize(20);
    }

    @Test
    void aPostIsOnlyFoundUnderItsAuthorsName() {
        String author = unique("real");
        WebSession session = Members.joined(url(""), author);
        long id = Members.post(session, "Mine", false);
        String impostor = unique("impostor");
        Members.joined(url(""), impostor);

        assertThat(session.get("/@" + author + "/" + id).status()).isEqualTo(200);
        assertThat(session.get("/@" + impostor + "/" + id).status()).isEqualTo(404);
        assertThat(session.get("/@" + author + "/999").status()).isEqualTo(404);
        assertThat(session.get("/@" + author + "/not-a-number").status()).isEqualTo(400);
    }

    private long reply(WebSession session, String postPath, String body) {
        session.get(postPath + "/reply");
        Response response = session.submit("form[action=" + postPath + "/reply]", Map.of("body", body));
        String location = response.location().orElseThrow();
        return Long.parseLong(location.replaceAll(".*#post-", ""));
    }

    private String pathOf(WebSession anyone, long id) {
        String author = jdbc.sql("select a.username from posts p join accounts a on a.id = p.author_id where p.id = :id")
                .param("id", id).query(String.class).single();
        return "/@" + author + "/" + id;
    }

    private long postsBy(String username) {
        return jdbc.sql("select count(*) from posts p join accounts a on a.id = p.author_id where a.username = :u")
                .param("u", username).query(Long.class).single();
    }

    @Test
    void anAuthorDeletesAPostAndItsWordsLeaveEveryPageAndSearchAtOnce() {
        String authorName = unique("deleter");
        WebSession author = Members.joined(url(""), authorName);
        String replierName = unique("replier");
        WebSession replier = Members.joined(url(""), replierName);
        String word = unique("vanish").replace("_", "");
        long post = Members.post(author, "Soon gone " + word + " #" + word, false);
        replier.get("/@" + authorName + "/" + post + "/reply");
        Response reply = replier.submit("form[action$=/reply]", Map.of("body", "A reply that stays"));
        String replyPath = reply.location().orElseThrow().replaceAll("#.*", "").replaceAll("^https?://[^/]+", "");
        WebSession visitor = new WebSession(url(""));
        assertThat(visitor.get("/search?q=" + word).page().select("a[href=/@" + authorName + "/" + post + "]")).isNotEmpty();

        assertThat(replier.get("/posts/" + post + "/delete").status()).isEqualTo(403);
        replier.get("/home");
        assertThat(replier.postForm("/posts/" + post + "/delete", Map.of()).status()).isEqualTo(403);

        author.get("/@" + authorName + "/" + post);
        author.get(author.last().page().select("#post-" + post + " a[href=/posts/" + post + "/delete]").attr("href"));
        Response deleted = author.submit("form[action=/posts/" + post + "/delete]", Map.of());
        assertThat(author.follow(deleted).page().select(".notice").text()).contains("Your post is deleted");

        assertThat(visitor.get("/@" + authorName + "/" + post).status()).isEqualTo(404);
        assertThat(visitor.get("/search?q=" + word).body()).doesNotContain("Soon gone");
        assertThat(visitor.get("/search?q=%23" + word).page().select("a[href=/tags/" + word + "]")).isEmpty();
        assertThat(visitor.get("/public").body()).doesNotContain("Soon gone");
        assertThat(visitor.get("/tags/" + word).body()).doesNotContain("Soon gone");
        Document thread = visitor.get(replyPath).page();
        assertThat(thread.text()).contains("This post was deleted.", "A reply that stays").doesNotContain("Soon gone");
        assertThat(jdbc.sql("select count(*) from search_documents where kind = 'POST' and ref_id = :id")
                .param("id", post).query(Long.class).single()).isZero();
    }
}
