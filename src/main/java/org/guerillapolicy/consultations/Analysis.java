package org.guerillapolicy.consultations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guerillapolicy.accounts.AccountSummary;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.consultations.internal.AnalysisStore;
import org.guerillapolicy.consultations.internal.ResponseStore;
import org.guerillapolicy.platform.Ids;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's work on the responses: reading and searching them, themes, coding answers into themes,
 * quotations, and the figures. Every method is for the consultation's team only.
 */
@Service
public class Analysis {

    private static final int EXCERPT = 160;

    private final AnalysisStore store;
    private final ResponseStore responses;
    private final Consultations consultations;
    private final Accounts accounts;
    private final Ids ids;

    Analysis(AnalysisStore store, ResponseStore responses, Consultations consultations, Accounts accounts, Ids ids) {
        this.store = store;
        this.responses = responses;
        this.consultations = consultations;
        this.accounts = accounts;
        this.ids = ids;
    }

    public void requireTeam(Consultation consultation, Viewer viewer) {
        if (consultation.isDraft() || !ConsultationAudience.mayAnalyse(consultations.role(consultation, viewer))) {
            throw new NotFoundException("Analysis");
        }
    }

    public ConsultationFigures figures(Consultation consultation, Viewer viewer, Dimension by) {
        requireTeam(consultation, viewer);
        return count(consultation, by, false);
    }

    /** Figures for anyone, with small counts suppressed. */
    ConsultationFigures publicFigures(Consultation consultation, Dimension by) {
        return count(consultation, by, true);
    }

    private ConsultationFigures count(Consultation consultation, Dimension by, boolean suppress) {
        Map<Long, Map<Long, Answer>> answers = new LinkedHashMap<>();
        responses.submittedAnswers(consultation.id())
                .forEach(row -> answers.computeIfAbsent(row.responseId(), id -> new LinkedHashMap<>())
                        .put(row.answer().questionId(), row.answer()));
        return new FigureCounter(consultations.questions(consultation), responses.submitted(consultation.id()), answers,
                store.codings(consultation.id()), store.themes(consultation.id()), by, suppress).count();
    }

    public List<ResponseSummary> responses(Consultation consultation, Viewer viewer, String words) {
        requireTeam(consultation, viewer);
        Set<Long> matching = words == null || words.isBlank() ? null
                : new TreeSet<>(responses.matching(consultation.id(), words.strip()));
        Map<Long, Long> analysts = store.codings(consultation.id()).stream()
                .collect(Collectors.groupingBy(Coding::responseId,
                        Collectors.collectingAndThen(Collectors.mapping(Coding::analystId, Collectors.toSet()), s -> (long) s.size())));
        Map<Long, String> excerpts = new TreeMap<>();
        responses.submittedAnswers(consultation.id()).stream().filter(row -> row.answer().text() != null)
                .forEach(row -> excerpts.merge(row.responseId(), row.answer().text(), (a, b) -> a + " / " + b));
        return responses.submitted(consultation.id()).stream()
                .filter(r -> matching == null || matching.contains(r.id()))
                .map(r -> new ResponseSummary(r, analysts.getOrDefault(r.id(), 0L),
                        abbreviate(excerpts.getOrDefault(r.id(), ""))))
                .toList();
    }

    public Response response(Consultation consultation, Viewer viewer, long responseId) {
        requireTeam(consultation, viewer);
        return responses.byId(consultation.id(), responseId).filter(Response::isSubmitted)
                .orElseThrow(() -> new NotFoundException("Response"));
    }

    public Map<Long, Answer> answers(Response response) {
        return responses.answers(response.id());
    }

    /** The themes each analyst coded each answer of the response into: analyst name, then question id. */
    public Map<String, Map<Long, List<Long>>> codingsOf(Consultation consultation, Response response) {
        List<Coding> codings = store.codings(consultation.id()).stream().filter(c -> c.responseId() == response.id()).toList();
        Map<Long, AccountSummary> people = accounts.summaries(codings.stream().map(Coding::analystId).distinct().toList());
        Map<String, Map<Long, List<Long>>> byAnalyst = new TreeMap<>();
        codings.forEach(c -> byAnalyst.computeIfAbsent(people.get(c.analystId()).displayName(), name -> new TreeMap<>())
                .computeIfAbsent(c.questionId(), q -> new ArrayList<>()).add(c.themeId()));
        return byAnalyst;
    }

    public List<Coding> myCodings(Consultation consultation, Viewer viewer, Response response) {
        return store.codings(consultation.id()).stream()
                .filter(c -> c.responseId() == response.id() && viewer.is(c.analystId())).toList();
    }

    public List<Theme> themes(Consultation consultation) {
        return store.themes(consultation.id());
    }

    @Transactional
    public Theme createTheme(Consultation consultation, Viewer viewer, String name) {
        requireTeam(consultation, viewer);
        String clean = themeName(consultation, name);
        long id = ids.next();
        store.insertTheme(id, consultation.id(), clean);
        return store.theme(consultation.id(), id).orElseThrow();
    }

    @Transactional
    public void renameTheme(Consultation consultation, Viewer viewer, long themeId, String name) {
        requireTeam(consultation, viewer);
        Theme theme = store.theme(consultation.id(), themeId).orElseThrow(() -> new NotFoundException("Theme"));
        if (theme.name().equals(name == null ? "" : name.strip())) {
            return;
        }
        store.renameTheme(consultation.id(), theme.id(), themeName(consultation, name));
    }

    @Transactional
    public void mergeThemes(Consultation consultation, Viewer viewer, long fromId, long intoId) {
        requireTeam(consultation, viewer);
        if (fromId == intoId) {
            throw new ConsultationException("into", "Choose two different themes to merge");
        }
        store.theme(consultation.id(), fromId).orElseThrow(() -> new ConsultationException("from", "Choose the theme to merge"));
        store.theme(consultation.id(), intoId).orElseThrow(() -> new ConsultationException("into", "Choose the theme to merge it into"));
        store.merge(consultation.id(), fromId, intoId);
    }

    @Transactional
    public void decide(Consultation consultation, Viewer viewer, long themeId, String decision) {
        consultations.requireOrganiser(consultation, viewer);
        String text = decision == null ? "" : decision.strip();
        if (text.length() > 2000) {
            throw new ConsultationException("decision", "The decision must be 2,000 characters or fewer");
        }
        store.theme(consultation.id(), themeId).orElseThrow(() -> new NotFoundException("Theme"));
        store.decide(consultation.id(), themeId, text);
    }

    /**
     * Replaces the viewer's coding of the response's free-text answers: the chosen theme ids per question, and
     * for any question a new theme to create and code it into at the same time.
     */
    @Transactional
    public void code(Consultation consultation, Viewer viewer, Response response, Map<Long, Set<Long>> chosen,
                     Map<Long, String> newThemes) {
        requireTeam(consultation, viewer);
        Map<Long, Answer> answers = responses.answers(response.id());
        Map<Long, Question> questions = consultations.questions(consultation).stream()
                .filter(q -> q.freeText() && answers.containsKey(q.id()))
                .collect(Collectors.toMap(Question::id, Function.identity()));
        Set<Long> themeIds = store.themes(consultation.id()).stream().map(Theme::id).collect(Collectors.toSet());
        List<Coding> codings = new ArrayList<>();
        chosen.forEach((questionId, themes) -> themes.stream()
                .filter(themeId -> questions.containsKey(questionId) && themeIds.contains(themeId))
                .forEach(themeId -> codings.add(new Coding(response.id(), questionId, themeId, viewer.accountId()))));
        for (Map.Entry<Long, String> entry : newThemes.entrySet()) {
            if (entry.getValue() == null || entry.getValue().isBlank() || !questions.containsKey(entry.getKey())) {
                continue;
            }
            Theme theme = store.themeNamed(consultation.id(), entry.getValue().strip())
                    .orElseGet(() -> createTheme(consultation, viewer, entry.getValue()));
            codings.add(new Coding(response.id(), entry.getKey(), theme.id(), viewer.accountId()));
        }
        store.replaceCodings(response.id(), viewer.accountId(), codings.stream().distinct().toList());
    }

    /** Answers coded by two or more analysts into different sets of themes. */
    public List<Disagreement> disagreements(Consultation consultation, Viewer viewer) {
        requireTeam(consultation, viewer);
        List<Coding> codings = store.codings(consultation.id());
        Map<Long, String> themeNames = store.themes(consultation.id()).stream().collect(Collectors.toMap(Theme::id, Theme::name));
        Map<Long, AccountSummary> people = accounts.summaries(codings.stream().map(Coding::analystId).distinct().toList());
        Map<Long, Question> questions = consultations.questions(consultation).stream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
        Map<List<Long>, Map<Long, Set<String>>> byAnswer = new LinkedHashMap<>();
        codings.forEach(c -> byAnswer.computeIfAbsent(List.of(c.responseId(), c.questionId()), k -> new TreeMap<>())
                .computeIfAbsent(c.analystId(), a -> new TreeSet<>()).add(themeNames.get(c.themeId())));
        List<Disagreement> disagreements = new ArrayList<>();
        byAnswer.forEach((key, byAnalyst) -> {
            if (byAnalyst.size() > 1 && byAnalyst.values().stream().distinct().count() > 1) {
                Response response = responses.byId(consultation.id(), key.get(0)).orElseThrow();
                Map<String, List<String>> named = new TreeMap<>();
                byAnalyst.forEach((analyst, themes) -> named.put(people.get(analyst).displayName(), List.copyOf(themes)));
                disagreements.add(new Disagreement(response, questions.get(key.get(1)),
                        responses.answers(response.id()).get(key.get(1)), named));
            }
        });
        return disagreements;
    }

    /** Quotations are only taken from respondents who agreed to have their words published. */
    @Transactional
    public void addQuote(Consultation consultation, Viewer viewer, long responseId, long themeId, String text) {
        Response response = response(consultation, viewer, responseId);
        if (!response.publishConsent()) {
            throw new ConsultationException("quote", "This respondent did not agree to have their words published");
        }
        store.theme(consultation.id(), themeId).orElseThrow(() -> new ConsultationException("themeId", "Choose a theme for the quotation"));
        String quote = text == null ? "" : text.strip();
        if (quote.isEmpty() || quote.length() > 1000) {
            throw new ConsultationException("quote", "Enter the quotation, in up to 1,000 characters");
        }
        store.insertQuote(ids.next(), themeId, response.id(), quote);
    }

    @Transactional
    public void removeQuote(Consultation consultation, Viewer viewer, long quoteId) {
        requireTeam(consultation, viewer);
        store.deleteQuote(consultation.id(), quoteId);
    }

    public List<Quote> quotes(Consultation consultation) {
        return store.quotes(consultation.id());
    }

    private String themeName(Consultation consultation, String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 80) {
            throw new ConsultationException("name", "Enter a theme name of up to 80 characters");
        }
        if (store.themeNamed(consultation.id(), clean).isPresent()) {
            throw new ConsultationException("name", "There is already a theme called " + clean);
        }
        return clean;
    }

    private static String abbreviate(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
    }
}
