package org.guerillapolicy.groups;

public record GroupJoinRequested(long groupId, long requesterId, java.util.List<Long> moderatorIds) {
}
