package org.guerillapolicy.consultations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.guerillapolicy.support.Browser;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organiser builds a disability benefit consultation with a question of each kind; a signed-in carer and
 * an anonymous visitor respond; an analyst codes the answers; the outcome is published; and each respondent
 * opens their own response and sees what became of it.
 */
class ConsultationsJourney extends IntegrationTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Autowired
    JdbcClient jdbc;

    @Test
    void buildRespondAnalysePublishAndSeeTheOutcome() {
        String organiser = unique("org");
        String carer = unique("carer");
        String analyst = unique("analyst");
        Members.joined(url(""), organiser);
        Members.joined(url(""), carer);
        Members.joined(url(""), analyst);
        String title = "Disability benefit assessments " + unique("c");
        Page page = browser.page();

        signIn(organiser);
        click(AriaRole.LINK, "Consultations");
        click(AriaRole.LINK, "Run a consultation");
        click(AriaRole.BUTTON, "Continue to questions");
        assertThat(page.locator(".error-summary")).containsText("Enter a title");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(title);
        page.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true)).fill("How should assessments for disability benefits work?");
        page.getByLabel("Background documents").fill("## The proposal\nFewer repeat assessments.");
        page.getByLabel("Open to change").fill("How assessments are booked\nWhere they happen");
        page.getByLabel("Already decided").fill("The rates of the benefit");
        page.getByLabel("Welfare").check();
        click(AriaRole.BUTTON, "Continue to questions");
        assertThat(page.locator("h1")).hasText("Questions");

        page.getByLabel("Section title").fill("Your assessment");
        click(AriaRole.BUTTON, "Add section");
        addQuestion("Free text", "What would have made your assessment better?", null, true);
        addQuestion("Agreement on a 5-point scale", "The assessor understood my condition.", null, true);
        page.getByLabel("Section title").fill("Changes");
        click(AriaRole.BUTTON, "Add section");
        page.getByLabel("Section", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("2: Changes"));
        addQuestion("Choose one option", "Where would you rather be assessed?", "At home\nAt a centre", false);
        page.getByLabel("Section", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("2: Changes"));
        addQuestion("Choose any number of options", "Which changes matter to you?", "Shorter forms\nPaper copies", false);
        page.getByLabel("Section", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("2: Changes"));
        addQuestion("Put options in order", "Rank these priorities.", "Speed\nFairness", false);
        click(AriaRole.BUTTON, "Publish consultation");
        assertThat(page.locator(".notice")).containsText("The consultation is published");
        String address = page.url();
        click(AriaRole.LINK, "Team");
        page.getByLabel("Username of the analyst").fill(analyst);
        click(AriaRole.BUTTON, "Add analyst");
        signOut();

        signIn(carer);
        browser.visit(url("/consultations?state=open&sector=WELFARE"));
        click(AriaRole.LINK, title);
        click(AriaRole.LINK, "Respond to this consultation");
        click(AriaRole.BUTTON, "Start now");
        page.getByLabel("A carer or family member").check();
        page.getByLabel("Yes, you may publish my words without my name").check();
        click(AriaRole.BUTTON, "Continue");
        click(AriaRole.BUTTON, "Continue");
        assertThat(page.locator(".error-summary")).containsText("Enter an answer to: What would have made");
        page.getByLabel("What would have made your assessment better?").fill("An assessor who knew about dementia.");
        page.getByLabel("Disagree", new Page.GetByLabelOptions().setExact(true)).check();
        click(AriaRole.BUTTON, "Save and come back later");
        assertThat(page.locator("h1")).hasText("Your answers are saved");
        click(AriaRole.LINK, "Carry on now");
        click(AriaRole.LINK, "Change your answers in Changes");
        page.getByLabel("At home").check();
        page.getByLabel("Paper copies").check();
        page.getByLabel("Speed").selectOption("2");
        page.getByLabel("Fairness").selectOption("1");
        click(AriaRole.BUTTON, "Continue");
        assertThat(page.locator("main")).containsText("1. Fairness; 2. Speed");
        click(AriaRole.BUTTON, "Send response");
        assertThat(page.locator("h1").first()).hasText("Response sent");
        String carerLink = page.locator(".private-link a").getAttribute("href");
        signOut();

        browser.visit(address);
        click(AriaRole.LINK, "Respond to this consultation");
        click(AriaRole.BUTTON, "Start now");
        page.getByLabel("Someone who uses the service").check();
        page.getByLabel("No, do not publish my words").check();
        click(AriaRole.BUTTON, "Continue");
        page.getByLabel("What would have made your assessment better?").fill("Being seen at home, not travelling two hours.");
        page.getByLabel("Strongly disagree").check();
        click(AriaRole.BUTTON, "Continue");
        click(AriaRole.BUTTON, "Continue");
        click(AriaRole.BUTTON, "Send response");
        String anonymousLink = page.locator(".private-link a").getAttribute("href");

        signIn(analyst);
        browser.visit(address + "/analysis/responses");
        page.locator("tbody tr a").first().click();
        browser.scan();
        page.getByLabel("New theme for this answer").fill("Assessor knowledge");
        click(AriaRole.BUTTON, "Save coding");
        click(AriaRole.LINK, "Responses");
        page.locator("tbody tr a").last().click();
        browser.scan();
        page.getByLabel("New theme for this answer").fill("Travel");
        click(AriaRole.BUTTON, "Save coding");
        click(AriaRole.LINK, "Analysis");
        assertThat(page.locator("main")).containsText("2 (100%)");
        signOut();

        jdbc.sql("update consultations set opens_at = now() - interval '2 days', closes_at = now() - interval '1 minute' where title = :t")
                .param("t", title).update();
        signIn(organiser);
        browser.visit(address + "/analysis/themes");
        page.getByLabel("What you decided on Assessor knowledge").fill("Assessors will be trained in dementia.");
        click(AriaRole.BUTTON, "Save decision on Assessor knowledge");
        page.getByLabel("What you decided on Travel").fill("Home assessments for anyone who asks.");
        click(AriaRole.BUTTON, "Save decision on Travel");
        page.getByLabel("What you decided, overall").fill("We will change where and by whom assessments are done.");
        click(AriaRole.BUTTON, "Publish outcome");
        assertThat(page.locator("h1")).hasText("We asked, you said, we did");
        assertThat(page.locator("main")).containsText("2 of 2 (100%)");
        signOut();

        signIn(carer);
        browser.visit(url(carerLink));
        assertThat(page.locator("main")).containsText("Assessors will be trained in dementia.");
        signOut();
        browser.visit(url(anonymousLink));
        assertThat(page.locator("main")).containsText("Home assessments for anyone who asks.");
        assertThat(page.locator("main")).not().containsText("Assessors will be trained in dementia.");
    }

    private void addQuestion(String kind, String prompt, String options, boolean required) {
        Page page = browser.page();
        page.getByLabel(kind, new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Question", new Page.GetByLabelOptions().setExact(true)).fill(prompt);
        if (options != null) {
            page.getByLabel("Options", new Page.GetByLabelOptions().setExact(true)).fill(options);
        }
        Locator requiredBox = page.getByLabel("Respondents must answer this question");
        requiredBox.setChecked(required);
        click(AriaRole.BUTTON, "Add question");
        assertThat(page.locator(".notice")).containsText("Question added");
    }

    private void click(AriaRole role, String name) {
        browser.page().getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
        browser.scan();
    }

    private void signIn(String username) {
        browser.signIn(url(""), username);
    }

    private void signOut() {
        browser.signOut();
    }
}
