package org.guerillapolicy.consultations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Counts responses per answer, per theme and per group of respondents, in memory from one read of each table. */
final class FigureCounter {

    private final List<Question> questions;
    private final Map<Long, Response> responses;
    private final Map<Long, Map<Long, Answer>> answers;
    private final List<Coding> codings;
    private final Map<Long, Theme> themes;
    private final Dimension by;
    private final boolean suppress;

    FigureCounter(List<Question> questions, List<Response> responses, Map<Long, Map<Long, Answer>> answersByResponse,
                  List<Coding> codings, List<Theme> themes, Dimension by, boolean suppress) {
        this.questions = questions;
        this.responses = responses.stream().collect(Collectors.toMap(Response::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.answers = answersByResponse;
        this.codings = codings.stream().filter(c -> this.responses.containsKey(c.responseId())).toList();
        this.themes = themes.stream().collect(Collectors.toMap(Theme::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.by = by;
        this.suppress = suppress;
    }

    ConsultationFigures count() {
        long linked = codings.stream().map(Coding::responseId).distinct().count();
        Map<String, Long> groups = new TreeMap<>();
        responses.values().forEach(r -> groups.merge(by.groupOf(r), 1L, Long::sum));
        Chart respondents = new Chart("Responses by " + by.label(), capitalised(by.label()),
                Bar.partOfTotal(groups.entrySet().stream().map(e -> Bar.of(e.getKey(), e.getValue(), suppress)).toList()));
        List<QuestionFigures> figures = questions.stream().map(this::question).toList();
        Map<Long, Set<Long>> respondersByTheme = respondersByTheme(codings);
        Chart themeChart = new Chart("Responses in each theme", "Theme", themes.values().stream()
                .map(t -> Bar.of(t.name(), respondersByTheme.getOrDefault(t.id(), Set.of()).size(), suppress)).toList());
        Map<String, Set<Long>> byThemeName = new LinkedHashMap<>();
        themes.values().forEach(t -> byThemeName.put(t.name(), respondersByTheme.getOrDefault(t.id(), Set.of())));
        Chart themeBreakdown = breakdown("Responses in each theme by " + by.label(), byThemeName, false);
        return new ConsultationFigures(responses.size(), linked, by, respondents, figures, themeChart, themeBreakdown);
    }

    private QuestionFigures question(Question question) {
        Map<String, Set<Long>> responders = new LinkedHashMap<>();
        String title;
        if (question.freeText()) {
            title = "Themes in the answers";
            Map<Long, Set<Long>> byTheme = respondersByTheme(codings.stream().filter(c -> c.questionId() == question.id()).toList());
            themes.values().forEach(t -> responders.put(t.name(), byTheme.getOrDefault(t.id(), Set.of())));
        } else {
            title = question.kind() == QuestionKind.RANKING ? "Times ranked first" : "Answers";
            for (int i = 0; i < question.choices().size(); i++) {
                responders.put(question.choices().get(i), new TreeSet<>());
            }
            answers.forEach((responseId, byQuestion) -> {
                Answer answer = byQuestion.get(question.id());
                if (answer == null || answer.choices().isEmpty()) {
                    return;
                }
                Collection<Integer> counted = question.kind() == QuestionKind.RANKING
                        ? List.of(answer.choices().getFirst()) : answer.choices();
                counted.stream().filter(i -> i >= 0 && i < question.choices().size())
                        .forEach(i -> responders.get(question.choices().get(i)).add(responseId));
            });
        }
        long answered = answers.values().stream().filter(byQuestion -> byQuestion.containsKey(question.id())).count();
        boolean oneAnswerEach = oneAnswerEach(question);
        List<Bar> bars = responders.entrySet().stream().map(e -> Bar.of(e.getKey(), e.getValue().size(), suppress)).toList();
        Chart totals = new Chart(title + ": " + question.prompt(), question.freeText() ? "Theme" : "Answer",
                oneAnswerEach ? Bar.partOfTotal(bars) : bars);
        return new QuestionFigures(question, answered, totals,
                breakdown(title + " by " + by.label() + ": " + question.prompt(), responders, oneAnswerEach));
    }

    /** Questions where each respondent is counted under exactly one answer, so the answers add up to a total. */
    private static boolean oneAnswerEach(Question question) {
        return switch (question.kind()) {
            case SINGLE_CHOICE, AGREEMENT, RANKING -> true;
            case FREE_TEXT, MULTIPLE_CHOICE -> false;
        };
    }

    /**
     * Bars for each group of respondents and each answer, leaving out the empty ones. Where each respondent gives
     * one answer, a group's answers can add up to the group's count, so they are protected as parts of a total.
     */
    private Chart breakdown(String title, Map<String, ? extends Collection<Long>> respondersByAnswer,
                            boolean oneAnswerEach) {
        List<Bar> bars = new ArrayList<>();
        Set<String> groups = new TreeSet<>();
        responses.values().forEach(r -> groups.add(by.groupOf(r)));
        for (String group : groups) {
            List<Bar> groupBars = new ArrayList<>();
            respondersByAnswer.forEach((answer, responders) -> {
                long count = responders.stream().filter(id -> by.groupOf(responses.get(id)).equals(group)).count();
                if (count > 0) {
                    groupBars.add(Bar.of(group + ": " + answer, count, suppress));
                }
            });
            bars.addAll(oneAnswerEach ? Bar.partOfTotal(groupBars) : groupBars);
        }
        return new Chart(title, capitalised(by.label()) + ": answer", bars);
    }

    private static Map<Long, Set<Long>> respondersByTheme(List<Coding> codings) {
        return codings.stream().collect(Collectors.groupingBy(Coding::themeId,
                Collectors.mapping(Coding::responseId, Collectors.toCollection(TreeSet::new))));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
