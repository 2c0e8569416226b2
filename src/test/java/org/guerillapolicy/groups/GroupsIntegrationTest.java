package org.guerillapolicy.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.guerillapolicy.support.GroupFixtures;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class GroupsIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private static String slug(String prefix) {
        return unique(prefix).replace('_', '-');
    }

    @Test
    void badGroupFormsAreRefusedWithMessagesAndNothingSaved() {
        String ownerName = unique("owner");
        WebSession owner = Members.joined(url(""), ownerName);
        String slug = GroupFixtures.create(owner, slug("grp"), "PUBLIC");

        owner.get("/groups/new");
        Response taken = owner.submit("form[action=/groups]", Map.of("name", "Another", "slug", slug, "visibility", "PUBLIC"));
        assertThat(taken.status()).isEqualTo(200);
        assertThat(taken.page().select(".error-summary").text()).contains("already uses the address " + slug);

        Response bad = owner.submit("form[action=/groups]", Map.of("name", " ", "slug", "No Spaces!", "description", "x".repeat(1001), "visibility", ""));
        assertThat(bad.page().select(".error-summary").text())
                .contains("Enter a name for the group", "1,000 characters or fewer", "public or private", "2 to 40 lower-case letters");
        assertThat(bad.page().select("textarea#description").text()).hasSize(1001);

        Response reserved = owner.submit("form[action=/groups]", Map.of("name", "New", "slug", "new", "visibility", "PUBLIC", "description", ""));
        assertThat(reserved.page().select(".error-summary").text()).contains("2 to 40 lower-case letters");

        assertThat(jdbc.sql("select count(*) from groups g join accounts a on a.id = g.created_by where a.username = :u")
                .param("u", ownerName).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anyoneJoinsAPublicGroupAndMembersPostInItFromItsPageOrByItsAddress() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String slug = GroupFixtures.create(owner, slug("pub"), "PUBLIC");
        WebSession joiner = Members.joined(url(""), unique("joiner"));

        Document before = joiner.get("/groups/" + slug).page();
        assertThat(before.select("form[action=/groups/" + slug + "/posts]")).isEmpty();
        Response byAddressBeforeJoining = postFromHome(joiner, "Hello !" + slug);
        assertThat(byAddressBeforeJoining.page().select(".error-summary").text()).contains("Join !" + slug + " before you post in it");

        joiner.get("/groups/" + slug);
        joiner.submit("form[action=/groups/" + slug + "/join]", Map.of());
        long fromPage = GroupFixtures.post(joiner, slug, "Written on the group page");
        long byAddress = Members.post(joiner, "Written from home for !" + slug, false);

        Document group = new WebSession(url("")).get("/groups/" + slug).page();
        assertThat(group.select("#post-" + fromPage)).hasSize(1);
        assertThat(group.select("#post-" + byAddress)).hasSize(1);
        assertThat(group.select("#post-" + byAddress + " a.group-link").attr("href")).isEqualTo("/groups/" + slug);
        assertThat(group.select("h1").text()).isEqualTo("Group " + slug);
        assertThat(group.text()).contains("2 members");
    }

    @Test
    void aPrivateGroupShowsItsPostsAndMembersOnlyToMembers() {
        String ownerName = unique("owner");
        WebSession owner = Members.joined(url(""), ownerName);
        String slug = GroupFixtures.create(owner, slug("priv"), "PRIVATE");
        long secret = GroupFixtures.post(owner, slug, "Secret plans for #" + slug.replace("-", ""));

        WebSession outsider = Members.joined(url(""), unique("outsider"));
        Document outside = outsider.get("/groups/" + slug).page();
        assertThat(outside.text()).contains("visible to members only").doesNotContain("Secret plans");
        assertThat(outsider.get("/groups/" + slug + "/members").page().text()).doesNotContain(ownerName);
        assertThat(outsider.get("/@" + ownerName + "/" + secret).status()).isEqualTo(404);
        assertThat(outsider.get("/@" + ownerName).page().text()).doesNotContain("Secret plans");
        assertThat(outsider.get("/public").page().text()).doesNotContain("Secret plans");

        Document inside = owner.get("/groups/" + slug).page();
        assertThat(inside.select("#post-" + secret).text()).contains("Secret plans").contains("Private group");
        assertThat(inside.select("#post-" + secret + " form[action$=/repeat]")).isEmpty();
        assertThat(owner.get("/groups/" + slug + "/members").page().text()).contains(ownerName);
    }

    @Test
    void peopleAskToJoinAPrivateGroupAndAModeratorDecides() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String slug = GroupFixtures.create(owner, slug("ask"), "PRIVATE");
        long post = GroupFixtures.post(owner, slug, "For members only");
        String askerName = unique("asker");
        WebSession asker = Members.joined(url(""), askerName);
        WebSession refused = Members.joined(url(""), unique("refused"));

        asker.get("/groups/" + slug);
        asker.submit("form[action=/groups/" + slug + "/request]", Map.of("message", "I run a carers' café"));
        refused.get("/groups/" + slug);
        refused.submit("form[action=/groups/" + slug + "/request]", Map.of());
        assertThat(asker.follow(asker.get("/groups/" + slug)).page().text()).contains("You have asked to join");

        Document requests = owner.get("/groups/" + slug + "/requests").page();
        assertThat(requests.text()).contains("I run a carers' café");
        long askerId = accountId(askerName);
        owner.submit("form[action=/groups/" + slug + "/requests/" + askerId + "]:has(input[value=true])", Map.of());
        owner.get("/groups/" + slug + "/requests");
        owner.submit("form[action^=/groups/" + slug + "/requests/]:has(input[value=false])", Map.of());
        assertThat(owner.get("/groups/" + slug + "/requests").page().text()).contains("No one is waiting to join");

        assertThat(asker.get("/groups/" + slug).page().select("#post-" + post)).hasSize(1);
        assertThat(refused.get("/groups/" + slug).page().select("#post-" + post)).isEmpty();

        // A member who is not a moderator cannot decide, even with a hand-made form.
        assertThat(asker.get("/groups/" + slug + "/requests").location().orElseThrow()).endsWith("/groups/" + slug);
        asker.get("/groups/" + slug);
        Response forged = asker.postForm("/groups/" + slug + "/requests/" + askerId, Map.of("approve", "true"));
        assertThat(asker.follow(forged).page().text()).contains("Only the group");
    }

    @Test
    void invitationsAreAcceptedOrDeclined() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String slug = GroupFixtures.create(owner, slug("inv"), "PRIVATE");
        String inviteeName = unique("invitee");
        WebSession invitee = Members.joined(url(""), inviteeName);
        String declinerName = unique("decliner");
        WebSession decliner = Members.joined(url(""), declinerName);

        owner.get("/groups/" + slug + "/invite");
        Response unknown = owner.submit("form[action=/groups/" + slug + "/invite]", Map.of("username", "nobody_at_all_here"));
        assertThat(unknown.page().select(".error-summary").text()).contains("No one has the username nobody_at_all_here");
        assertThat(unknown.page().select("input#username").val()).isEqualTo("nobody_at_all_here");

        GroupFixtures.invite(owner, slug, "@" + inviteeName, invitee);
        assertThat(invitee.get("/groups/" + slug + "/members").page().text()).contains(inviteeName);

        owner.get("/groups/" + slug + "/invite");
        owner.submit("form[action=/groups/" + slug + "/invite]", Map.of("username", declinerName));
        assertThat(decliner.get("/groups").page().text()).contains("You have 1 invitation to a group");
        decliner.get("/groups/invitations");
        decliner.submit("form[action=/groups/" + slug + "/invitation/decline]", Map.of());
        assertThat(decliner.get("/groups/invitations").page().text()).contains("You have no invitations waiting");
        assertThat(decliner.get("/groups/" + slug + "/members").page().text()).doesNotContain(declinerName);

        // A plain member of a private group cannot invite.
        invitee.get("/groups/" + slug + "/invite");
        Response byMember = invitee.submit("form[action=/groups/" + slug + "/invite]", Map.of("username", declinerName));
        assertThat(byMember.page().select(".error-summary").text()).contains("Only the group's moderators can invite");
    }

    @Test
    void ownersHandOverRemoveMembersAndCannotLeaveWithoutAnHeir() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String slug = GroupFixtures.create(owner, slug("own"), "PUBLIC");
        String heirName = unique("heir");
        WebSession heir = Members.joined(url(""), heirName);
        String goneName = unique("gone");
        WebSession gone = Members.joined(url(""), goneName);
        heir.get("/groups/" + slug);
        heir.submit("form[action=/groups/" + slug + "/join]", Map.of());
        gone.get("/groups/" + slug);
        gone.submit("form[action=/groups/" + slug + "/join]", Map.of());

        owner.get("/groups/" + slug);
        Response leave = owner.postForm("/groups/" + slug + "/leave", Map.of());
        assertThat(owner.follow(leave).page().text()).contains("hand it to another member before you leave");

        owner.get("/groups/" + slug + "/members");
        owner.submit("form[action=/groups/" + slug + "/members/" + accountId(goneName) + "/remove]", Map.of());
        assertThat(owner.get("/groups/" + slug + "/members").page().text()).doesNotContain(goneName);

        owner.submit("form[action=/groups/" + slug + "/members/" + accountId(heirName) + "/owner]", Map.of());
        Document members = heir.get("/groups/" + slug + "/members").page();
        assertThat(members.select("tr:contains(" + heirName + ") td:eq(1)").text()).isEqualTo("Owner");
        assertThat(heir.get("/groups/" + slug + "/settings").status()).isEqualTo(200);

        owner.get("/groups/" + slug);
        owner.submit("form[action=/groups/" + slug + "/leave]", Map.of());
        assertThat(heir.get("/groups/" + slug).page().text()).contains("1 member");
    }

    @Test
    void theOwnerMakesAGroupPrivateAndItsPostsLeavePublicViewsAtOnce() {
        String ownerName = unique("owner");
        WebSession owner = Members.joined(url(""), ownerName);
        String slug = GroupFixtures.create(owner, slug("flip"), "PUBLIC");
        String word = unique("zebra").replace("_", "");
        long post = GroupFixtures.post(owner, slug, "Talking about " + word);
        WebSession visitor = new WebSession(url(""));
        assertThat(visitor.get("/search?q=" + word).page().select("a[href=/@" + ownerName + "/" + post + "]")).isNotEmpty();

        owner.get("/groups/" + slug + "/settings");
        owner.submit("form[action=/groups/" + slug + "/settings]", Map.of("visibility", "PRIVATE", "name", "Renamed " + word));

        assertThat(visitor.get("/search?q=" + word).page().select("a[href=/@" + ownerName + "/" + post + "]")).isEmpty();
        assertThat(visitor.get("/groups/" + slug).page().text()).doesNotContain("Talking about");
        assertThat(visitor.get("/search?q=Renamed+" + word + "&kind=GROUP").page().select("a[href=/groups/" + slug + "]")).isNotEmpty();
    }

    private Response postFromHome(WebSession session, String body) {
        session.get("/home");
        return session.submit("form[action=/posts]", Map.of("body", body));
    }

    private long accountId(String username) {
        return jdbc.sql("select id from accounts where username = :u").param("u", username).query(Long.class).single();
    }
}
