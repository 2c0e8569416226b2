package org.guerillapolicy.deliberation;

import org.guerillapolicy.policy.ContributionKind;

/** A common-ground statement turned into a contribution to the map's project, and where that contribution is. */
public record StatementUse(long statementId, ContributionKind kind, String contributionPath) {
}
