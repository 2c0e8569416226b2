package org.guerillapolicy.policy.web;

import org.guerillapolicy.policy.PolicyException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a change and says on the next page what happened, or why it could not be done. */
final class Flash {

    private Flash() {
    }

    static String run(RedirectAttributes flash, String back, String done, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("done", done);
        } catch (PolicyException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + back;
    }
}
