package org.guerillapolicy.conversations.web;

import org.guerillapolicy.conversations.Conversations;
import org.guerillapolicy.conversations.NotAllowedException;
import org.guerillapolicy.conversations.PostView;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** An author deletes their own post, after a page that says what deleting does. */
@Controller
class PostDeletionController {

    private final Conversations conversations;

    PostDeletionController(Conversations conversations) {
        this.conversations = conversations;
    }

    @GetMapping("/posts/{id}/delete")
    String confirm(@PathVariable long id, Viewer viewer, Model model) {
        PostView post = conversations.post(id, viewer).orElseThrow(() -> new NotFoundException("Post"));
        if (!viewer.is(post.author().id())) {
            throw new NotAllowedException("Only the author can delete this post");
        }
        model.addAttribute("post", post);
        return "conversations/delete";
    }

    @PostMapping("/posts/{id}/delete")
    String delete(@PathVariable long id, Viewer viewer) {
        conversations.delete(id, viewer);
        return "redirect:/@" + viewer.username() + "?deleted";
    }
}
