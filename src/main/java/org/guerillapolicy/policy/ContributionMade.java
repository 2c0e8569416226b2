package org.guerillapolicy.policy;

public record ContributionMade(long projectId, long contributionId, ContributionKind kind, long authorId) {
}
