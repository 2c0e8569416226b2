package org.guerillapolicy.moderation;

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

class BlocksIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void blockAndUnblockFromAProfile() {
        String meName = unique("me");
        String themName = unique("them");
        WebSession me = Members.joined(url(""), meName);
        Members.joined(url(""), themName);

        Document profile = me.get("/@" + themName).page();
        assertThat(profile.select("form[action=/@" + themName + "/block]").text()).contains("stops them messaging you, replying to your posts, or notifying you by mentioning you", "Block");
        Document blocked = me.follow(me.submit("form[action=/@" + themName + "/block]", Map.of())).page();
        assertThat(blocked.select(".notice").text())
                .contains("They can no longer message you, reply to your posts, or notify you by mentioning you");
        assertThat(blocked.select("form[action=/@" + themName + "/unblock] button").text()).startsWith("Unblock");
        assertThat(blocks(meName, themName)).isTrue();

        me.follow(me.submit("form[action=/@" + themName + "/unblock]", Map.of()));
        assertThat(me.last().page().select(".notice").text()).contains("You have unblocked");
        assertThat(me.last().page().select("form[action=/@" + themName + "/block]")).hasSize(1);
        assertThat(blocks(meName, themName)).isFalse();

        assertThat(me.get("/@" + meName).page().select("form[action$=/block]")).isEmpty();
        WebSession anonymous = new WebSession(url(""));
        assertThat(anonymous.get("/@" + themName).page().select("form[action$=/block]")).isEmpty();
        assertThat(anonymous.postForm("/@" + themName + "/block", Map.of()).status()).isNotEqualTo(200);
        assertThat(me.get("/@nosuch" + themName).status()).isEqualTo(404);
    }

    @Test
    void someoneBlockedByAnAuthorCannotReplyToTheirPosts() {
        String authorName = unique("author");
        String blockedName = unique("pest");
        WebSession author = Members.joined(url(""), authorName);
        WebSession blocked = Members.joined(url(""), blockedName);
        WebSession other = Members.joined(url(""), unique("other"));
        long postId = Members.post(author, "A post about respite care", false);
        String path = "/@" + authorName + "/" + postId;
        author.get("/@" + blockedName);
        author.submit("form[action=/@" + blockedName + "/block]", Map.of());

        Document form = blocked.get(path + "/reply").page();
        assertThat(form.select(".notice").text()).isEqualTo("You cannot reply to this post.");
        assertThat(form.select("textarea")).isEmpty();
        Response forged = blocked.postForm(path + "/reply", Map.of("body", "Let me reply anyway"));
        assertThat(forged.page().text()).contains("You cannot reply to this post.");
        assertThat(forged.location()).isEmpty();
        assertThat(repliesTo(postId)).isZero();

        other.get(path + "/reply");
        other.submit("form[action=" + path + "/reply]", Map.of("body", "A welcome reply"));
        assertThat(repliesTo(postId)).isEqualTo(1);
    }

    @Test
    void settingsListBlockedAccountsWithUnblockButtons() {
        String meName = unique("lister");
        String firstName = unique("first");
        String secondName = unique("second");
        WebSession me = Members.joined(url(""), meName);
        Members.joined(url(""), firstName);
        Members.joined(url(""), secondName);

        assertThat(me.get("/settings/profile").page().select("a[href=/settings/blocks]")).hasSize(1);
        assertThat(me.get("/settings/blocks").page().text()).contains("You have not blocked anyone");
        for (String name : new String[] {firstName, secondName}) {
            me.get("/@" + name);
            me.submit("form[action=/@" + name + "/block]", Map.of());
        }

        Document list = me.get("/settings/blocks").page();
        assertThat(list.select("h1").text()).isEqualTo("People you have blocked");
        assertThat(list.select(".block-list li").text()).contains("@" + firstName, "@" + secondName);
        Response unblocked = me.submit("form[action=/@" + firstName + "/unblock]", Map.of());
        assertThat(unblocked.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/settings/blocks?unblocked"));
        Document after = me.follow(unblocked).page();
        assertThat(after.select(".notice").text()).contains("You have unblocked");
        assertThat(after.select(".block-list li").text()).doesNotContain("@" + firstName).contains("@" + secondName);
        assertThat(new WebSession(url("")).get("/settings/blocks").location()).isPresent();
    }

    private boolean blocks(String blocker, String blocked) {
        return jdbc.sql("""
                select exists (select 1 from blocks b join accounts x on x.id = b.blocker_id
                  join accounts y on y.id = b.blocked_id where x.username = :x and y.username = :y)""")
                .param("x", blocker).param("y", blocked).query(Boolean.class).single();
    }

    private long repliesTo(long postId) {
        return jdbc.sql("select count(*) from posts where in_reply_to_id = :id").param("id", postId)
                .query(Long.class).single();
    }
}
