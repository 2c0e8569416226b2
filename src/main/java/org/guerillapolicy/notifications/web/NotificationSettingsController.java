package org.guerillapolicy.notifications.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.guerillapolicy.notifications.Delivery;
import org.guerillapolicy.notifications.NotificationKind;
import org.guerillapolicy.notifications.Notifications;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person chooses, for each kind of notification, whether and when they get email about it. */
@Controller
class NotificationSettingsController {

    private final Notifications notifications;

    NotificationSettingsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/settings/notifications")
    String edit(Viewer viewer, Model model) {
        return page(notifications.emailChoices(viewer.accountId()), List.of(), model);
    }

    /** Every kind must have one of the offered choices; anything else is refused and nothing is saved. */
    @PostMapping("/settings/notifications")
    String save(Viewer viewer, @RequestParam Map<String, String> submitted, Model model) {
        Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
        Map<NotificationKind, Delivery> shown = notifications.emailChoices(viewer.accountId());
        List<NotificationKind> missing = new ArrayList<>();
        for (NotificationKind kind : NotificationKind.values()) {
            Delivery chosen = delivery(submitted.get(kind.name()));
            if (chosen == null) {
                missing.add(kind);
            } else {
                choices.put(kind, chosen);
                shown.put(kind, chosen);
            }
        }
        if (!missing.isEmpty()) {
            return page(shown, missing, model);
        }
        notifications.chooseEmail(viewer.accountId(), choices);
        return "redirect:/settings/notifications?saved";
    }

    private String page(Map<NotificationKind, Delivery> choices, List<NotificationKind> missing, Model model) {
        model.addAttribute("choices", choices);
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("missing", missing);
        model.addAttribute("emailConfigured", notifications.emailConfigured());
        return "notifications/settings";
    }

    private static Delivery delivery(String value) {
        for (Delivery delivery : Delivery.values()) {
            if (delivery.name().equals(value)) {
                return delivery;
            }
        }
        return null;
    }
}
