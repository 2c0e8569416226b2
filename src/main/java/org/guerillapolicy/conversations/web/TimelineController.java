package org.guerillapolicy.conversations.web;

import jakarta.validation.Valid;
import org.guerillapolicy.conversations.Conversations;
import org.guerillapolicy.conversations.Follows;
import org.guerillapolicy.conversations.InvalidPostException;
import org.guerillapolicy.conversations.PostView;
import org.guerillapolicy.platform.Paging;
import org.guerillapolicy.policy.Projects;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TimelineController {

    private final Conversations conversations;
    private final Follows follows;
    private final Projects projects;

    TimelineController(Conversations conversations, Follows follows, Projects projects) {
        this.conversations = conversations;
        this.follows = follows;
        this.projects = projects;
    }

    @GetMapping("/")
    String front(Viewer viewer, Model model) {
        if (viewer.signedIn()) {
            return "redirect:/home";
        }
        model.addAttribute("page", conversations.everyone(viewer, Paging.first(10)));
        return "conversations/front";
    }

    @GetMapping("/public")
    String everyone(Viewer viewer, @RequestParam(required = false) Long before,
                    @RequestParam(required = false) Long after, Model model) {
        model.addAttribute("page", conversations.everyone(viewer, Paging.of(before, after)));
        model.addAttribute("pagePath", "/public");
        return "conversations/everyone";
    }

    @GetMapping("/home")
    String home(Viewer viewer, @RequestParam(required = false) Long before,
                @RequestParam(required = false) Long after, Model model) {
        model.addAttribute("form", PostForm.empty());
        return home(viewer, Paging.of(before, after), model);
    }

    @PostMapping("/posts")
    String publish(Viewer viewer, @Valid @ModelAttribute("form") PostForm form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                PostView post = conversations.publish(viewer.accountId(), form.toNewPost(null));
                return "redirect:/home?posted=" + post.id();
            } catch (InvalidPostException refused) {
                errors.rejectValue("body", "post", refused.getMessage());
            }
        }
        return home(viewer, Paging.of(null, null), model);
    }

    private String home(Viewer viewer, Paging paging, Model model) {
        model.addAttribute("page", conversations.home(viewer, paging));
        model.addAttribute("pagePath", "/home");
        model.addAttribute("followedTags", follows.followedTags(viewer.accountId()));
        model.addAttribute("projectNews", projects.followedNews(viewer, 5));
        return "conversations/home";
    }

    @GetMapping("/tags/{tag}")
    String tag(@PathVariable String tag, Viewer viewer, @RequestParam(required = false) Long before,
               @RequestParam(required = false) Long after, Model model) {
        model.addAttribute("tag", tag.toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("following", viewer.signedIn() && follows.followsTag(viewer.accountId(), tag));
        model.addAttribute("page", conversations.tagged(tag, viewer, Paging.of(before, after)));
        model.addAttribute("pagePath", "/tags/" + tag);
        return "conversations/tag";
    }

    @PostMapping("/tags/{tag}/follow")
    String followTag(@PathVariable String tag, Viewer viewer) {
        follows.followTag(viewer.accountId(), tag);
        return "redirect:/tags/{tag}";
    }

    @PostMapping("/tags/{tag}/unfollow")
    String unfollowTag(@PathVariable String tag, Viewer viewer) {
        follows.unfollowTag(viewer.accountId(), tag);
        return "redirect:/tags/{tag}";
    }
}
