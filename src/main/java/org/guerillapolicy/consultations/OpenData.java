package org.guerillapolicy.consultations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.guerillapolicy.consultations.internal.AnalysisStore;
import org.guerillapolicy.consultations.internal.ResponseStore;
import org.guerillapolicy.platform.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The responses as open data, once the consultation has closed: numbered in the order they came, with no
 * account, name, email, place or exact time, and written answers only where the respondent agreed to
 * publication; with the themes each answer was coded into, so anyone can check the analysis.
 */
@Service
public class OpenData {

    static final String WITHHELD = "[withheld: the respondent did not agree to publication]";

    private final ResponseStore responses;
    private final AnalysisStore analysis;
    private final Consultations consultations;

    OpenData(ResponseStore responses, AnalysisStore analysis, Consultations consultations) {
        this.responses = responses;
        this.analysis = analysis;
        this.consultations = consultations;
    }

    public record Row(int number, LocalDate submitted, String capacity, String sector, List<Item> answers) {
    }

    /** One answer; answer is null when unanswered. */
    public record Item(String question, String answer, List<String> themes) {
    }

    public List<Question> questions(Consultation consultation) {
        requireAvailable(consultation);
        return consultations.questions(consultation);
    }

    public List<Row> rows(Consultation consultation) {
        requireAvailable(consultation);
        List<Question> questions = consultations.questions(consultation);
        Map<Long, Map<Long, Answer>> answers = new LinkedHashMap<>();
        responses.submittedAnswers(consultation.id()).forEach(row -> answers
                .computeIfAbsent(row.responseId(), id -> new LinkedHashMap<>()).put(row.answer().questionId(), row.answer()));
        Map<Long, String> themeNames = analysis.themes(consultation.id()).stream().collect(Collectors.toMap(Theme::id, Theme::name));
        Map<List<Long>, Set<String>> coded = new LinkedHashMap<>();
        analysis.codings(consultation.id()).forEach(c -> coded
                .computeIfAbsent(List.of(c.responseId(), c.questionId()), k -> new TreeSet<>()).add(themeNames.get(c.themeId())));
        List<Row> rows = new ArrayList<>();
        for (Response response : responses.submitted(consultation.id())) {
            Map<Long, Answer> mine = answers.getOrDefault(response.id(), Map.of());
            List<Item> items = questions.stream().map(q -> {
                Answer answer = mine.get(q.id());
                String text = answer == null ? null
                        : q.freeText() && !response.publishConsent() ? WITHHELD : answer.describe(q);
                return new Item(q.prompt(), text, List.copyOf(coded.getOrDefault(List.of(response.id(), q.id()), Set.of())));
            }).toList();
            rows.add(new Row(rows.size() + 1, response.submittedAt().atZone(Consultation.ZONE).toLocalDate(),
                    response.capacity() == null ? null : response.capacity().label(),
                    response.sector() == null ? null : response.sector().label(), items));
        }
        return rows;
    }

    private static void requireAvailable(Consultation consultation) {
        if (!ConsultationAudience.publicAnalysisAvailable(consultation)) {
            throw new NotFoundException("Open data");
        }
    }
}
