package org.guerillapolicy.groups;

public record GroupJoinDecided(long groupId, long requesterId, long deciderId, boolean approved) {
}
