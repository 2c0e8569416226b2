package org.guerillapolicy.consultations;

import java.util.List;

/** A theme as the published outcome shows it: the decision, how many responses raised it, and quotations. */
public record ThemeOutcome(Theme theme, Bar responses, List<Quote> quotes) {
}
