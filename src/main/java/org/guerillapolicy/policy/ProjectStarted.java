package org.guerillapolicy.policy;

public record ProjectStarted(long projectId, long ownerId, Long groupId) {
}
