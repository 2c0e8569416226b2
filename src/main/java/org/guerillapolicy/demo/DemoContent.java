package org.guerillapolicy.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guerillapolicy.accounts.Account;
import org.guerillapolicy.accounts.AccountKind;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.accounts.NewAccount;
import org.guerillapolicy.accounts.ProfileChanges;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.consultations.AboutYou;
import org.guerillapolicy.consultations.Capacity;
import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.consultations.Consultations;
import org.guerillapolicy.consultations.NewConsultation;
import org.guerillapolicy.consultations.NewQuestion;
import org.guerillapolicy.consultations.Question;
import org.guerillapolicy.consultations.QuestionKind;
import org.guerillapolicy.consultations.Response;
import org.guerillapolicy.consultations.Responses;
import org.guerillapolicy.consultations.Section;
import org.guerillapolicy.conversations.Conversations;
import org.guerillapolicy.conversations.Follows;
import org.guerillapolicy.conversations.NewPost;
import org.guerillapolicy.conversations.PostView;
import org.guerillapolicy.deliberation.Moderation;
import org.guerillapolicy.deliberation.OpinionMapDetails;
import org.guerillapolicy.deliberation.OpinionMaps;
import org.guerillapolicy.deliberation.Participation;
import org.guerillapolicy.deliberation.ProjectMaps;
import org.guerillapolicy.deliberation.Statement;
import org.guerillapolicy.groups.Group;
import org.guerillapolicy.groups.GroupVisibility;
import org.guerillapolicy.groups.Groups;
import org.guerillapolicy.groups.NewGroup;
import org.guerillapolicy.messages.Messages;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.ContributionKind;
import org.guerillapolicy.policy.Contributions;
import org.guerillapolicy.policy.Drafts;
import org.guerillapolicy.policy.EvidenceKind;
import org.guerillapolicy.policy.NewContribution;
import org.guerillapolicy.policy.NewProject;
import org.guerillapolicy.policy.Outcome;
import org.guerillapolicy.policy.Project;
import org.guerillapolicy.policy.ProjectVisibility;
import org.guerillapolicy.policy.Projects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Started with {@code --demo}, fills an empty instance with people and organisations of different roles
 * and sectors talking about real public-service problems, so a newcomer sees what the platform is for.
 */
@Component
class DemoContent implements ApplicationRunner {

    static final String PASSWORD = "demo-password";

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final Accounts accounts;
    private final Conversations conversations;
    private final Follows follows;
    private final Groups groups;
    private final Messages messages;
    private final Consultations consultations;
    private final Responses responses;
    private final Projects projects;
    private final Contributions contributions;
    private final Drafts drafts;
    private final OpinionMaps opinionMaps;
    private final ProjectMaps projectMaps;
    private final Environment environment;
    private final Map<String, Long> ids = new HashMap<>();

    DemoContent(Accounts accounts, Conversations conversations, Follows follows, Groups groups, Messages messages,
                Consultations consultations, Responses responses, Projects projects, Contributions contributions,
                Drafts drafts, OpinionMaps opinionMaps, ProjectMaps projectMaps,
                Environment environment) {
        this.environment = environment;
        this.opinionMaps = opinionMaps;
        this.projectMaps = projectMaps;
        this.consultations = consultations;
        this.responses = responses;
        this.projects = projects;
        this.contributions = contributions;
        this.drafts = drafts;
        this.accounts = accounts;
        this.conversations = conversations;
        this.follows = follows;
        this.groups = groups;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("demo")) {
            return;
        }
        if (accounts.byUsername("amira_nurse").isPresent()) {
            System.out.println(signInHelp("Demo content is already here."));
            return;
        }
        if (accounts.any()) {
            System.out.println("Demo content is only added to an empty instance; this one already has accounts.");
            return;
        }
        log.info("Adding demo content");
        addPeople();
        addConversations();
        addGroupsAndMessages();
        addConsultation();
        addPolicyProject();
        addOpinionMap();
        System.out.println(signInHelp("Demo content added."));
    }

    private void addPeople() {
        person("amira_nurse", "Amira Haddad", AccountKind.PERSON, false, Set.of(Role.PRACTITIONER),
                Set.of(Sector.HEALTH), "Leeds", "Community nurse for 14 years. Mostly older people living alone.");
        person("willow_cares", "Willow", AccountKind.PERSON, true, Set.of(Role.CARER, Role.SERVICE_USER),
                Set.of(Sector.SOCIAL_CARE), "Norfolk", "I look after my dad, who has dementia. Here to be heard.");
        person("kofi_housing", "Kofi Mensah", AccountKind.PERSON, false, Set.of(Role.PRACTITIONER),
                Set.of(Sector.HOUSING, Sector.WELFARE), "Manchester", "Tenancy support worker.");
        person("brightside_trust", "Brightside Carers Trust", AccountKind.ORGANISATION, false,
                Set.of(Role.PROVIDER_ORGANISATION), Set.of(Sector.SOCIAL_CARE), "East of England",
                "A charity supporting unpaid carers with breaks, advice and peer groups.");
        person("leeds_commissioning", "Leeds Community Commissioning", AccountKind.ORGANISATION, false,
                Set.of(Role.COMMISSIONER), Set.of(Sector.HEALTH, Sector.SOCIAL_CARE), "Leeds",
                "We buy community health and care services for the city and want to do it in the open.");
        person("ruth_ellis", "Dr Ruth Ellis", AccountKind.PERSON, false, Set.of(Role.RESEARCHER),
                Set.of(Sector.HEALTH, Sector.SOCIAL_CARE), "Bristol", "I research how carers' breaks are funded.");
        person("jay_cardiff", "J.", AccountKind.PERSON, true, Set.of(Role.SERVICE_USER), Set.of(Sector.WELFARE),
                "Cardiff", "On Universal Credit after an injury. I know the system from the inside.");
        person("tom_probation", "Tom Okafor", AccountKind.PERSON, false, Set.of(Role.PRACTITIONER, Role.POLICYMAKER),
                Set.of(Sector.JUSTICE), "Birmingham", "Probation officer, now on secondment to a policy team.");
    }

    private void addConversations() {
        PostView respite = post("willow_cares", true, """
                Why do families lose respite care as soon as the person they care for moves onto a new \
                assessment? We lost ours for four months. #RespiteCare #Carers""");
        PostView funding = reply("ruth_ellis", respite, """
                In the councils we studied, breaks are funded from the cared-for person's budget, so a \
                reassessment pauses them. Carers' own assessments could keep them going. #RespiteCare""");
        reply("brightside_trust", respite, """
                We see this every week. A bridging fund of a few hundred pounds per family would cover most gaps.""");
        reply("amira_nurse", funding, "That matches what I see on visits. The pause is where people break down.");
        conversations.acceptAnswer(respite.id(), funding.id(), viewer("willow_cares"));

        PostView housing = post("kofi_housing", false, """
                Tenants moving from legacy benefits lose weeks of rent while the first Universal Credit \
                payment comes through. Has anyone got an advance-payment process that works? #Housing #UniversalCredit""");
        reply("jay_cardiff", housing, """
                The advance is a loan, so you start in debt. What helped me was a landlord who waited. \
                @kofi_housing landlords need to hear this from tenants.""");
        PostView commissioning = post("leeds_commissioning", false, """
                We are redesigning community nursing for older people living alone. Before we write \
                anything: what should we ask? Tell us at https://example.org/leeds-nursing or reply here. #CommunityNursing""");
        reply("amira_nurse", commissioning, """
                Ask about continuity. People tell me their story again to a new face every week. #CommunityNursing""");
        post("tom_probation", true, """
                What would make it easier for people leaving prison to register with a GP on day one? #Justice #Health""");
        post("ruth_ellis", false, "New review of carers' break schemes across 20 councils, with plain-English summary: https://example.org/breaks-review #Carers");

        follow("willow_cares", "brightside_trust", "ruth_ellis", "amira_nurse");
        follow("amira_nurse", "leeds_commissioning", "willow_cares");
        follow("kofi_housing", "jay_cardiff");
        follow("jay_cardiff", "kofi_housing", "brightside_trust");
        follow("leeds_commissioning", "amira_nurse", "ruth_ellis");
        follow("ruth_ellis", "brightside_trust", "willow_cares");
        follows.followTag(ids.get("brightside_trust"), "carers");
        follows.followTag(ids.get("tom_probation"), "health");
        conversations.favourite(respite.id(), viewer("amira_nurse"), true);
        conversations.favourite(respite.id(), viewer("ruth_ellis"), true);
        conversations.repeat(respite.id(), viewer("brightside_trust"), true);
        conversations.repeat(commissioning.id(), viewer("amira_nurse"), true);
    }

    private void addGroupsAndMessages() {
        Group network = groups.create(viewer("brightside_trust"), new NewGroup("carers-breaks", "Carers' breaks network",
                "Carers, charities and researchers working out how breaks for unpaid carers could be funded fairly.",
                GroupVisibility.PUBLIC));
        List.of("willow_cares", "ruth_ellis", "amira_nurse").forEach(name -> groups.join(network, viewer(name)));
        conversations.publish(ids.get("ruth_ellis"), new NewPost("""
                Draft list of questions for our evidence call: what happens to breaks during reassessment, who                 pays, how long the gap lasts. What is missing? #RespiteCare""", true, null, network.id()));

        Group redesign = groups.create(viewer("leeds_commissioning"), new NewGroup("leeds-nursing-redesign",
                "Leeds community nursing redesign", "A private working space for the nursing redesign, before "
                + "anything is ready to share with everyone.", GroupVisibility.PRIVATE));
        groups.invite(redesign, viewer("leeds_commissioning"), "amira_nurse");
        groups.acceptInvitation(redesign, viewer("amira_nurse"));
        groups.invite(redesign, viewer("leeds_commissioning"), "willow_cares");
        groups.requestToJoin(redesign, viewer("kofi_housing"), "I support tenants who rely on district nurses.");
        conversations.publish(ids.get("leeds_commissioning"), new NewPost("""
                First draft of the continuity principle: the same small team visits each person. Not for                 sharing yet, comments welcome here.""", false, null, redesign.id()));

        long thread = messages.start(viewer("willow_cares"), "brightside_trust",
                "Hello, is there anything in Norfolk that could cover a few weeks of breaks while Dad is reassessed?");
        messages.reply(thread, viewer("brightside_trust"),
                "Yes: our bridging fund covers up to six weeks. I can send you the form.");
    }

    /** A respite care project at its draft stage, with outcomes given and one amendment waiting. */
    private void addPolicyProject() {
        Viewer trust = viewer("brightside_trust");
        Project project = projects.start(trust, new NewProject("Respite care for carers of people with dementia",
                "respite-care", "Carers lose breaks when the person they look after is reassessed. What would fix it?",
                "", ProjectVisibility.PUBLIC));
        long question = contributions.contribute(project, viewer("willow_cares"), NewContribution.question(
                "Why do families lose respite care during a reassessment?"), List.of());
        contributions.support(project, viewer("amira_nurse"), question, true);
        projects.move(project, trust, true);
        project = projects.find("respite-care", trust);
        long research = contributions.contribute(project, viewer("ruth_ellis"), new NewContribution(ContributionKind.EVIDENCE,
                "Breaks stop for 11 weeks on average during reassessment", "Survey of 412 carers in three councils, 2025.",
                EvidenceKind.RESEARCH, "https://example.org/carers-breaks-survey", Sector.SOCIAL_CARE, "East of England",
                Role.RESEARCHER, null), List.of());
        contributions.support(project, viewer("willow_cares"), research, true);
        projects.move(project, trust, true);
        project = projects.find("respite-care", trust);
        long option = contributions.contribute(project, viewer("amira_nurse"), new NewContribution(ContributionKind.OPTION,
                "Keep breaks running until the new assessment is done", "No carer loses an agreed break while the "
                + "person they care for is reassessed.", null, "", null, "", null, null), List.of(research));
        projects.move(project, trust, true);
        project = projects.find("respite-care", trust);
        contributions.decide(project, trust, question, Outcome.ADOPTED, "", null);
        contributions.decide(project, trust, research, Outcome.ADOPTED, "", null);
        contributions.decide(project, trust, option, Outcome.CHANGED, "Limited to twelve weeks so councils can plan", null);
        drafts.save(project, trust, """
                ## The problem

                Carers of people with dementia lose agreed breaks while the person they care for is reassessed.

                ## Recommendation

                Agreed breaks continue for up to twelve weeks while a reassessment is completed.
                """, "First draft");
        String anchor = drafts.current(project).orElseThrow().anchors().getLast();
        drafts.proposeAmendment(project, viewer("willow_cares"), anchor,
                "Agreed breaks continue until the reassessment is completed, however long it takes.");
    }

    /** An opinion map on respite care: two camps that still share common ground. */
    private void addOpinionMap() {
        List<String> statements = List.of("Respite should be bookable at short notice",
                "Carers should get a personal budget for breaks", "Day centres should open at weekends",
                "Respite is best provided by the NHS", "Charities run respite better than councils",
                "Carers should be asked before respite is planned");
        Viewer owner = viewer("brightside_trust");
        // Part of the respite-care project's options stage, so the project can order its options by these groups.
        OpinionMapDetails map = opinionMaps.open(owner, projectMaps.attachment("respite-care", 3, owner), null,
                "How should respite care for unpaid carers change?", statements, Participation.LISTED, true,
                Moderation.PRE);
        int[][] votes = {
            {1, 1, 1, -1, 1, 1}, {1, 1, 0, -1, 1, 1}, {1, 1, 1, -1, 0, 1}, {1, 0, 1, -1, 1, 1},
            {1, -1, 1, 1, -1, 1}, {1, -1, 0, 1, -1, 1}, {0, -1, 1, 1, -1, 1}, {1, -1, 1, 1, -1, 0}};
        String[] people = {"willow_cares", "brightside_trust", "jay_cardiff", "ruth_ellis", "amira_nurse",
            "leeds_commissioning", "kofi_housing", "tom_probation"};
        for (int p = 0; p < people.length; p++) {
            List<Statement> open = opinionMaps.statements(map);
            for (int s = 0; s < open.size(); s++) {
                opinionMaps.vote(map, viewer(people[p]), open.get(s).id(), votes[p][s]);
            }
        }
    }

    private void person(String username, String name, AccountKind kind, boolean pseudonymous, Set<Role> roles,
                        Set<Sector> sectors, String locality, String bio) {
        Account account = accounts.register(new NewAccount(username, name, username + "@demo.invalid", PASSWORD, kind));
        accounts.updateProfile(account.id(), new ProfileChanges(name, kind, pseudonymous, roles, sectors, locality,
                bio, ""));
        ids.put(username, account.id());
    }

    private PostView post(String username, boolean question, String body) {
        return conversations.publish(ids.get(username), new NewPost(body, question, null));
    }

    private PostView reply(String username, PostView to, String body) {
        return conversations.publish(ids.get(username), new NewPost(body, false, to.id()));
    }

    private void follow(String follower, String... followed) {
        List.of(followed).forEach(name -> follows.follow(ids.get(follower), ids.get(name)));
    }

    /** An open consultation on disability benefit assessments with a question of each kind and three responses. */
    private void addConsultation() {
        Viewer organiser = viewer("tom_probation");
        Consultation draft = consultations.create(organiser, new NewConsultation(
                "Disability benefit assessments: what should change?",
                "We are redesigning how people are assessed for disability benefits and want to hear from people who have been through it.",
                "## The proposal\nFewer repeat assessments for long-term conditions, and a choice of where to be assessed.\n\n"
                        + "* Assessments last about an hour\n* Most people are reassessed every two years",
                List.of("How and where assessments happen", "How often people are reassessed", "What evidence is asked for"),
                List.of("The rates of the benefit", "Who is eligible"), Set.of(Role.SERVICE_USER, Role.CARER, Role.PRACTITIONER),
                Set.of(Sector.WELFARE), "England and Wales", Instant.now().minusSeconds(3600),
                Instant.now().plus(Duration.ofDays(56)), true, null, null));
        consultations.addSection(draft, organiser, "Your assessment", "About the last assessment you had or helped with.");
        consultations.addSection(draft, organiser, "Changes", "");
        List<Section> sections = consultations.sections(draft);
        long first = sections.get(0).id();
        long second = sections.get(1).id();
        consultations.addQuestion(draft, organiser, new NewQuestion(first, QuestionKind.FREE_TEXT,
                "What would have made your assessment fairer?", "", true, 2000, List.of()));
        consultations.addQuestion(draft, organiser, new NewQuestion(first, QuestionKind.AGREEMENT,
                "The assessor understood my condition.", "", true, null, List.of()));
        consultations.addQuestion(draft, organiser, new NewQuestion(second, QuestionKind.SINGLE_CHOICE,
                "Where would you rather be assessed?", "", false, null, List.of("At home", "At a centre", "By video call")));
        consultations.addQuestion(draft, organiser, new NewQuestion(second, QuestionKind.MULTIPLE_CHOICE,
                "Which changes matter to you?", "", false, null, List.of("Shorter forms", "Fewer reassessments", "Paper copies")));
        consultations.addQuestion(draft, organiser, new NewQuestion(second, QuestionKind.RANKING,
                "Put these in order of importance.", "", false, null, List.of("Speed of decisions", "Fairness", "Kindness")));
        consultations.publish(draft, organiser);
        consultations.addAnalyst(draft, organiser, "ruth_ellis");
        Consultation open = consultations.find(draft.slug(), organiser);
        respond(open, "jay_cardiff", Capacity.SERVICE_USER, "An assessor who had read my medical evidence first.", "3");
        respond(open, "willow_cares", Capacity.CARER, "Being allowed to stay with my dad and speak for him.", "4");
        respond(open, "kofi_housing", Capacity.PRACTITIONER, "Tenants need the letters on paper, in plain English.", "3");
    }

    private void respond(Consultation consultation, String username, Capacity capacity, String fairer, String agreement) {
        Viewer respondent = viewer(username);
        Response response = responses.start(consultation, respondent);
        responses.saveAbout(consultation, response, new AboutYou(capacity, Sector.WELFARE, "", true, null));
        List<Section> sections = consultations.sections(consultation);
        List<Question> questions = sections.get(0).questions();
        responses.saveSection(consultation, response, sections.get(0),
                Map.of(questions.get(0).field(), fairer, questions.get(1).field(), agreement), true);
        responses.submit(consultation, response);
    }

    private Viewer viewer(String username) {
        return new Viewer(ids.get(username), username, username);
    }

    /** Names the port the server really listens on, which is known only once it has started. */
    private String signInHelp(String first) {
        String signInAddress = "http://localhost:" + environment.getProperty("local.server.port", "8080") + "/signin";
        return """

                %s Sign in at %s as any of these, with the password %s:
                  willow_cares         a carer taking part under a pseudonym
                  amira_nurse          a community nurse
                  kofi_housing         a tenancy support worker
                  jay_cardiff          a service user taking part under a pseudonym
                  brightside_trust     a carers' charity (organisation)
                  leeds_commissioning  a commissioner (organisation)
                  ruth_ellis           a researcher
                  tom_probation        a probation officer
                leeds_commissioning owns a private group, amira_nurse is in it, willow_cares has an
                invitation to it and kofi_housing has asked to join. tom_probation runs an open consultation
                on disability benefit assessments, with ruth_ellis as its analyst. brightside_trust runs the policy
                project /projects/respite-care, now at its draft with an amendment from willow_cares waiting.
                """.formatted(first, signInAddress, PASSWORD);
    }
}
