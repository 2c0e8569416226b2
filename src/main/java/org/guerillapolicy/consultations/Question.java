package org.guerillapolicy.consultations;

import java.util.List;

/** One question; options are addressed by their position in the list, which is fixed once published. */
public record Question(long id, long sectionId, int position, QuestionKind kind, String prompt, String hint,
                       boolean required, int maxLength, List<String> options) {

    /** The choices a respondent picks from: the question's own options, or the agreement scale. */
    public List<String> choices() {
        return kind == QuestionKind.AGREEMENT ? QuestionKind.AGREEMENT_LEVELS : options;
    }

    public String field() {
        return "q" + id;
    }

    public boolean freeText() {
        return kind == QuestionKind.FREE_TEXT;
    }
}
