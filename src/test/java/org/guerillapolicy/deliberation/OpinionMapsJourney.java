package org.guerillapolicy.deliberation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.guerillapolicy.support.Browser;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A carer opens an opinion map on respite care; she and two others vote on every statement; the map shows two
 * opinion groups and the common ground they share. Every page is scanned for accessibility problems.
 */
class OpinionMapsJourney extends IntegrationTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Test
    void openAMapVoteAsThreePeopleAndSeeGroupsAndCommonGround() {
        String owner = unique("mira");
        String second = unique("tom");
        String third = unique("ade");
        Members.joined(url(""), owner);
        Members.joined(url(""), second);
        Members.joined(url(""), third);
        String prompt = "How should respite care for carers change? " + unique("q");
        Page page = browser.page();

        signIn(owner);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opinion maps").setExact(true)).click();
        browser.scan();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open an opinion map")).click();
        browser.scan();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the map")).click();
        browser.scan();
        assertThat(page.locator(".error-summary")).containsText("Enter the question or topic");
        page.getByLabel("Question or topic").fill(prompt);
        page.getByLabel("Seed statements", new Page.GetByLabelOptions().setExact(true)).fill(String.join("\n", OpinionMapsIntegrationTest.SEEDS));
        page.getByLabel("Anyone", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Yes").check();
        page.getByLabel("After they are shown").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the map")).click();
        browser.scan();
        assertThat(page.locator("h1")).hasText(prompt);
        String mapAddress = page.url().replaceAll("\\?.*", "");
        voteOnEverything(statement -> !statement.contains("NHS"));
        signOut();

        signIn(second);
        browser.visit(url("/maps"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(prompt).setExact(true)).click();
        browser.scan();
        voteOnEverything(statement -> !statement.contains("NHS"));
        signOut();

        signIn(third);
        browser.visit(mapAddress);
        page.getByLabel("Your statement").fill("Carers should be asked before respite is planned");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add statement")).click();
        browser.scan();
        assertThat(page.locator(".notice")).containsText("your statement is added");
        voteOnEverything(statement -> statement.contains("NHS") || statement.contains("short notice"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("see where you stand on the map")).click();
        browser.scan();
        for (int tries = 0; tries < 50 && !page.locator("main").textContent().contains("by 3 people"); tries++) {
            page.waitForTimeout(200);
            page.reload();
        }
        browser.scan();
        assertThat(page.locator("main")).containsText("Group 1: 2 people");
        assertThat(page.locator("main")).containsText("Group 2: 1 person");
        assertThat(page.locator("#consensus-heading + ul")).containsText("Respite should be bookable at short notice");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Participants placed by how they voted"))).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Group 2");
    }

    private void voteOnEverything(java.util.function.Predicate<String> agrees) {
        Page page = browser.page();
        for (int i = 0; i < 20 && page.locator("#statement-text").count() > 0; i++) {
            String statement = page.locator("#statement-text").textContent();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(agrees.test(statement) ? "Agree" : "Disagree").setExact(true)).click();
            browser.scan();
        }
        assertThat(page.locator("h2#done-heading")).hasText("You have voted on every statement");
    }

    private void signIn(String username) {
        Page page = browser.visit(url("/signin"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(Members.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        browser.scan();
    }

    private void signOut() {
        browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        browser.scan();
    }
}
