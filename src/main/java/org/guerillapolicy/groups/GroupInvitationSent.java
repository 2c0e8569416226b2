package org.guerillapolicy.groups;

public record GroupInvitationSent(long groupId, long inviteeId, long inviterId) {
}
