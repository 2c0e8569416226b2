package org.guerillapolicy.consultations;

/** One analyst's coding of one answer into one theme. */
public record Coding(long responseId, long questionId, long themeId, long analystId) {
}
