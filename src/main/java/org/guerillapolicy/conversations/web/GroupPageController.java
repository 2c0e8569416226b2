package org.guerillapolicy.conversations.web;

import jakarta.validation.Valid;
import org.guerillapolicy.conversations.Conversations;
import org.guerillapolicy.conversations.InvalidPostException;
import org.guerillapolicy.conversations.PostView;
import org.guerillapolicy.groups.Group;
import org.guerillapolicy.groups.Groups;
import org.guerillapolicy.groups.Membership;
import org.guerillapolicy.platform.Paging;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A group's page: who it is for, what the viewer can do there, and its posts for those allowed to read them. */
@Controller
class GroupPageController {

    private final Groups groups;
    private final Conversations conversations;

    GroupPageController(Groups groups, Conversations conversations) {
        this.groups = groups;
        this.conversations = conversations;
    }

    @GetMapping("/groups/{slug}")
    String group(@PathVariable String slug, Viewer viewer, @RequestParam(required = false) Long before,
                 @RequestParam(required = false) Long after, Model model) {
        model.addAttribute("form", PostForm.empty());
        return page(groups.find(slug), viewer, Paging.of(before, after), model);
    }

    @PostMapping("/groups/{slug}/posts")
    String publish(@PathVariable String slug, Viewer viewer, @Valid @ModelAttribute("form") PostForm form,
                   BindingResult errors, Model model) {
        Group group = groups.find(slug);
        if (!errors.hasErrors()) {
            try {
                PostView post = conversations.publish(viewer.accountId(), form.toNewPost(null, group.id()));
                return "redirect:" + group.path() + "?posted=" + post.id();
            } catch (InvalidPostException refused) {
                errors.rejectValue("body", "post", refused.getMessage());
            }
        }
        return page(group, viewer, Paging.of(null, null), model);
    }

    private String page(Group group, Viewer viewer, Paging paging, Model model) {
        Membership membership = groups.membership(group, viewer);
        boolean mayRead = groups.mayReadContent(group, viewer);
        model.addAttribute("group", group);
        model.addAttribute("membership", membership);
        model.addAttribute("mayRead", mayRead);
        if (mayRead) {
            model.addAttribute("page", conversations.inGroup(group, viewer, paging));
            model.addAttribute("pagePath", group.path());
        }
        return "conversations/group";
    }
}
