package org.guerillapolicy.notifications.internal;

import org.guerillapolicy.groups.GroupInvitationSent;
import org.guerillapolicy.groups.GroupJoinDecided;
import org.guerillapolicy.groups.GroupJoinRequested;
import org.guerillapolicy.groups.Groups;
import org.guerillapolicy.notifications.NotificationKind;
import org.guerillapolicy.notifications.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notifies people of invitations, of requests to join the groups they moderate, and of the answer to
 * their own requests. A group's name and description are public, so naming the group reveals nothing.
 */
@Component
class GroupEvents {

    private final Notifications notifications;
    private final Groups groups;

    GroupEvents(Notifications notifications, Groups groups) {
        this.notifications = notifications;
        this.groups = groups;
    }

    @ApplicationModuleListener
    void on(GroupInvitationSent event) {
        notifications.about(NotificationKind.INVITATION, event.inviteeId(), event.inviterId(), event.groupId(),
                "/groups/invitations");
    }

    @ApplicationModuleListener
    void on(GroupJoinRequested event) {
        groups.byId(event.groupId()).ifPresent(group -> event.moderatorIds().forEach(moderator ->
                notifications.about(NotificationKind.JOIN_REQUEST, moderator, event.requesterId(), group.id(),
                        group.path() + "/requests")));
    }

    @ApplicationModuleListener
    void on(GroupJoinDecided event) {
        groups.byId(event.groupId()).ifPresent(group -> notifications.about(
                event.approved() ? NotificationKind.JOIN_APPROVED : NotificationKind.JOIN_DECLINED,
                event.requesterId(), event.deciderId(), group.id(), group.path()));
    }
}
