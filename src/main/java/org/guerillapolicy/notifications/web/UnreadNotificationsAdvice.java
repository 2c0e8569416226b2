package org.guerillapolicy.notifications.web;

import org.guerillapolicy.notifications.Notifications;
import org.guerillapolicy.platform.Viewer;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the shared layout the number of unread notifications to show in the header, when signed in. */
@ControllerAdvice
class UnreadNotificationsAdvice {

    private final Notifications notifications;

    UnreadNotificationsAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications(Viewer viewer) {
        return viewer.signedIn() ? notifications.unreadCount(viewer.accountId()) : null;
    }
}
