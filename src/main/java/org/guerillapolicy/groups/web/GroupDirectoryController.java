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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of groups, creating a group, and the invitations waiting for the viewer. */
@Controller
class GroupDirectoryController {

    private final Groups groups;

    GroupDirectoryController(Groups groups) {
        this.groups = groups;
    }

    @GetMapping("/groups")
    String directory(Viewer viewer, @RequestParam(required = false) Long before, Model model) {
        model.addAttribute("page", groups.directory(before));
        if (viewer.signedIn()) {
            model.addAttribute("mine", groups.ofMember(viewer.accountId()));
            model.addAttribute("invitations", groups.invitations(viewer).size());
        }
        return "groups/directory";
    }

    @GetMapping("/groups/new")
    String newGroup(Model model) {
        model.addAttribute("form", GroupForm.empty());
        return form(model);
    }

    @PostMapping("/groups")
    String create(Viewer viewer, @Valid @ModelAttribute("form") GroupForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            Group group = groups.create(viewer, form.toNewGroup());
            return "redirect:" + group.path() + "?created";
        } catch (GroupException refused) {
            errors.rejectValue(refused.field(), "group", refused.getMessage());
            return form(model);
        }
    }

    @GetMapping("/groups/invitations")
    String invitations(Viewer viewer, Model model) {
        model.addAttribute("invitations", groups.invitations(viewer));
        return "groups/invitations";
    }

    private String form(Model model) {
        model.addAttribute("visibilities", GroupVisibility.values());
        return "groups/new";
    }
}
