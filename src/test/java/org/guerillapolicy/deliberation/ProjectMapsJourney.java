package org.guerillapolicy.deliberation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.function.Predicate;
import org.guerillapolicy.policy.ProjectFixtures;
import org.guerillapolicy.support.Browser;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The owner of a respite care project opens an opinion map for its first stage; she and two others vote; the
 * common ground becomes a problem question and, once options are open, an option; and the options page,
 * ordered by support across the map's opinion groups, says so. Every page is scanned for accessibility problems.
 */
class ProjectMapsJourney extends IntegrationTest {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String COMMON_GROUND = ProjectMapsIntegrationTest.COMMON_GROUND;

    @Test
    void anOpinionMapsCommonGroundShapesAProjectAndOrdersItsOptions() {
        String owner = unique("mira");
        String second = unique("tom");
        String third = unique("ade");
        WebSession ownerSession = Members.joined(url(""), owner);
        WebSession secondSession = Members.joined(url(""), second);
        WebSession thirdSession = Members.joined(url(""), third);
        String project = ProjectFixtures.start(ownerSession, ProjectFixtures.slug("respite"), "", "PUBLIC");
        String prompt = "What would make respite work for carers? " + unique("q");
        Page page = browser.page();

        browser.signIn(url(""), owner);
        browser.visit(url("/projects/" + project));
        click(AriaRole.LINK, "Import a Pol.is conversation for this stage");
        assertThat(page.locator("#project")).containsText("stage 1: Define the problem");
        browser.visit(url("/projects/" + project));
        click(AriaRole.LINK, "Open an opinion map for this stage");
        assertThat(page.locator("#project")).containsText("stage 1: Define the problem");
        page.getByLabel("Question or topic").fill(prompt);
        page.getByLabel("Seed statements", new Page.GetByLabelOptions().setExact(true))
                .fill(String.join("\n", OpinionMapsIntegrationTest.SEEDS));
        page.getByLabel("Anyone", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Yes").check();
        page.getByLabel("After they are shown").check();
        click(AriaRole.BUTTON, "Open the map");
        assertThat(page.locator(".map-project")).containsText("Part of the policy project Project " + project);
        String mapAddress = page.url().replaceAll("\\?.*", "");
        voteOnEverything(statement -> !statement.contains("NHS"));
        browser.signOut();

        browser.signIn(url(""), second);
        browser.visit(mapAddress);
        voteOnEverything(statement -> !statement.contains("NHS"));
        browser.signOut();
        browser.signIn(url(""), third);
        browser.visit(mapAddress);
        voteOnEverything(statement -> statement.contains("NHS") || statement.contains("short notice"));
        browser.signOut();

        // The owner turns the common ground into a question of the problem.
        browser.signIn(url(""), owner);
        browser.visit(url("/projects/" + project));
        assertThat(page.locator("#activities-heading + ul")).containsText(prompt);
        click(AriaRole.LINK, prompt);
        click(AriaRole.LINK, "See the opinion map");
        for (int tries = 0; tries < 50 && !page.locator("main").textContent().contains("by 3 people"); tries++) {
            page.waitForTimeout(200);
            page.reload();
        }
        browser.scan();
        useCommonGround("A question");
        assertThat(page.locator(".notice")).containsText("The statement is now a question in the project");
        click(AriaRole.LINK, "a question");
        assertThat(page.locator(".origin")).containsText("From the opinion map: " + prompt);

        // Once options are open, the same common ground becomes an option too.
        browser.visit(url("/projects/" + project));
        click(AriaRole.BUTTON, "Move on to stage 2");
        click(AriaRole.BUTTON, "Move on to stage 3");
        browser.visit(mapAddress + "/map");
        useCommonGround("An option");
        assertThat(page.locator(".statement-uses")).containsText("Used in the project as a question and an option");
        browser.signOut();

        // Another option gathers more support, but from one opinion group only.
        long oneSided = ProjectFixtures.contribute(ownerSession, project, "options",
                Map.of("title", "Respite only through the NHS", "body", "One provider for everyone."));
        support(ownerSession, project, oneSided);
        support(secondSession, project, oneSided);
        support(Members.joined(url(""), unique("fay")), project, oneSided);
        long fromMap = Long.parseLong(ownerSession.get("/projects/" + project + "/options").page()
                .select(".contributions > li:has(.origin)").attr("id").replace("c-", ""));
        support(secondSession, project, fromMap);
        support(thirdSession, project, fromMap);

        browser.signIn(url(""), second);
        browser.visit(url("/projects/" + project + "/options"));
        assertThat(page.locator("#order-heading")).hasText("Ordered: most supported first.");
        assertThat(page.locator(".contributions > li h3").first()).hasText("Respite only through the NHS");
        click(AriaRole.LINK, "supported across opinion groups first");
        assertThat(page.locator("#order-heading")).hasText("Ordered: supported across opinion groups first.");
        assertThat(page.locator("#bridging-explained")).containsText(prompt);
        assertThat(page.locator(".contributions > li h3").first()).hasText(COMMON_GROUND);
    }

    private void useCommonGround(String kind) {
        Page page = browser.page();
        page.locator("#consensus-heading ~ ul li", new Page.LocatorOptions().setHasText(COMMON_GROUND))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Use in the project")).click();
        browser.scan();
        assertThat(page.locator("h1")).hasText("Use this statement in the project");
        page.getByLabel(kind, new Page.GetByLabelOptions().setExact(true)).check();
        click(AriaRole.BUTTON, "Add it to the project");
    }

    private static void support(WebSession person, String project, long option) {
        person.get("/projects/" + project + "/options");
        person.submit("form[action=/projects/" + project + "/contributions/" + option + "/support]", Map.of());
    }

    private void voteOnEverything(Predicate<String> agrees) {
        Page page = browser.page();
        for (int i = 0; i < 20 && page.locator("#statement-text").count() > 0; i++) {
            String statement = page.locator("#statement-text").textContent();
            click(AriaRole.BUTTON, agrees.test(statement) ? "Agree" : "Disagree");
        }
        assertThat(page.locator("h2#done-heading")).hasText("You have voted on every statement");
    }

    private void click(AriaRole role, String name) {
        browser.page().getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        browser.scan();
    }
}
