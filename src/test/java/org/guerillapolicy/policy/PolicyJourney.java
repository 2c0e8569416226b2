package org.guerillapolicy.policy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.guerillapolicy.support.Browser;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A small team takes a respite care project through all six stages: an owner, a nurse (practitioner) and
 * a carer who uses the service under a pseudonym. The carer's two amendments are accepted and declined,
 * and the carer sees both outcomes on their contributions page.
 */
class PolicyJourney extends IntegrationTest {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String DRAFT = """
            ## The problem

            Carers of people with dementia lose respite care when budgets tighten.

            ## Recommendations

            Every carer should have a right to two weeks of respite a year.
            """;

    @Test
    void aProjectGoesFromAProblemToImplementationWithEveryContributionTraced() {
        String owner = unique("sam");
        String nurse = unique("amira");
        String carer = unique("jo");
        Members.joined(url(""), owner);
        profile(Members.joined(url(""), nurse), "Amira Nurse", "PRACTITIONER", "false");
        profile(Members.joined(url(""), carer), "Quiet Carer", "SERVICE_USER", "true");
        String slug = unique("respite").replace('_', '-');
        Page page = browser.page();

        signIn(owner);
        click(AriaRole.LINK, "Projects");
        click(AriaRole.LINK, "Start a project");
        page.getByLabel("Title").fill("Respite care for carers of people with dementia");
        page.getByLabel("Web address").fill(slug);
        page.getByLabel("What problem is the project about?").fill("Carers lose respite care and burn out.");
        click(AriaRole.BUTTON, "Start project");
        assertThat(page.locator("h1")).hasText("Respite care for carers of people with dementia");
        assertThat(page.locator(".stage-now")).containsText("Define the problem");
        signOut();

        // Stage 1: questions, with support.
        signIn(nurse);
        browser.visit(url("/projects/" + slug));
        click(AriaRole.LINK, "Go to Define the problem");
        page.getByLabel("Ask a question about the problem").fill("Why do people with dementia lose respite care?");
        click(AriaRole.BUTTON, "Post question");
        signOut();
        signIn(carer);
        browser.visit(url("/projects/" + slug + "/problem"));
        click(AriaRole.BUTTON, "Support - Why do people with dementia lose respite care?");
        assertThat(page.locator(".contributions")).containsText("1 supporter");
        click(AriaRole.BUTTON, "Follow this project", url("/projects/" + slug));
        signOut();

        // Stage 2: evidence, endorsed and filtered.
        signIn(owner);
        moveOn(slug, 2);
        signOut();
        signIn(nurse);
        browser.visit(url("/projects/" + slug + "/evidence"));
        page.getByLabel("Research").check();
        page.getByLabel("Title").fill("Respite beds fell by a third");
        page.getByLabel("The evidence").fill("Council figures from 2019 to 2025.");
        page.getByLabel("Source or link (optional)").fill("https://example.org/respite-report");
        page.getByLabel("Sector (optional)").selectOption("SOCIAL_CARE");
        page.getByLabel("You are sharing this as (optional)").selectOption("PRACTITIONER");
        click(AriaRole.BUTTON, "Add evidence");
        signOut();
        signIn(carer);
        browser.visit(url("/projects/" + slug + "/evidence"));
        click(AriaRole.BUTTON, "This matches my experience - Respite beds fell by a third");
        page.getByLabel("Question or add to this evidence: Respite beds fell by a third").fill("Does this count day centres too?");
        click(AriaRole.BUTTON, "Post reply - Respite beds fell by a third");
        assertThat(page.locator(".replies")).containsText("Does this count day centres too?");
        page.getByLabel("Contributor's role").selectOption("PRACTITIONER");
        click(AriaRole.BUTTON, "Filter");
        assertThat(page.locator(".contributions")).containsText("1 person says this matches their experience");
        signOut();

        // Stage 3: an option linked to the evidence.
        signIn(owner);
        moveOn(slug, 3);
        signOut();
        signIn(nurse);
        browser.visit(url("/projects/" + slug + "/options"));
        page.getByLabel("Title").fill("A respite guarantee");
        page.getByLabel("Describe the option").fill("Every carer gets two weeks of respite a year.");
        page.getByLabel("Respite beds fell by a third").check();
        click(AriaRole.BUTTON, "Propose option");
        assertThat(page.locator(".contributions")).containsText("Based on this evidence");
        signOut();

        // Stage 4: the draft, and the carer's two amendments.
        signIn(owner);
        moveOn(slug, 4);
        browser.visit(url("/projects/" + slug + "/draft"));
        click(AriaRole.LINK, "Write the first version");
        page.getByLabel("The draft, in Markdown").fill(DRAFT);
        page.getByLabel("What changed (optional)").fill("First draft");
        click(AriaRole.BUTTON, "Save a new version");
        assertThat(page.locator(".notice")).containsText("Version 1 is saved");
        signOut();

        signIn(carer);
        browser.visit(url("/projects/" + slug + "/draft"));
        page.locator(".paragraph", new Page.LocatorOptions().setHasText("two weeks")).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Comment or amend (0)")).click();
        browser.scan();
        page.getByLabel("New text for the paragraph").fill("Every carer should have a right to four weeks of respite a year.");
        click(AriaRole.BUTTON, "Propose amendment");
        page.getByLabel("New text for the paragraph").fill("Respite should be offered when convenient.");
        click(AriaRole.BUTTON, "Propose amendment");
        assertThat(page.locator(".contributions .post")).hasCount(2);
        signOut();

        signIn(owner);
        browser.visit(url("/projects/" + slug + "/draft"));
        assertThat(page.locator("#publish")).containsText("These still need an outcome");
        click(AriaRole.BUTTON, "Publish the paper");
        assertThat(page.locator(".error-summary")).containsText("no outcome yet");
        page.locator(".paragraph", new Page.LocatorOptions().setHasText("two weeks")).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Comment or amend (2)")).click();
        browser.scan();
        Locator accepted = page.locator(".contributions .post", new Page.LocatorOptions().setHasText("four weeks"));
        accepted.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept amendment by Quiet Carer")).click();
        browser.scan();
        assertThat(page.locator(".paper")).containsText("four weeks");
        browser.visit(url("/projects/" + slug + "/draft/versions/2"));
        assertThat(page.locator(".diff-added")).containsText("four weeks");
        assertThat(page.locator("main")).containsText("crediting Quiet Carer");
        browser.visit(page.url().replace("/versions/2", ""));
        page.locator(".paragraph", new Page.LocatorOptions().setHasText("four weeks")).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Comment or amend (2)")).click();
        browser.scan();
        page.getByLabel("Reason for declining").fill("Respite has to be a right, not left to convenience");
        click(AriaRole.BUTTON, "Decline amendment by Quiet Carer");

        // Every other contribution gets an outcome, then the paper is published.
        browser.visit(url("/projects/" + slug + "/outcomes"));
        decide("Why do people with dementia lose respite care?", "Adopted", "");
        decide("Respite beds fell by a third", "Adopted", "");
        decide("A respite guarantee", "Adopted with changes", "Two weeks became four");
        decide("Does this count day centres too?", "Out of scope", "Day centres are covered by another project");
        assertThat(page.locator("main")).containsText("100% of contributions have an outcome");
        browser.visit(url("/projects/" + slug + "/draft"));
        page.getByLabel("Licence").selectOption("CC_BY");
        click(AriaRole.BUTTON, "Publish the paper");

        // Stage 5: the paper.
        assertThat(page.locator("a[rel=license]")).hasText("CC BY 4.0 (Attribution)");
        assertThat(page.locator(".paper")).containsText("four weeks");
        assertThat(page.locator(".credits")).containsText("Quiet Carer");
        assertThat(page.locator(".credits")).not().containsText(carer);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF"))).isVisible();

        // Stage 6: implementation and a report from the carer.
        moveOn(slug, 6);
        browser.visit(url("/projects/" + slug + "/implementation"));
        page.getByLabel("Milestone").fill("Council agrees the respite guarantee");
        page.getByLabel("In progress").check();
        click(AriaRole.BUTTON, "Post update");
        signOut();

        signIn(carer);
        browser.visit(url("/projects/" + slug + "/implementation"));
        page.getByLabel("What happened?").fill("I had a week of respite in May.");
        page.getByLabel("What changed for you? (optional)").fill("I could sleep.");
        page.getByLabel("4").check();
        click(AriaRole.BUTTON, "Send report");
        assertThat(page.locator("table")).containsText("4.0");

        browser.visit(url("/me/contributions"));
        Locator mine = page.locator("tbody");
        assertThat(mine).containsText("Every carer should have a right to four weeks");
        assertThat(mine).containsText("Adopted in draft version 2");
        assertThat(mine).containsText("Not adopted");
        assertThat(mine).containsText("Respite has to be a right, not left to convenience");
        assertThat(mine).containsText("Day centres are covered by another project");
    }

    private void decide(String contribution, String outcome, String reason) {
        Locator row = browser.page().locator("tr", new Page.LocatorOptions().setHasText(contribution));
        row.getByLabel(outcome, new Locator.GetByLabelOptions().setExact(true)).check();
        if (!reason.isEmpty()) {
            row.getByLabel("Reason").fill(reason);
        }
        row.getByRole(AriaRole.BUTTON).click();
        browser.scan();
        assertThat(browser.page().locator(".notice")).containsText("outcome is saved");
    }

    private void moveOn(String slug, int stage) {
        browser.visit(url("/projects/" + slug));
        click(AriaRole.BUTTON, "Move on to stage " + stage);
        assertThat(browser.page().locator(".notice")).containsText("moved to the next stage");
    }

    private void click(AriaRole role, String name) {
        browser.page().getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        browser.scan();
    }

    private void click(AriaRole role, String name, String onPage) {
        browser.visit(onPage);
        click(role, name);
    }

    private static void profile(WebSession session, String displayName, String role, String pseudonymous) {
        session.get("/settings/profile");
        session.submit("form[action=/settings/profile]", Map.of("displayName", displayName, "roles", role,
                "pseudonymous", pseudonymous));
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
