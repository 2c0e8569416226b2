package org.guerillapolicy.consultations.web;

import java.util.List;
import org.guerillapolicy.consultations.NewQuestion;
import org.guerillapolicy.consultations.QuestionKind;

record QuestionForm(Long sectionId, QuestionKind kind, String prompt, String hint, Boolean required, Integer maxLength,
                    String options) {

    static QuestionForm empty() {
        return new QuestionForm(null, null, "", "", true, 2000, "");
    }

    NewQuestion toNewQuestion() {
        List<String> lines = options == null ? List.of()
                : options.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new NewQuestion(sectionId == null ? 0 : sectionId, kind, prompt, hint, Boolean.TRUE.equals(required), maxLength, lines);
    }
}
