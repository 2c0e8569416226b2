package org.guerillapolicy.policy;

public record ProjectFollowed(long projectId, long followerId) {
}
