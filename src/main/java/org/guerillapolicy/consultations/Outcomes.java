package org.guerillapolicy.consultations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.guerillapolicy.consultations.internal.AnalysisStore;
import org.guerillapolicy.consultations.internal.ConsultationStore;
import org.guerillapolicy.consultations.internal.ResponseStore;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "We asked, you said, we did": publishing the outcome, the public page, and each respondent's own outcome. */
@Service
public class Outcomes {

    private final ConsultationStore consultationStore;
    private final AnalysisStore store;
    private final ResponseStore responses;
    private final Consultations consultations;
    private final Analysis analysis;
    private final ApplicationEventPublisher events;

    Outcomes(ConsultationStore consultationStore, AnalysisStore store, ResponseStore responses, Consultations consultations,
             Analysis analysis, ApplicationEventPublisher events) {
        this.consultationStore = consultationStore;
        this.store = store;
        this.responses = responses;
        this.consultations = consultations;
        this.analysis = analysis;
        this.events = events;
    }

    /** Organisers publish once the consultation has closed, so the figures no longer change. */
    @Transactional
    public void publish(Consultation consultation, Viewer viewer, String summary) {
        consultations.requireOrganiser(consultation, viewer);
        if (!consultation.isClosed()) {
            throw new ConsultationException("summary", "You can publish the outcome once the consultation has closed, at "
                    + consultation.closesAtText());
        }
        String text = summary == null ? "" : summary.strip();
        if (text.isEmpty() || text.length() > 4000) {
            throw new ConsultationException("summary", "Enter a summary of what you decided, in up to 4,000 characters");
        }
        boolean first = !consultation.outcomePublished();
        consultationStore.publishOutcome(consultation.id(), text);
        if (first) {
            List<Coding> codings = store.codings(consultation.id());
            List<ConsultationOutcomePublished.ThemeOutcome> themes = store.themes(consultation.id()).stream()
                    .map(t -> new ConsultationOutcomePublished.ThemeOutcome(t.id(), t.name(), t.decision(),
                            codings.stream().filter(c -> c.themeId() == t.id()).map(Coding::responseId).distinct().count()))
                    .toList();
            List<ConsultationOutcomePublished.Respondent> respondents = responses.submitted(consultation.id()).stream()
                    .map(r -> new ConsultationOutcomePublished.Respondent(r.id(), r.accountId(), r.receiptEmail(),
                            r.path(consultation)))
                    .toList();
            events.publishEvent(new ConsultationOutcomePublished(consultation.id(), viewer.accountId(), consultation.slug(), consultation.title(),
                    consultation.projectRef(), consultation.path() + "/outcome", themes, respondents,
                    codings.stream().map(Coding::responseId).distinct().count()));
        }
    }

    /** The public figures, once the outcome is published; small counts are suppressed. */
    public ConsultationFigures figures(Consultation consultation, Dimension by) {
        requirePublished(consultation);
        return analysis.publicFigures(consultation, by);
    }

    public List<ThemeOutcome> themes(Consultation consultation) {
        requirePublished(consultation);
        Map<Long, Long> counts = store.codings(consultation.id()).stream()
                .collect(Collectors.groupingBy(Coding::themeId,
                        Collectors.collectingAndThen(Collectors.mapping(Coding::responseId, Collectors.toSet()), s -> (long) s.size())));
        Map<Long, List<Quote>> quotes = store.quotes(consultation.id()).stream().collect(Collectors.groupingBy(Quote::themeId));
        return store.themes(consultation.id()).stream()
                .map(t -> new ThemeOutcome(t, Bar.of(t.name(), counts.getOrDefault(t.id(), 0L), true),
                        quotes.getOrDefault(t.id(), List.of())))
                .toList();
    }

    /** The themes a respondent's answers were coded into, with their decisions, once the outcome is out. */
    public Optional<List<Theme>> of(Consultation consultation, Response response) {
        if (!consultation.outcomePublished() || !response.isSubmitted()) {
            return Optional.empty();
        }
        Set<Long> coded = store.codings(consultation.id()).stream().filter(c -> c.responseId() == response.id())
                .map(Coding::themeId).collect(Collectors.toSet());
        return Optional.of(store.themes(consultation.id()).stream().filter(t -> coded.contains(t.id())).toList());
    }

    private static void requirePublished(Consultation consultation) {
        if (!consultation.outcomePublished()) {
            throw new NotFoundException("Outcome");
        }
    }
}
