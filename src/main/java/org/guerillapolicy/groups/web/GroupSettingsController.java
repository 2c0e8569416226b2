package org.guerillapolicy.groups.web;

import jakarta.validation.Valid;
import org.guerillapolicy.groups.Group;
import org.guerillapolicy.groups.GroupException;
import org.guerillapolicy.groups.GroupVisibility;
import org.guerillapolicy.groups.Groups;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inviting people, and the owner's settings: name, description and whether the group is private. */
@Controller
class GroupSettingsController {

    private final Groups groups;

    GroupSettingsController(Groups groups) {
        this.groups = groups;
    }

    @GetMapping("/groups/{slug}/invite")
    String inviteForm(@PathVariable String slug, Viewer viewer, Model model) {
        model.addAttribute("group", groups.find(slug));
        return "groups/invite";
    }

    @PostMapping("/groups/{slug}/invite")
    String invite(@PathVariable String slug, @ModelAttribute("username") String username, Viewer viewer,
                  Model model, RedirectAttributes flash) {
        Group group = groups.find(slug);
        try {
            var invitee = groups.invite(group, viewer, username);
            flash.addFlashAttribute("done", "Invitation sent to " + invitee.displayName() + ".");
            return "redirect:" + group.path() + "/invite";
        } catch (GroupException refused) {
            model.addAttribute("group", group);
            model.addAttribute("problem", refused.getMessage());
            model.addAttribute("problemField", refused.field());
            return "groups/invite";
        }
    }

    @GetMapping("/groups/{slug}/settings")
    String settings(@PathVariable String slug, Viewer viewer, Model model, RedirectAttributes flash) {
        Group group = groups.find(slug);
        if (!groups.membership(group, viewer).owns()) {
            flash.addFlashAttribute("problem", "Only the group's owner can change its settings");
            return "redirect:" + group.path();
        }
        model.addAttribute("form", GroupForm.of(group));
        return settingsPage(group, model);
    }

    @PostMapping("/groups/{slug}/settings")
    String save(@PathVariable String slug, Viewer viewer, @Valid @ModelAttribute("form") GroupForm form,
                BindingResult errors, Model model, RedirectAttributes flash) {
        Group group = groups.find(slug);
        if (errors.hasErrors()) {
            return settingsPage(group, model);
        }
        try {
            groups.update(group, viewer, form.name(), form.descriptionOrEmpty(), form.visibility());
            flash.addFlashAttribute("done", "The group's settings are saved.");
        } catch (GroupException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + group.path();
    }

    private String settingsPage(Group group, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("visibilities", GroupVisibility.values());
        return "groups/settings";
    }
}
