package org.guerillapolicy.consultations;

import java.util.List;
import java.util.Map;

/** An answer that two or more analysts coded into different themes, with each analyst's themes. */
public record Disagreement(Response response, Question question, Answer answer, Map<String, List<String>> themesByAnalyst) {
}
