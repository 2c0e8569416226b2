package org.guerillapolicy.policy;

/** One of the viewer's contributions with the project it was made to, for "what became of what I said". */
public record MyContribution(Contribution contribution, Project project) {
}
