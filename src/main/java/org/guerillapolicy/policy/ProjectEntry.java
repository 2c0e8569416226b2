package org.guerillapolicy.policy;

import java.time.Instant;

/** One line of a project's timeline. */
public record ProjectEntry(String summary, Instant at) {
}
