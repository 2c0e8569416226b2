package org.guerillapolicy.policy;

/** An owner decided what became of a contribution; its author should hear about it. */
public record ContributionOutcomeSet(long projectId, long contributionId, long authorId, Outcome outcome,
                                     long decidedBy) {
}
