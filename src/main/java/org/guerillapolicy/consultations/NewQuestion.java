package org.guerillapolicy.consultations;

import java.util.List;

public record NewQuestion(long sectionId, QuestionKind kind, String prompt, String hint, boolean required,
                          Integer maxLength, List<String> options) {
}
