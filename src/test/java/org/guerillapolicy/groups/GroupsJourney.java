package org.guerillapolicy.groups;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.guerillapolicy.support.Browser;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A carer sets up a private group, invites a nurse, who accepts and writes inside it; an outsider who
 * tries the group page, the post's address, the public timeline and search sees none of it.
 */
class GroupsJourney extends IntegrationTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void createAPrivateGroupInviteAcceptPostAndKeepOutsidersOut() {
        String owner = unique("sam");
        String nurse = unique("amira");
        String outsider = unique("lee");
        Members.joined(url(""), owner);
        Members.joined(url(""), nurse);
        Members.joined(url(""), outsider);
        String slug = unique("respite").replace('_', '-');
        String secret = "Draft " + unique("plan").replace("_", "") + " not ready to share";
        Page page = browser.page();

        browser.signIn(url(""), owner);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Groups").setExact(true)).click();
        browser.scan();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create a group")).click();
        browser.scan();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create group")).click();
        browser.scan();
        assertThat(page.locator(".error-summary")).containsText("Enter a name for the group");
        page.getByLabel("Name").fill("Respite care working group");
        page.getByLabel("Web address").fill(slug);
        page.getByLabel("Private").check();
        page.getByLabel("What the group is for").fill("Working out why carers lose respite care.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create group")).click();
        browser.scan();
        assertThat(page.locator("h1")).hasText("Respite care working group");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Invite people")).click();
        browser.scan();
        page.getByLabel("Username of the person or organisation").fill(nurse);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
        browser.scan();
        assertThat(page.locator(".notice")).containsText("Invitation sent");
        browser.signOut();

        browser.signIn(url(""), nurse);
        browser.visit(url("/groups"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("You have 1 invitation to a group")).click();
        browser.scan();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept invitation to Respite care working group")).click();
        browser.scan();
        assertThat(page.locator(".notice")).containsText("You accepted the invitation");
        page.getByLabel("Write in Respite care working group").fill(secret);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post")).click();
        browser.scan();
        assertThat(page.locator(".timeline")).containsText(secret);
        page.locator(".timeline time").first().click();
        browser.scan();
        String postAddress = page.url();
        browser.signOut();

        browser.signIn(url(""), outsider);
        browser.visit(url("/groups/" + slug));
        assertThat(page.locator("main")).containsText("visible to members only");
        assertThat(page.locator("main")).not().containsText(secret);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask to join")).isVisible();
        browser.visit(postAddress);
        assertThat(page.locator("h1")).hasText("Page not found");
        browser.visit(url("/public"));
        assertThat(page.locator("main")).not().containsText(secret);
        browser.visit(url("/search?q=" + secret.split(" ")[1]));
        assertThat(page.locator("main")).not().containsText(secret);
        browser.visit(url("/groups/" + slug + "/members"));
        assertThat(page.locator("main")).not().containsText(nurse);
        browser.visit(url("/groups/" + slug));
        page.getByLabel("Message to the moderators (optional)").fill("I support carers in Leeds.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask to join")).click();
        browser.scan();
        assertThat(page.locator(".notice")).containsText("Your request has been sent");
        browser.signOut();

        browser.signIn(url(""), owner);
        browser.visit(url("/groups/" + slug));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Requests to join")).click();
        browser.scan();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve Display " + outsider)).click();
        browser.scan();
        assertThat(page.locator(".notice")).containsText("The request was approved");
        browser.visit(url("/groups/" + slug + "/members"));
        page.locator("tr", new Page.LocatorOptions().setHasText(nurse))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Make moderator")).click();
        browser.scan();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(nurse))).containsText("Moderator");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Group settings")).click();
        browser.scan();
        page.getByLabel("Public").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
        browser.scan();
        assertThat(page.locator(".group-header")).containsText("Public group");
    }
}
