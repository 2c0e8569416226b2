package org.guerillapolicy.groups.web;

import org.guerillapolicy.groups.Group;
import org.guerillapolicy.groups.GroupException;
import org.guerillapolicy.groups.GroupRole;
import org.guerillapolicy.groups.Groups;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Joining, leaving, asking to join, answering invitations, and the moderators' work on members and
 * requests. Each change sends the person back to a page that says what happened, or why it could not.
 */
@Controller
class GroupMembershipController {

    private final Groups groups;

    GroupMembershipController(Groups groups) {
        this.groups = groups;
    }

    @PostMapping("/groups/{slug}/join")
    String join(@PathVariable String slug, Viewer viewer, RedirectAttributes flash) {
        Group group = groups.find(slug);
        return change(group, flash, "You are now a member.", () -> groups.join(group, viewer));
    }

    @PostMapping("/groups/{slug}/request")
    String request(@PathVariable String slug, @RequestParam(defaultValue = "") String message, Viewer viewer,
                   RedirectAttributes flash) {
        Group group = groups.find(slug);
        return change(group, flash, "Your request has been sent to the group's moderators.",
                () -> groups.requestToJoin(group, viewer, message));
    }

    @PostMapping("/groups/{slug}/request/cancel")
    String cancelRequest(@PathVariable String slug, Viewer viewer, RedirectAttributes flash) {
        Group group = groups.find(slug);
        return change(group, flash, "Your request is withdrawn.", () -> groups.cancelRequest(group, viewer));
    }

    @PostMapping("/groups/{slug}/invitation/accept")
    String accept(@PathVariable String slug, Viewer viewer, RedirectAttributes flash) {
        Group group = groups.find(slug);
        return change(group, flash, "You accepted the invitation and are now a member.",
                () -> groups.acceptInvitation(group, viewer));
    }

    @PostMapping("/groups/{slug}/invitation/decline")
    String decline(@PathVariable String slug, Viewer viewer, RedirectAttributes flash) {
        Group group = groups.find(slug);
        groups.declineInvitation(group, viewer);
        flash.addFlashAttribute("done", "You declined the invitation to " + group.name() + ".");
        return "redirect:/groups/invitations";
    }

    @PostMapping("/groups/{slug}/leave")
    String leave(@PathVariable String slug, Viewer viewer, RedirectAttributes flash) {
        Group group = groups.find(slug);
        return change(group, flash, "You have left the group.", () -> groups.leave(group, viewer));
    }

    @GetMapping("/groups/{slug}/members")
    String members(@PathVariable String slug, Viewer viewer, Model model) {
        Group group = groups.find(slug);
        model.addAttribute("group", group);
        model.addAttribute("membership", groups.membership(group, viewer));
        model.addAttribute("mayRead", groups.mayReadContent(group, viewer));
        model.addAttribute("members", groups.members(group, viewer));
        return "groups/members";
    }

    @PostMapping("/groups/{slug}/members/{accountId}/remove")
    String remove(@PathVariable String slug, @PathVariable long accountId, Viewer viewer, RedirectAttributes flash) {
        Group group = groups.find(slug);
        return changeMembers(group, flash, "The member was removed.", () -> groups.remove(group, viewer, accountId));
    }

    @PostMapping("/groups/{slug}/members/{accountId}/role")
    String role(@PathVariable String slug, @PathVariable long accountId, @RequestParam GroupRole role,
                Viewer viewer, RedirectAttributes flash) {
        Group group = groups.find(slug);
        return changeMembers(group, flash, "Their role is now " + role.label().toLowerCase() + ".",
                () -> groups.setRole(group, viewer, accountId, role));
    }

    @PostMapping("/groups/{slug}/members/{accountId}/owner")
    String transfer(@PathVariable String slug, @PathVariable long accountId, Viewer viewer, RedirectAttributes flash) {
        Group group = groups.find(slug);
        return changeMembers(group, flash, "You handed over ownership and stay on as a moderator.",
                () -> groups.transferOwnership(group, viewer, accountId));
    }

    @GetMapping("/groups/{slug}/requests")
    String requests(@PathVariable String slug, Viewer viewer, Model model, RedirectAttributes flash) {
        Group group = groups.find(slug);
        try {
            model.addAttribute("requests", groups.requests(group, viewer));
        } catch (GroupException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
            return "redirect:" + group.path();
        }
        model.addAttribute("group", group);
        return "groups/requests";
    }

    @PostMapping("/groups/{slug}/requests/{accountId}")
    String decide(@PathVariable String slug, @PathVariable long accountId, @RequestParam boolean approve,
                  Viewer viewer, RedirectAttributes flash) {
        Group group = groups.find(slug);
        try {
            groups.decide(group, viewer, accountId, approve);
            flash.addFlashAttribute("done", approve ? "The request was approved." : "The request was declined.");
        } catch (GroupException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + group.path() + "/requests";
    }

    private static String change(Group group, RedirectAttributes flash, String done, Runnable action) {
        return apply(flash, done, action, "redirect:" + group.path());
    }

    private static String changeMembers(Group group, RedirectAttributes flash, String done, Runnable action) {
        return apply(flash, done, action, "redirect:" + group.path() + "/members");
    }

    private static String apply(RedirectAttributes flash, String done, Runnable action, String target) {
        try {
            action.run();
            flash.addFlashAttribute("done", done);
        } catch (GroupException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return target;
    }
}
