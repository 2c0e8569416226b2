package org.guerillapolicy.conversations.web;

import jakarta.validation.Valid;
import org.guerillapolicy.conversations.Conversations;
import org.guerillapolicy.conversations.InvalidPostException;
import org.guerillapolicy.conversations.PostView;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A conversation page, and replying to any post in it. */
@Controller
class ConversationController {

    private final Conversations conversations;

    ConversationController(Conversations conversations) {
        this.conversations = conversations;
    }

    @GetMapping("/@{username}/{postId}")
    String conversation(@PathVariable String username, @PathVariable long postId, Viewer viewer, Model model) {
        PostView post = postBy(username, postId, viewer);
        model.addAttribute("focus", post);
        model.addAttribute("thread", conversations.thread(post.conversationId(), viewer));
        return "conversations/conversation";
    }

    @GetMapping("/@{username}/{postId}/reply")
    String replyForm(@PathVariable String username, @PathVariable long postId, Viewer viewer, Model model) {
        PostView post = postBy(username, postId, viewer);
        model.addAttribute("post", post);
        model.addAttribute("form", PostForm.empty());
        model.addAttribute("replyRefused", !conversations.mayReplyTo(post.author().id(), viewer.accountId()));
        return "conversations/reply";
    }

    @PostMapping("/@{username}/{postId}/reply")
    String reply(@PathVariable String username, @PathVariable long postId, Viewer viewer,
                 @Valid @ModelAttribute("form") PostForm form, BindingResult errors, Model model) {
        PostView post = postBy(username, postId, viewer);
        boolean refused = !conversations.mayReplyTo(post.author().id(), viewer.accountId());
        if (errors.hasErrors() || refused) {
            model.addAttribute("post", post);
            model.addAttribute("replyRefused", refused);
            return "conversations/reply";
        }
        try {
            PostView reply = conversations.publish(viewer.accountId(), form.toNewPost(post.id()));
            return "redirect:" + reply.path() + "#post-" + reply.id();
        } catch (InvalidPostException invalid) {
            errors.rejectValue("body", "post", invalid.getMessage());
            model.addAttribute("post", post);
            model.addAttribute("replyRefused", false);
            return "conversations/reply";
        }
    }

    @PostMapping("/@{username}/{postId}/accept")
    String accept(@PathVariable String username, @PathVariable long postId, @RequestParam long answer,
                  Viewer viewer) {
        PostView question = postBy(username, postId, viewer);
        conversations.acceptAnswer(question.id(), answer, viewer);
        return "redirect:" + question.path();
    }

    /** A post is only found under its author's name, so a link cannot pass one person's words off as another's. */
    private PostView postBy(String username, long postId, Viewer viewer) {
        return conversations.post(postId, viewer)
                .filter(p -> p.author().username().equalsIgnoreCase(username))
                .orElseThrow(() -> new NotFoundException("Post"));
    }
}
