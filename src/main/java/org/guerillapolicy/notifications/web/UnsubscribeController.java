package org.guerillapolicy.notifications.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.guerillapolicy.notifications.internal.UnsubscribeScope;
import org.guerillapolicy.notifications.internal.Unsubscribing;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Unsubscribe links from emails. Opening one only asks to confirm, since mail scanners open links; the
 * confirming POST, or a mail program's one-click POST (RFC 8058), unsubscribes. Neither needs a session:
 * the unguessable token is the permission, so the path is exempt from CSRF protection.
 */
@Controller
class UnsubscribeController {

    private final Unsubscribing unsubscribing;

    UnsubscribeController(Unsubscribing unsubscribing) {
        this.unsubscribing = unsubscribing;
    }

    @GetMapping("/notifications/unsubscribe")
    String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return show(unsubscribing.scope(token), "notifications/unsubscribe", token, model, response);
    }

    @PostMapping("/notifications/unsubscribe")
    String unsubscribe(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return show(unsubscribing.unsubscribe(token), "notifications/unsubscribed", token, model, response);
    }

    private static String show(Optional<UnsubscribeScope> scope, String view, String token, Model model,
                               HttpServletResponse response) {
        if (scope.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "notifications/unsubscribe-invalid";
        }
        model.addAttribute("token", token);
        model.addAttribute("what", scope.get().description());
        return view;
    }
}
