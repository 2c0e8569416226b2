package org.guerillapolicy.consultations;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guerillapolicy.accounts.Account;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.consultations.internal.ResponseStore;
import org.guerillapolicy.platform.Ids;
import org.guerillapolicy.platform.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Responding: start a response, answer section by section, check, send, and withdraw before closing. */
@Service
public class Responses {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TOKEN_PATTERN = "[A-Za-z0-9_-]{43}";

    private final ResponseStore store;
    private final Consultations consultations;
    private final Accounts accounts;
    private final Ids ids;
    private final ApplicationEventPublisher events;

    Responses(ResponseStore store, Consultations consultations, Accounts accounts, Ids ids, ApplicationEventPublisher events) {
        this.store = store;
        this.consultations = consultations;
        this.accounts = accounts;
        this.ids = ids;
        this.events = events;
    }

    /** The viewer's own response, for a signed-in viewer who has started one. */
    public Optional<Response> current(Consultation consultation, Viewer viewer) {
        return viewer.signedIn() ? store.currentOf(consultation.id(), viewer.accountId()) : Optional.empty();
    }

    /** Starts a draft response, or returns the one the signed-in viewer already has. */
    @Transactional
    public Response start(Consultation consultation, Viewer viewer) {
        requireOpen(consultation);
        if (!viewer.signedIn() && !consultation.anonymousAllowed()) {
            throw new ConsultationException(null, "Sign in to respond to this consultation");
        }
        Optional<Response> existing = current(consultation, viewer);
        if (existing.isPresent()) {
            return existing.get();
        }
        Optional<Account> account = viewer.signedIn() ? accounts.byId(viewer.accountId()) : Optional.empty();
        long id = ids.next();
        store.insert(id, consultation.id(), newToken(), viewer.accountId(),
                account.flatMap(a -> a.sectors().stream().findFirst()).orElse(null),
                account.map(a -> a.locality() == null ? "" : a.locality()).orElse(""));
        return store.byId(consultation.id(), id).orElseThrow();
    }

    /** The response behind a private link; a link that is malformed or belongs elsewhere is refused. */
    public Response byLink(Consultation consultation, String token) {
        if (token == null || !token.matches(TOKEN_PATTERN)) {
            throw new ResponseLinkException();
        }
        return store.byToken(token).filter(r -> r.consultationId() == consultation.id())
                .orElseThrow(ResponseLinkException::new);
    }

    public Map<Long, Answer> answers(Response response) {
        return store.answers(response.id());
    }

    @Transactional
    public void saveAbout(Consultation consultation, Response response, AboutYou about) {
        requireDraft(consultation, response);
        String locality = about.locality() == null ? "" : about.locality().strip();
        if (locality.length() > 80) {
            throw new ConsultationException("locality", "The place must be 80 characters or fewer");
        }
        String email = about.receiptEmail() == null || about.receiptEmail().isBlank() || response.accountId() != null
                ? null : about.receiptEmail().strip();
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new ConsultationException("receiptEmail", "Enter an email address like name@example.org, or leave it empty");
        }
        store.updateAbout(response.id(), about.capacity(), about.sector(), locality, about.publishConsent(), email);
    }

    /**
     * Saves one section's answers when every one of them is acceptable; otherwise saves nothing from the page
     * and says what is wrong. Required questions are only insisted on when the respondent moves on.
     */
    @Transactional
    public SectionAnswers saveSection(Consultation consultation, Response response, Section section,
                                      Map<String, String> fields, boolean moveOn) {
        requireDraft(consultation, response);
        Map<String, String> problems = new LinkedHashMap<>();
        List<Answer> answers = new ArrayList<>();
        for (Question question : section.questions()) {
            AnswerReader.Read read = AnswerReader.read(question, fields, moveOn);
            if (read.problem() != null) {
                problems.put(question.field(), read.problem());
            }
            read.answer().ifPresent(answers::add);
        }
        if (problems.isEmpty()) {
            store.replaceAnswers(response.id(), section.questions().stream().map(Question::id).toList(), answers);
        }
        return new SectionAnswers(problems, new HashMap<>(fields));
    }

    /** Required questions still unanswered, by the position of the section they are in. */
    public Map<Question, Integer> unanswered(Consultation consultation, Response response) {
        Map<Long, Answer> answers = answers(response);
        Map<Question, Integer> missing = new LinkedHashMap<>();
        for (Section section : consultations.sections(consultation)) {
            section.questions().stream().filter(q -> q.required() && !answers.containsKey(q.id()))
                    .forEach(q -> missing.put(q, section.position()));
        }
        return missing;
    }

    @Transactional
    public void submit(Consultation consultation, Response response) {
        requireDraft(consultation, response);
        if (!unanswered(consultation, response).isEmpty()) {
            throw new ConsultationException(null, "Answer the required questions before you send your response");
        }
        if (store.submit(response.id())) {
            events.publishEvent(new ResponseSubmitted(consultation.id(), response.id(), response.accountId(),
                    response.receiptEmail(), consultation.title(), response.path(consultation), consultation.closesAt()));
        }
    }

    @Transactional
    public void withdraw(Consultation consultation, Response response) {
        if (!consultation.isOpen()) {
            throw new ConsultationException(null, "This consultation closed at " + consultation.closesAtText()
                    + ": responses can no longer be withdrawn");
        }
        if (store.withdraw(response.id())) {
            events.publishEvent(new ResponseWithdrawn(consultation.id(), response.id()));
        }
    }

    private void requireDraft(Consultation consultation, Response response) {
        requireOpen(consultation);
        if (!response.isDraft()) {
            throw new ConsultationException(null, response.isSubmitted()
                    ? "This response has already been sent" : "This response was withdrawn");
        }
    }

    private static void requireOpen(Consultation consultation) {
        switch (consultation.status()) {
            case OPEN -> { }
            case CLOSED -> throw new ConsultationClosedException("This consultation closed at "
                    + consultation.closesAtText() + ". Responses are no longer accepted.");
            default -> throw new ConsultationClosedException("This consultation opens at "
                    + consultation.opensAtText() + ". You can respond from then.");
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
