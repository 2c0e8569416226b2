package org.guerillapolicy.policy;

public record ImplementationUpdatePosted(long projectId, long updateId, long authorId) {
}
