package org.guerillapolicy.consultations;

/** A line in the analysts' list of responses: who responded (never by name), and how far coding has gone. */
public record ResponseSummary(Response response, long analystsCoded, String excerpt) {
}
