package org.guerillapolicy.consultations;

/** Words from a response, anonymised by an analyst, shown under a theme in the published outcome. */
public record Quote(long id, long themeId, long responseId, String text) {
}
