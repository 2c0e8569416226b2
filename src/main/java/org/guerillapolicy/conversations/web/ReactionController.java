package org.guerillapolicy.conversations.web;

import org.guerillapolicy.conversations.Conversations;
import org.guerillapolicy.platform.ReturnPath;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Favourites and repeats; each form sends the person back to the page it was on. */
@Controller
class ReactionController {

    private final Conversations conversations;

    ReactionController(Conversations conversations) {
        this.conversations = conversations;
    }

    @PostMapping("/posts/{id}/favourite")
    String favourite(@PathVariable long id, @RequestParam(defaultValue = "true") boolean on,
                     @RequestParam(required = false) String returnTo, Viewer viewer) {
        conversations.favourite(id, viewer, on);
        return ReturnPath.redirect(returnTo, "/home");
    }

    @PostMapping("/posts/{id}/repeat")
    String repeat(@PathVariable long id, @RequestParam(defaultValue = "true") boolean on,
                  @RequestParam(required = false) String returnTo, Viewer viewer) {
        conversations.repeat(id, viewer, on);
        return ReturnPath.redirect(returnTo, "/home");
    }
}
