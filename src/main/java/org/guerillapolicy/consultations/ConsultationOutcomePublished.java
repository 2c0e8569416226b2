package org.guerillapolicy.consultations;

import java.util.List;

/**
 * The organisers published "we asked, you said, we did". Each respondent can be told, with the private
 * path to their own response and its outcome; each theme carries its decision and how many responses it
 * answers, so a policy project (projectRef) can count them in its traceability.
 */
public record ConsultationOutcomePublished(long consultationId, long publishedBy, String slug, String title,
                                           String projectRef,
                                           String outcomePath, List<ThemeOutcome> themes,
                                           List<Respondent> respondents, long responsesLinked) {

    public record ThemeOutcome(long themeId, String theme, String decision, long responses) {
    }

    /** accountId is null for an anonymous respondent; receiptEmail is set only if they left one. */
    public record Respondent(long responseId, Long accountId, String receiptEmail, String responsePath) {
    }
}
