package org.guerillapolicy.consultations;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.guerillapolicy.accounts.Account;
import org.guerillapolicy.accounts.AccountSummary;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.consultations.internal.ConsultationStore;
import org.guerillapolicy.groups.Group;
import org.guerillapolicy.groups.Groups;
import org.guerillapolicy.platform.Ids;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The consultations module's API for setting consultations up: create, add questions, publish, and the team. */
@Service
public class Consultations {

    private static final int PAGE_SIZE = 50;
    private static final int MAX_QUESTION_LENGTH = 10000;

    private final ConsultationStore store;
    private final Groups groups;
    private final Accounts accounts;
    private final Ids ids;
    private final ApplicationEventPublisher events;

    Consultations(ConsultationStore store, Groups groups, Accounts accounts, Ids ids, ApplicationEventPublisher events) {
        this.store = store;
        this.groups = groups;
        this.accounts = accounts;
        this.ids = ids;
        this.events = events;
    }

    @Transactional
    public Consultation create(Viewer viewer, NewConsultation consultation) {
        validate(viewer, consultation);
        long id = ids.next();
        store.insert(id, freeSlug(consultation.title()), consultation, viewer.accountId());
        events.publishEvent(new ConsultationCreated(id, viewer.accountId(), consultation.groupId(), consultation.projectRef()));
        return store.byId(id).orElseThrow();
    }

    /** Organisers correct the details, or move the closing time, until the consultation closes. */
    @Transactional
    public void update(Consultation consultation, Viewer viewer, NewConsultation changes) {
        requireOrganiser(consultation, viewer);
        if (consultation.isClosed()) {
            throw new ConsultationException(null, "This consultation has closed, so its details can no longer change");
        }
        validate(viewer, changes);
        store.update(consultation.id(), changes);
        events.publishEvent(new ConsultationUpdated(consultation.id()));
    }

    private void validate(Viewer viewer, NewConsultation consultation) {
        if (consultation.openToChange().isEmpty()) {
            throw new ConsultationException("openToChange", "List at least one thing that is open to change");
        }
        if (!consultation.closesAt().isAfter(consultation.opensAt())) {
            throw new ConsultationException("closesAt", "The closing time must be after the opening time");
        }
        if (!consultation.closesAt().isAfter(Instant.now())) {
            throw new ConsultationException("closesAt", "The closing time must be in the future");
        }
        if (consultation.groupId() != null && !groups.isMember(consultation.groupId(), viewer.accountId())) {
            throw new ConsultationException("groupId", "You can only run a consultation for a group you belong to");
        }
    }

    /** The consultation at this address, if the viewer may see it; a 404 otherwise. */
    public Consultation find(String slug, Viewer viewer) {
        return store.bySlug(slug.toLowerCase(Locale.ROOT))
                .filter(c -> ConsultationAudience.maySee(c, role(c, viewer)))
                .orElseThrow(() -> new NotFoundException("Consultation"));
    }

    /** A published consultation, which everyone may see; drafts are for their team only and are never returned. */
    public Optional<Consultation> published(long id) {
        return store.byId(id).filter(c -> !c.isDraft());
    }

    /** Published consultations after the given id, in id order, for rebuilding the search index. */
    public List<Consultation> publishedBatchAfter(long afterId, int limit) {
        return store.publishedAfter(afterId, limit);
    }

    /** One page (from 1) of the published consultations, and whether there is a next page. */
    public Listing listed(String state, Sector sector, int page) {
        int number = Math.max(1, page);
        List<Consultation> rows = store.listed(state, sector, (number - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        return new Listing(rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows, number, rows.size() > PAGE_SIZE);
    }

    public record Listing(List<Consultation> consultations, int page, boolean more) {
    }

    public List<Consultation> ofTeam(Viewer viewer) {
        if (!viewer.signedIn()) {
            return List.of();
        }
        return store.ofTeam(viewer.accountId(), groups.ofMember(viewer.accountId()).stream().map(Group::id).toList());
    }

    /**
     * The viewer's part in running the consultation, if any: its creator, the members of the group that runs
     * it and organisers added to it organise; analysts read and code responses.
     */
    public Optional<TeamRole> role(Consultation consultation, Viewer viewer) {
        if (!viewer.signedIn()) {
            return Optional.empty();
        }
        if (consultation.createdBy() == viewer.accountId()
                || (consultation.groupId() != null && groups.isMember(consultation.groupId(), viewer.accountId()))) {
            return Optional.of(TeamRole.ORGANISER);
        }
        return store.teamRole(consultation.id(), viewer.accountId());
    }

    public List<Section> sections(Consultation consultation) {
        Map<Long, List<Question>> questions = store.questions(consultation.id()).stream()
                .collect(Collectors.groupingBy(Question::sectionId));
        return store.sections(consultation.id()).stream()
                .map(s -> new Section(s.id(), s.position(), s.title(), s.introduction(),
                        questions.getOrDefault(s.id(), List.of())))
                .toList();
    }

    public List<Question> questions(Consultation consultation) {
        return store.questions(consultation.id());
    }

    /** The person or organisation who started the consultation. */
    public AccountSummary organiser(Consultation consultation) {
        return accounts.summaries(List.of(consultation.createdBy())).get(consultation.createdBy());
    }

    public Optional<Group> group(Consultation consultation) {
        return consultation.groupId() == null ? Optional.empty() : groups.byId(consultation.groupId());
    }

    @Transactional
    public void addSection(Consultation consultation, Viewer viewer, String title, String introduction) {
        requireEditable(consultation, viewer);
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new ConsultationException("sectionTitle", "Enter a section title of up to 120 characters");
        }
        String intro = introduction == null ? "" : introduction.strip();
        if (intro.length() > 2000) {
            throw new ConsultationException("sectionIntroduction", "The introduction must be 2,000 characters or fewer");
        }
        store.insertSection(ids.next(), consultation.id(), name, intro);
    }

    @Transactional
    public void removeSection(Consultation consultation, Viewer viewer, long sectionId) {
        requireEditable(consultation, viewer);
        store.deleteSection(consultation.id(), sectionId);
    }

    @Transactional
    public void addQuestion(Consultation consultation, Viewer viewer, NewQuestion question) {
        requireEditable(consultation, viewer);
        if (sections(consultation).stream().noneMatch(s -> s.id() == question.sectionId())) {
            throw new ConsultationException("sectionId", "Choose the section the question belongs to");
        }
        if (question.kind() == null) {
            throw new ConsultationException("kind", "Choose the kind of question");
        }
        String prompt = question.prompt() == null ? "" : question.prompt().strip();
        if (prompt.isEmpty() || prompt.length() > 500) {
            throw new ConsultationException("prompt", "Enter the question, in up to 500 characters");
        }
        String hint = question.hint() == null ? "" : question.hint().strip();
        if (hint.length() > 500) {
            throw new ConsultationException("hint", "The hint must be 500 characters or fewer");
        }
        List<String> options = question.kind().hasOptions() ? question.options() : List.of();
        if (question.kind().hasOptions() && (options.size() < 2 || options.size() > 12)) {
            throw new ConsultationException("options", "Give between 2 and 12 options, one on each line");
        }
        if (options.stream().anyMatch(option -> option.length() > 200)) {
            throw new ConsultationException("options", "Each option must be 200 characters or fewer");
        }
        int maxLength = 0;
        if (question.kind() == QuestionKind.FREE_TEXT) {
            maxLength = question.maxLength() == null ? 2000 : question.maxLength();
            if (maxLength < 10 || maxLength > MAX_QUESTION_LENGTH) {
                throw new ConsultationException("maxLength", "Set a length limit between 10 and 10,000 characters");
            }
        }
        store.insertQuestion(ids.next(), consultation.id(), question.sectionId(), question.kind(), prompt, hint,
                question.required(), maxLength, options);
    }

    @Transactional
    public void removeQuestion(Consultation consultation, Viewer viewer, long questionId) {
        requireEditable(consultation, viewer);
        store.deleteQuestion(consultation.id(), questionId);
    }

    /** Moves a question one place up (earlier) or down within its section, while the consultation is a draft. */
    @Transactional
    public void moveQuestion(Consultation consultation, Viewer viewer, long questionId, boolean up) {
        requireEditable(consultation, viewer);
        List<Question> inSection = sections(consultation).stream().map(Section::questions)
                .filter(questions -> questions.stream().anyMatch(q -> q.id() == questionId)).findFirst()
                .orElseThrow(() -> new ConsultationException(null, "That question is not in this consultation"));
        int at = 0;
        while (inSection.get(at).id() != questionId) {
            at++;
        }
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= inSection.size()) {
            throw new ConsultationException(null, "That question is already " + (up ? "first" : "last") + " in its section");
        }
        store.swapQuestions(consultation.id(), inSection.get(at), inSection.get(to));
    }

    /** Questions are fixed from publication on, so every response answers the same questions. */
    @Transactional
    public void publish(Consultation consultation, Viewer viewer) {
        requireEditable(consultation, viewer);
        List<Section> sections = sections(consultation);
        if (sections.isEmpty() || sections.stream().anyMatch(s -> s.questions().isEmpty())) {
            throw new ConsultationException(null, "Every section needs at least one question before you publish");
        }
        store.publish(consultation.id());
        events.publishEvent(new ConsultationPublished(consultation.id(), consultation.slug(), consultation.title(),
                consultation.opensAt(), consultation.closesAt(), consultation.projectRef()));
    }

    public List<TeamMember> team(Consultation consultation, Viewer viewer) {
        requireOrganiser(consultation, viewer);
        List<ConsultationStore.TeamRow> rows = store.team(consultation.id());
        Map<Long, AccountSummary> people = accounts.summaries(rows.stream().map(ConsultationStore.TeamRow::accountId).toList());
        return rows.stream().map(row -> new TeamMember(people.get(row.accountId()), row.role())).toList();
    }

    @Transactional
    public AccountSummary addAnalyst(Consultation consultation, Viewer viewer, String username) {
        requireOrganiser(consultation, viewer);
        String name = username == null ? "" : username.strip().replaceFirst("^@", "");
        if (name.isEmpty()) {
            throw new ConsultationException("username", "Enter the username of the analyst");
        }
        Account analyst = accounts.byUsername(name)
                .orElseThrow(() -> new ConsultationException("username", "No one has the username " + name));
        store.addTeamMember(consultation.id(), analyst.id(), TeamRole.ANALYST);
        return analyst.summary();
    }

    @Transactional
    public void removeAnalyst(Consultation consultation, Viewer viewer, long accountId) {
        requireOrganiser(consultation, viewer);
        store.removeTeamMember(consultation.id(), accountId);
    }

    /** Organisers only; anyone else is told the page does not exist. */
    public void requireOrganiser(Consultation consultation, Viewer viewer) {
        if (!ConsultationAudience.mayOrganise(role(consultation, viewer))) {
            throw new NotFoundException("Consultation");
        }
    }

    private void requireEditable(Consultation consultation, Viewer viewer) {
        requireOrganiser(consultation, viewer);
        if (!consultation.isDraft()) {
            throw new ConsultationException(null, "The questions cannot change once the consultation is published");
        }
    }

    private String freeSlug(String title) {
        String base = Normalizer.normalize(title, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        base = base.length() > 60 ? base.substring(0, 60).replaceAll("-+$", "") : base;
        if (base.length() < 2 || base.equals("new")) {
            base = "consultation";
        }
        for (int n = 1; ; n++) {
            String slug = n == 1 ? base : base + "-" + n;
            if (!store.slugTaken(slug)) {
                return slug;
            }
        }
    }
}
