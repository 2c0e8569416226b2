package org.guerillapolicy.consultations;

/** The figures for one question: how many answered, the answers (or themes), and the same broken down. */
public record QuestionFigures(Question question, long answered, Chart totals, Chart breakdown) {
}
