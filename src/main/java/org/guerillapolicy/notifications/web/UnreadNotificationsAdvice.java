package org.guerillapolicy.notifications.web;

import org.guerillapolicy.notifications.Notifications;
import org.guerillapolicy.platform.Viewer;
import java.util.function.Supplier;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the shared layout the number of unread notifications to show in the header, when signed in. */
@ControllerAdvice
class UnreadNotificationsAdvice {

    private final Notifications notifications;

    UnreadNotificationsAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    /**
     * Counted when the header is drawn, after the page's own work: a page that reads things (a thread,
     * the notifications) shows the count that is left.
     */
    @ModelAttribute("unreadNotifications")
    Supplier<Long> unreadNotifications(Viewer viewer) {
        return viewer.signedIn() ? SingletonSupplier.of(() -> notifications.unreadCount(viewer.accountId())) : null;
    }
}
