package org.guerillapolicy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.guerillapolicy.consultations.ConsultationFixtures;
import org.guerillapolicy.policy.ProjectFixtures;
import org.guerillapolicy.support.GroupFixtures;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every form whose fields are more than text, sent values that cannot be converted at all: a choice no form offers,
 * letters for a number, "maybe" for a yes-or-no. Each comes back as its form with a message and what was typed,
 * never as an error page, and nothing is saved.
 */
class ForgedFormValuesIntegrationTest extends IntegrationTest {

    private static final String NOT_A_CHOICE = "That value is not one of the choices";

    @Autowired
    JdbcClient jdbc;

    private long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }

    private static void refusedOnItsForm(Response response, String formSelector, String... messages) {
        assertThat(response.status()).as("status of %s: %s", response.uri(), response.page().title()).isEqualTo(200);
        assertThat(response.page().select(formSelector + " .error-summary").text()).contains(messages);
    }

    @Test
    void signUpAndProfileForms() {
        WebSession visitor = new WebSession(url(""));
        visitor.get("/signup");
        String username = unique("forged");
        Response signUp = visitor.submit("form[action=/signup]", Map.of("username", username, "displayName", "Forged",
                "email", username + "@example.org", "password", Members.PASSWORD, "kind", "BOGUS"));
        refusedOnItsForm(signUp, "form[action=/signup]", NOT_A_CHOICE);
        assertThat(signUp.page().select("input#username").val()).isEqualTo(username);
        assertThat(count("select count(*) from accounts where username = ?", username)).isZero();

        // A taken username is checked alongside the forged choice, and both are reported.
        String name = unique("member");
        WebSession member = Members.joined(url(""), name);
        visitor.get("/signup");
        Response taken = visitor.submit("form[action=/signup]", Map.of("username", name, "displayName", "Forged",
                "email", name + "@example.org", "password", Members.PASSWORD, "kind", "BOGUS"));
        refusedOnItsForm(taken, "form[action=/signup]", NOT_A_CHOICE, "That username is taken",
                "An account already uses this email address");
        assertThat(taken.page().select("input#username").val()).isEqualTo(name);
        assertThat(count("select count(*) from accounts where username = ?", name)).isEqualTo(1);

        member.get("/settings/profile");
        Response profile = member.submit("form[action=/settings/profile]", Map.of("displayName", "Renamed by forgery",
                "kind", "BOGUS", "pseudonymous", "maybe", "roles", "NOT_A_ROLE", "sectors", "NOT_A_SECTOR"));
        refusedOnItsForm(profile, "form[action=/settings/profile]", NOT_A_CHOICE);
        assertThat(profile.page().select("input#displayName").val()).isEqualTo("Renamed by forgery");
        assertThat(jdbc.sql("select display_name from accounts where username = ?").param(name)
                .query(String.class).single()).isEqualTo("Display " + name);
    }

    @Test
    void groupForms() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String slug = ProjectFixtures.slug("forged");
        owner.get("/groups/new");
        Response create = owner.submit("form[action=/groups]", Map.of("name", "Forged group", "slug", slug,
                "description", "", "visibility", "BOGUS"));
        refusedOnItsForm(create, "form[action=/groups]", NOT_A_CHOICE);
        assertThat(create.page().select("input#name").val()).isEqualTo("Forged group");
        assertThat(count("select count(*) from groups where slug = ?", slug)).isZero();

        String group = GroupFixtures.create(owner, ProjectFixtures.slug("real"), "PUBLIC");
        owner.get("/groups/" + group + "/settings");
        Response settings = owner.submit("form[action=/groups/" + group + "/settings]",
                Map.of("name", "Renamed by forgery", "visibility", "BOGUS"));
        refusedOnItsForm(settings, "form[action=/groups/" + group + "/settings]", NOT_A_CHOICE);
        assertThat(settings.page().select("input#name").val()).isEqualTo("Renamed by forgery");
        assertThat(jdbc.sql("select name from groups where slug = ?").param(group).query(String.class).single())
                .isEqualTo("Group " + group);
    }

    @Test
    void postForms() {
        String name = unique("poster");
        WebSession member = Members.joined(url(""), name);
        String postsBy = "select count(*) from posts p join accounts a on a.id = p.author_id where a.username = ?";

        member.get("/home");
        Response home = member.submit("form[action=/posts]", Map.of("body", "A forged question", "question", "maybe"));
        refusedOnItsForm(home, "form[action=/posts]", NOT_A_CHOICE);
        assertThat(home.page().select("textarea#body").text()).isEqualTo("A forged question");

        String group = GroupFixtures.create(member, ProjectFixtures.slug("posts"), "PUBLIC");
        member.get("/groups/" + group);
        Response inGroup = member.submit("form[action=/groups/" + group + "/posts]",
                Map.of("body", "A forged group post", "question", "maybe"));
        refusedOnItsForm(inGroup, "form[action=/groups/" + group + "/posts]", NOT_A_CHOICE);
        assertThat(inGroup.page().select("textarea#body").text()).isEqualTo("A forged group post");
        assertThat(count(postsBy, name)).isZero();

        long post = Members.post(member, "Something to reply to", false);
        member.get("/@" + name + "/" + post + "/reply");
        Response reply = member.submit("form[action=/@" + name + "/" + post + "/reply]",
                Map.of("body", "A forged reply", "question", "maybe"));
        refusedOnItsForm(reply, "form[action=/@" + name + "/" + post + "/reply]", NOT_A_CHOICE);
        assertThat(reply.page().select("textarea#body").text()).isEqualTo("A forged reply");
        assertThat(count(postsBy, name)).isEqualTo(1);
    }

    @Test
    void projectAndContributionForms() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String forgedSlug = ProjectFixtures.slug("forged");
        owner.get("/projects/new");
        Response start = owner.submit("form[action=/projects]", Map.of("title", "Forged project", "slug", forgedSlug,
                "summary", "", "groupSlug", "", "visibility", "BOGUS"));
        refusedOnItsForm(start, "form[action=/projects]", NOT_A_CHOICE);
        assertThat(start.page().select("input#title").val()).isEqualTo("Forged project");
        assertThat(count("select count(*) from policy_projects where slug = ?", forgedSlug)).isZero();

        String slug = ProjectFixtures.start(owner, ProjectFixtures.slug("project"), "", "PUBLIC");
        String contributions = "select count(*) from policy_contributions c join policy_projects p on p.id = c.project_id"
                + " where p.slug = ?";
        owner.get("/projects/" + slug + "/problem");
        Response problem = owner.submit("form[method=post][action=/projects/" + slug + "/problem]",
                Map.of("body", "A forged question?", "evidence", "abc"));
        refusedOnItsForm(problem, "form[method=post][action=/projects/" + slug + "/problem]", NOT_A_CHOICE);
        assertThat(problem.page().select("textarea#body").text()).isEqualTo("A forged question?");
        assertThat(count(contributions, slug)).isZero();

        ProjectFixtures.move(owner, slug, "forward");
        owner.get("/projects/" + slug + "/evidence");
        Response evidence = owner.submit("form[method=post][action=/projects/" + slug + "/evidence]",
                Map.of("title", "Forged evidence", "body", "Beds closed", "evidenceKind", "BOGUS", "sector", "NOT_A_SECTOR",
                        "contributorRole", "NOT_A_ROLE"));
        refusedOnItsForm(evidence, "form[method=post][action=/projects/" + slug + "/evidence]", NOT_A_CHOICE);
        assertThat(evidence.page().select("input#title").val()).isEqualTo("Forged evidence");
        assertThat(count(contributions, slug)).isZero();
        ProjectFixtures.contribute(owner, slug, "evidence", Map.of("title", "Real evidence", "body", "Beds closed",
                "evidenceKind", "DATA"));

        ProjectFixtures.move(owner, slug, "forward");
        owner.get("/projects/" + slug + "/options");
        Response options = owner.submit("form[method=post][action=/projects/" + slug + "/options]",
                Map.of("title", "Forged option", "body", "A guarantee", "evidence", "abc"));
        refusedOnItsForm(options, "form[method=post][action=/projects/" + slug + "/options]", NOT_A_CHOICE);
        assertThat(options.page().select("input#title").val()).isEqualTo("Forged option");
        assertThat(options.page().select("input[name=evidence]")).hasSize(1);
        assertThat(count(contributions, slug)).isEqualTo(1);

        long option = ProjectFixtures.contribute(owner, slug, "options", Map.of("title", "Real option", "body", "Real"));
        String refine = "/projects/" + slug + "/options/" + option + "/refine";
        owner.get(refine);
        Response refined = owner.submit("form[action=" + refine + "]",
                Map.of("title", "Refined by forgery", "body", "Changed", "evidence", "abc", "evidenceKind", "BOGUS"));
        refusedOnItsForm(refined, "form[action=" + refine + "]", NOT_A_CHOICE);
        assertThat(refined.page().select("input#title").val()).isEqualTo("Refined by forgery");
        assertThat(jdbc.sql("select title from policy_contributions where id = ?").param(option)
                .query(String.class).single()).isEqualTo("Real option");
    }

    @Test
    void implementationForms() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String slug = ProjectFixtures.start(owner, ProjectFixtures.slug("impl"), "", "PUBLIC");
        for (int i = 0; i < 3; i++) {
            ProjectFixtures.move(owner, slug, "forward");
        }
        owner.get("/projects/" + slug + "/draft/edit");
        owner.submit("form[action=/projects/" + slug + "/draft]",
                Map.of("markdown", "## The problem\n\nCarers lose respite.\n", "note", "First draft"));
        owner.get("/projects/" + slug + "/draft");
        owner.submit("form[action=/projects/" + slug + "/publish]", Map.of());
        ProjectFixtures.move(owner, slug, "forward");
        String page = "/projects/" + slug + "/implementation";

        owner.get(page);
        Response update = owner.submit("form[action=" + page + "/updates]",
                Map.of("title", "Forged milestone", "body", "", "status", "BOGUS"));
        refusedOnItsForm(update, "form[action=" + page + "/updates]", NOT_A_CHOICE);
        assertThat(update.page().select("input#title").val()).isEqualTo("Forged milestone");

        owner.get(page);
        Response report = owner.submit("form[action=" + page + "/reports]",
                Map.of("whatHappened", "A forged report", "whatChanged", "", "rating", "abc"));
        refusedOnItsForm(report, "form[action=" + page + "/reports]", "Choose a rating from 1 to 5");
        assertThat(report.page().select("textarea#whatHappened").text()).isEqualTo("A forged report");

        String where = " x join policy_projects p on p.id = x.project_id where p.slug = ?";
        assertThat(count("select count(*) from policy_updates" + where, slug)).isZero();
        assertThat(count("select count(*) from policy_reports" + where, slug)).isZero();
    }

    @Test
    void consultationForms() {
        WebSession organiser = Members.joined(url(""), unique("organiser"));
        String title = "Forged consultation " + unique("c");
        organiser.get("/consultations/new");
        Map<String, String> forged = new HashMap<>(Map.of("title", title, "summary", "Forged", "openToChange", "All",
                "opensAt", "abc", "closesAt", "2027-03-01T17:00", "anonymousAllowed", "maybe", "groupId", "abc",
                "audienceRoles", "NOT_A_ROLE", "audienceSectors", "NOT_A_SECTOR"));
        Response create = organiser.submit("form[action=/consultations]", forged);
        refusedOnItsForm(create, "form[action=/consultations]", NOT_A_CHOICE, "Enter a date and time");
        assertThat(create.page().select(".error-summary").text()).doesNotContain("Enter a whole number");
        assertThat(create.page().select("input#title").val()).isEqualTo(title);
        assertThat(count("select count(*) from consultations where title = ?", title)).isZero();

        String slug = ConsultationFixtures.create(organiser, "Real consultation", Map.of());
        String path = "/consultations/" + slug;
        organiser.get(path + "/edit");
        forged.put("title", "Renamed by forgery");
        Response edit = organiser.submit("form[action=" + path + "/edit]", forged);
        refusedOnItsForm(edit, "form[action=" + path + "/edit]", NOT_A_CHOICE, "Enter a date and time");
        assertThat(edit.page().select("input#title").val()).isEqualTo("Renamed by forgery");
        assertThat(jdbc.sql("select title from consultations where slug = ?").param(slug).query(String.class).single())
                .isEqualTo("Real consultation");

        ConsultationFixtures.addEveryKindOfQuestion(organiser, slug);
        String questions = "select count(*) from consultation_questions q join consultations c on c.id = q.consultation_id"
                + " where c.slug = ?";
        long before = count(questions, slug);
        organiser.get(path + "/build");
        Response question = organiser.submit("form[action=" + path + "/questions]", Map.of("prompt", "A forged question?",
                "kind", "BOGUS", "required", "maybe", "maxLength", "abc", "sectionId", "abc"));
        refusedOnItsForm(question, "form[action=" + path + "/questions]", NOT_A_CHOICE,
                "Enter the length limit as a whole number");
        assertThat(question.page().select("form[action=" + path + "/questions] .error-summary").text())
                .doesNotContain("Enter a whole number");
        assertThat(question.page().select("textarea#prompt").text()).isEqualTo("A forged question?");
        assertThat(count(questions, slug)).isEqualTo(before);

        ConsultationFixtures.publish(organiser, slug);
        WebSession respondent = Members.joined(url(""), unique("respondent"));
        respondent.get(path + "/respond");
        String about = respondent.submit("main form[action=" + path + "/responses]", Map.of()).location().orElseThrow();
        respondent.get(about);
        Response aboutYou = respondent.submit("main form", Map.of("capacity", "BOGUS", "sector", "NOT_A_SECTOR",
                "locality", "Forged town", "publishConsent", "maybe"));
        refusedOnItsForm(aboutYou, "main form", NOT_A_CHOICE);
        assertThat(aboutYou.page().select("input#locality").val()).isEqualTo("Forged town");
        assertThat(count("select count(*) from consultation_responses r join consultations c on c.id = r.consultation_id"
                + " where c.slug = ? and (r.capacity is not null or r.locality <> '')", slug)).isZero();
    }

    @Test
    void searchIgnoresChoicesItDoesNotOffer() {
        // Every field of the search form is text, read by the form itself, so nothing here can fail to convert.
        WebSession visitor = new WebSession(url(""));
        Response search = visitor.get("/search?q=respite&kind=BOGUS&role=X&sector=Y&page=abc");
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.page().select("input#q").val()).isEqualTo("respite");
    }
}
