package org.guerillapolicy.consultations;

import java.util.List;

/**
 * The figures of a consultation's responses. linked is how many responses are coded into at least one
 * theme: the outcome answers those, and the goal is all of them.
 */
public record ConsultationFigures(long responses, long linked, Dimension by, Chart respondents,
                                  List<QuestionFigures> questions, Chart themes, Chart themeBreakdown) {

    public long linkedPercent() {
        return responses == 0 ? 0 : Math.round(100.0 * linked / responses);
    }
}
