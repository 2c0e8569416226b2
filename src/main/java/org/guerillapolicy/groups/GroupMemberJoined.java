package org.guerillapolicy.groups;

public record GroupMemberJoined(long groupId, long accountId) {
}
