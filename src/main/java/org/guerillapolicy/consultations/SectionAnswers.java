package org.guerillapolicy.consultations;

import java.util.Map;

/** The outcome of sending one section's page: problems by field (empty when saved), and the values to show again. */
public record SectionAnswers(Map<String, String> problems, Map<String, String> values) {

    public boolean saved() {
        return problems.isEmpty();
    }
}
