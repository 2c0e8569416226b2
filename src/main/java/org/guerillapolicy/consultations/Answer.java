package org.guerillapolicy.consultations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An answer to one question: the text of a free-text answer, or option positions (the one chosen, those
 * ticked, the agreement level, or the options in ranked order).
 */
public record Answer(long questionId, String text, List<Integer> choices) {

    /** The answer in words, as the check-your-answers page and the open data show it. */
    public String describe(Question question) {
        if (question.freeText()) {
            return text == null ? "" : text;
        }
        List<String> labels = choices.stream().filter(i -> i >= 0 && i < question.choices().size())
                .map(question.choices()::get).toList();
        if (question.kind() == QuestionKind.RANKING) {
            StringBuilder ranked = new StringBuilder();
            for (int i = 0; i < labels.size(); i++) {
                ranked.append(i == 0 ? "" : "; ").append(i + 1).append(". ").append(labels.get(i));
            }
            return ranked.toString();
        }
        return String.join("; ", labels);
    }

    /** The answer as form values, so a page shows it again with the same field names it was sent with. */
    public Map<String, String> fields(Question question) {
        Map<String, String> fields = new LinkedHashMap<>();
        switch (question.kind()) {
            case FREE_TEXT -> fields.put(question.field(), text == null ? "" : text);
            case SINGLE_CHOICE, AGREEMENT -> fields.put(question.field(), choices.isEmpty() ? "" : choices.getFirst().toString());
            case MULTIPLE_CHOICE -> choices.forEach(i -> fields.put(question.field() + "-" + i, "on"));
            case RANKING -> {
                for (int place = 0; place < choices.size(); place++) {
                    fields.put(question.field() + "-" + choices.get(place), Integer.toString(place + 1));
                }
            }
        }
        return fields;
    }

    public static Map<String, String> fields(List<Question> questions, Map<Long, Answer> answers) {
        return questions.stream().filter(q -> answers.containsKey(q.id()))
                .flatMap(q -> answers.get(q.id()).fields(q).entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
