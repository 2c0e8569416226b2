package org.guerillapolicy.messages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.guerillapolicy.support.Browser;
import org.guerillapolicy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One person messages another from their profile; the other sees the count, reads and replies. */
class MessagesJourney extends IntegrationTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void messageFromAProfileIsReadAndAnswered() {
        String nurse = unique("amira");
        String carer = unique("kofi");
        Page page = browser.page();

        browser.signUp(url(""), nurse, "Amira Haddad");
        browser.signOut();
        browser.signUp(url(""), carer, "Kofi Mensah");

        browser.visit(url("/@" + nurse));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Send a message to Amira Haddad")).click();
        browser.scan();
        assertThat(page.getByLabel("To")).hasValue(nurse);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send message")).click();
        browser.scan();
        assertThat(page.locator(".error-summary")).containsText("Write a message");
        page.getByLabel("Message").fill("Could we talk about respite budgets? https://example.org/respite");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send message")).click();
        browser.scan();
        assertThat(page.locator(".notice")).containsText("Your message is sent");
        assertThat(page.locator("h1")).hasText("Messages with Amira Haddad");
        browser.signOut();

        browser.signIn(url(""), nurse);
        assertThat(page.locator(".site-nav")).containsText("Messages 1 unread");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Messages 1 unread")).click();
        browser.scan();
        assertThat(page.locator(".inbox")).containsText("Could we talk about respite budgets?");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kofi Mensah")).click();
        browser.scan();
        assertThat(page.locator(".message")).containsText("Could we talk about respite budgets?");
        assertThat(page.locator(".site-nav .count")).hasCount(0);
        page.getByLabel("Your reply").fill("Yes, Tuesday at ten suits me.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reply")).click();
        browser.scan();
        assertThat(page.locator(".message").last()).containsText("Yes, Tuesday at ten suits me.");

        page.setViewportSize(360, 740);
        browser.visit(url("/messages"));
        assertThat(page.locator(".inbox")).containsText("Yes, Tuesday at ten suits me.");

        // Blocking is offered beside messaging on a profile; the settings list is where it is undone.
        page.setViewportSize(1280, 720);
        browser.visit(url("/@" + carer));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Block Kofi Mensah")).click();
        browser.scan();
        assertThat(page.locator(".notice")).containsText("They can no longer message you");
        browser.visit(url("/settings/profile"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People you have blocked")).click();
        browser.scan();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unblock Kofi Mensah")).click();
        browser.scan();
        assertThat(page.locator("main")).containsText("You have not blocked anyone");
    }
}
