package org.guerillapolicy.conversations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.guerillapolicy.support.Browser;
import org.guerillapolicy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two people join, present themselves, talk and follow each other, in Chromium, scanning every page. */
class ConversationsJourney extends IntegrationTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void joinPresentPostReplyFollowAndAnswer() {
        String asker = unique("amira");
        String helper = unique("kofi");
        Page page = browser.page();

        browser.signUp(url(""), asker, "Amira Haddad");
        page.getByLabel("Practitioner").check();
        page.getByLabel("Health").check();
        page.getByLabel("Locality").fill("Leeds");
        page.getByLabel("About you").fill("Community nurse.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save profile")).click();
        browser.scan();
        assertThat(page.locator("h1")).hasText("Amira Haddad");
        assertThat(page.locator(".summary-list")).containsText("Leeds");

        browser.visit(url("/home"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post")).click();
        browser.scan();
        assertThat(page.locator(".error-summary")).containsText("Write something before you post");
        page.getByLabel("Start a conversation or ask a question").fill("Why do carers lose respite care? #RespiteCare");
        page.getByLabel("This is a question").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post")).click();
        browser.scan();
        assertThat(page.locator(".notice")).containsText("Your post is published");
        browser.signOut();

        browser.signUp(url(""), helper, "Kofi Mensah");
        browser.visit(url("/@" + asker));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Follow Amira Haddad")).click();
        browser.scan();
        assertThat(page.locator(".summary-list")).containsText("Followers 1");

        browser.visit(url("/home"));
        assertThat(page.locator(".timeline")).containsText("Why do carers lose respite care?");
        page.locator(".timeline article").first().getByText("Reply").first().click();
        browser.scan();
        page.getByLabel("Your reply").fill("Budgets pause during reassessment. @" + asker);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post")).click();
        browser.scan();
        assertThat(page.locator(".thread-reply")).containsText("Budgets pause during reassessment.");
        browser.signOut();

        browser.signIn(url(""), asker);
        page.locator("a.post__author").first().click();
        browser.scan();
        page.locator(".timeline time").first().click();
        browser.scan();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choose as the accepted answer")).click();
        browser.scan();
        assertThat(page.locator(".accepted")).containsText("Budgets pause during reassessment.");

        page.setViewportSize(360, 740);
        browser.visit(url("/public"));
        assertThat(page.locator(".timeline")).containsText("Why do carers lose respite care?");
    }
}
