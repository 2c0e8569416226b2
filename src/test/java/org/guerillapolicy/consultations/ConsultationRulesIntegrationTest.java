package org.guerillapolicy.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.guerillapolicy.support.GroupFixtures;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who runs a consultation, who may respond, and the events other modules hear. */
class ConsultationRulesIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfigurableApplicationContext context;

    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final ApplicationListener<PayloadApplicationEvent<?>> recorder = event -> events.add(event.getPayload());

    @BeforeEach
    void listen() {
        context.addApplicationListener(recorder);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(recorder);
    }

    @Test
    void aGroupsMembersOrganiseItsConsultationAndOutsidersCannotSeeTheDraft() {
        WebSession owner = Members.joined(url(""), unique("owner"));
        String memberName = unique("member");
        WebSession member = Members.joined(url(""), memberName);
        WebSession outsider = Members.joined(url(""), unique("out"));
        String group = GroupFixtures.create(owner, unique("grp").replace('_', '-'), "PRIVATE");
        GroupFixtures.invite(owner, group, memberName, member);
        long groupId = jdbc.sql("select id from groups where slug = :s").param("s", group).query(Long.class).single();

        String slug = ConsultationFixtures.create(owner, "Group run " + unique("t"),
                Map.of("groupId", Long.toString(groupId), "projectRef", "respite-care-reform"));
        assertThat(member.get("/consultations/" + slug).page().text()).contains("Run by the group", "respite-care-reform");
        assertThat(member.get("/consultations/" + slug + "/build").status()).isEqualTo(200);
        assertThat(outsider.get("/consultations/" + slug).status()).isEqualTo(404);
        assertThat(outsider.get("/consultations").body()).doesNotContain(slug);
        assertThat(member.get("/consultations").page().select("main").text()).contains("Consultations you run or analyse");

        outsider.get("/consultations/new");
        Response notMine = outsider.submit("main form", Map.of("title", "Not my group", "summary", "S", "openToChange", "A",
                "groupId", Long.toString(groupId)));
        assertThat(notMine.page().select(".error-summary").text()).contains("for a group you belong to");

        ConsultationFixtures.addEveryKindOfQuestion(member, slug);
        ConsultationFixtures.publish(member, slug);
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ConsultationCreated.class,
                created -> assertThat(created.projectRef()).isEqualTo("respite-care-reform")));
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ConsultationPublished.class,
                published -> assertThat(published.slug()).isEqualTo(slug)));
    }

    @Test
    void aConsultationForSignedInPeopleOnlyRefusesAnonymousResponses() {
        WebSession organiser = Members.joined(url(""), unique("org"));
        String slug = ConsultationFixtures.create(organiser, "Signed in only " + unique("t"), Map.of("anonymousAllowed", "false"));
        ConsultationFixtures.addEveryKindOfQuestion(organiser, slug);
        ConsultationFixtures.publish(organiser, slug);

        WebSession anonymous = new WebSession(url(""));
        assertThat(anonymous.get("/consultations/" + slug + "/respond").page().select("main form")).isEmpty();
        assertThat(anonymous.last().page().text()).contains("does not take anonymous responses");
        anonymous.get("/signin");
        Response refused = anonymous.follow(anonymous.postForm("/consultations/" + slug + "/responses", Map.of()));
        assertThat(refused.page().text()).contains("Sign in to respond to this consultation");
        assertThat(jdbc.sql("select count(*) from consultation_responses r join consultations c on c.id = r.consultation_id"
                + " where c.slug = :s").param("s", slug).query(Long.class).single()).isZero();
    }

    @Test
    void sendingAndWithdrawingTellOtherModulesAndWithdrawingEndsAtClosing() {
        WebSession organiser = Members.joined(url(""), unique("org"));
        String slug = ConsultationFixtures.create(organiser, "Events " + unique("t"), Map.of());
        ConsultationFixtures.addEveryKindOfQuestion(organiser, slug);
        ConsultationFixtures.publish(organiser, slug);
        WebSession respondent = Members.joined(url(""), unique("resp"));
        String link = ConsultationFixtures.respond(respondent, slug, "CARER", true, "Words", 1);

        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ResponseSubmitted.class, sent -> {
            assertThat(sent.responsePath()).isEqualTo(link);
            assertThat(sent.accountId()).isNotNull();
        }));
        assertThat(respondent.get("/consultations/" + slug).page().text()).contains("View or withdraw your response");
        respondent.get("/consultations/" + slug + "/respond");
        assertThat(respondent.last().page().select("main form")).isEmpty();

        jdbc.sql("update consultations set opens_at = now() - interval '2 days', closes_at = now() - interval '1 minute' where slug = :s")
                .param("s", slug).update();
        respondent.get(link);
        assertThat(respondent.last().page().select("form[action$=/withdraw]")).isEmpty();
        Response late = respondent.follow(respondent.postForm(link + "/withdraw", Map.of()));
        assertThat(late.page().text()).contains("responses can no longer be withdrawn");
        assertThat(events).noneMatch(ResponseWithdrawn.class::isInstance);
        assertThat(respondent.get("/consultations/" + slug).page().text()).contains("View your response and what became of it");
    }
}
