package org.guerillapolicy.groups;

public record GroupCreated(long groupId, long ownerId) {
}
