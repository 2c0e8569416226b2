package org.guerillapolicy.deliberation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.guerillapolicy.support.Browser;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organiser who ran a conversation on Pol.is imports its export files as an opinion map, sees its opinion
 * groups, and attaches the map's report to the published outcome of her consultation. Every page is scanned for
 * accessibility problems.
 */
class PolisImportJourney extends IntegrationTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    JdbcClient jdbc;

    @Test
    void importAPolisConversationSeeItsGroupsAndAttachItsReportToAnOutcome() {
        String organiser = unique("nadia");
        WebSession session = Members.joined(url(""), organiser);
        String title = "Assessments " + unique("c");
        String slug = MapReportsIntegrationTest.consultationWithOutcome(session, jdbc, title);
        String prompt = "What should happen after Brexit? " + unique("q");
        Page page = browser.page();

        browser.signIn(url(""), organiser);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opinion maps").setExact(true)).click();
        browser.scan();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import a conversation from Pol.is")).click();
        browser.scan();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import the conversation")).click();
        browser.scan();
        assertThat(page.locator(".error-summary")).containsText("Choose the comments.csv file exported from Pol.is");

        page.getByLabel("Question or topic").fill(prompt);
        page.getByLabel("Statements: comments.csv").setInputFiles(PolisImportIntegrationTest.BREXIT.resolve("comments.csv"));
        page.getByLabel("Votes: participants-votes.csv or votes.csv")
                .setInputFiles(PolisImportIntegrationTest.BREXIT.resolve("participants-votes.csv"));
        page.getByLabel("Anyone", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import the conversation")).click();
        browser.scan();
        assertThat(page.locator("h1")).hasText(prompt);
        assertThat(page.locator("#imported")).containsText("Imported from Pol.is");
        for (int tries = 0; tries < 50 && !page.locator("main").textContent().contains("Group 2:"); tries++) {
            page.waitForTimeout(200);
            page.reload();
            browser.scan();
        }
        assertThat(page.locator("#groups-heading")).hasText("Opinion groups");
        assertThat(page.locator("main")).containsText("Group 2:");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Attach this report to a consultation's outcome")).click();
        browser.scan();
        page.getByLabel(title).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attach the report")).click();
        browser.scan();
        assertThat(page.locator("h1")).hasText("We asked, you said, we did");
        assertThat(page.locator(".notice")).containsText("attached to this outcome");
        assertThat(page.locator(".outcome-attachment")).containsText("Opinion map: " + prompt);
        assertThat(page.locator(".outcome-attachment")).containsText("Group 1:");
        assertThat(page).hasURL(url("/consultations/" + slug + "/outcome"));
        browser.signOut();

        browser.visit(url("/consultations/" + slug + "/outcome"));
        assertThat(page.locator(".outcome-attachment")).containsText("Common ground");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the live map, which may have changed since")).click();
        browser.scan();
        assertThat(page.locator("h1")).hasText(prompt);
    }
}
