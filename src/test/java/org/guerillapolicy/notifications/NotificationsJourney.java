package org.guerillapolicy.notifications;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.guerillapolicy.support.Browser;
import org.guerillapolicy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One person mentions another, who sees it counted in the header, follows it, and chooses their emails. */
class NotificationsJourney extends IntegrationTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    JdbcClient jdbc;

    @Test
    void seeAMentionFollowItAndChooseEmails() {
        String named = unique("nadia");
        String author = unique("tom");
        Page page = browser.page();

        browser.signUp(url(""), named, "Nadia Rahman");
        browser.signOut();
        browser.signUp(url(""), author, "Tom Evans");
        browser.visit(url("/home"));
        page.getByLabel("Start a conversation or ask a question").fill("@" + named + " how long are respite waits where you are?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post")).click();
        browser.scan();
        browser.signOut();
        new Acts(jdbc).awaitNotification(named, "MENTION");

        browser.signIn(url(""), named);
        assertThat(page.locator(".site-nav a[href='/notifications']")).hasText("Notifications 1 unread");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Notifications 1 unread")).click();
        browser.scan();
        assertThat(page.locator("h1")).hasText("Notifications");
        assertThat(page.locator(".notification")).containsText("Tom Evans mentioned you");
        assertThat(page.locator(".notification")).containsText("how long are respite waits");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark all as read")).click();
        browser.scan();
        assertThat(page.locator(".site-nav .count")).hasCount(0);
        page.locator(".notification").getByText("See it").click();
        browser.scan();
        assertThat(page.locator("article").first()).containsText("how long are respite waits");

        browser.visit(url("/settings/profile"));
        page.getByText("Choose which notifications you get by email").click();
        browser.scan();
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("When someone mentions you"))
                .getByLabel("Email me straight away").check();
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("When someone follows you"))
                .getByLabel("Do not email me").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save choices")).click();
        browser.scan();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your choices are saved");
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("When someone mentions you"))
                .getByLabel("Email me straight away")).isChecked();
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("When someone follows you"))
                .getByLabel("Do not email me")).isChecked();
    }
}
