package org.guerillapolicy.notifications.web;

import org.guerillapolicy.notifications.Notifications;
import org.guerillapolicy.platform.Paging;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A signed-in person's own notifications; nobody else's can be asked for. */
@Controller
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(Viewer viewer, @RequestParam(required = false) Long before,
                @RequestParam(required = false) Long after, Model model) {
        model.addAttribute("page", notifications.page(viewer, Paging.of(before, after)));
        return "notifications/notifications";
    }

    @PostMapping("/notifications/read")
    String markAllRead(Viewer viewer) {
        notifications.markAllRead(viewer.accountId());
        return "redirect:/notifications?read";
    }
}
