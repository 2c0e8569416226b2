package org.guerillapolicy.deliberation;

import java.time.Instant;

/** How much of a Pol.is conversation a map was imported from: its participants, votes and statements. */
public record MapImport(int participants, int votes, int statements, Instant importedAt) {
}
