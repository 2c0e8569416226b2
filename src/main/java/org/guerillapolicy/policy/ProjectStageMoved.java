package org.guerillapolicy.policy;

public record ProjectStageMoved(long projectId, int stage, long movedBy) {
}
