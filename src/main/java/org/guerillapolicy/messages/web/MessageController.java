package org.guerillapolicy.messages.web;

import org.guerillapolicy.messages.InvalidMessageException;
import org.guerillapolicy.messages.Messages;
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

/** The inbox, writing a new message, and reading and replying in a thread. */
@Controller
class MessageController {

    private final Messages messages;

    MessageController(Messages messages) {
        this.messages = messages;
    }

    @GetMapping("/messages")
    String inbox(Viewer viewer, @RequestParam(required = false) Long before,
                 @RequestParam(required = false) Long after, Model model) {
        if (!viewer.signedIn()) {
            return "redirect:/signin";
        }
        model.addAttribute("page", messages.inbox(viewer, Paging.of(before, after)));
        return "messages/inbox";
    }

    @GetMapping("/messages/new")
    String newMessage(Viewer viewer, @RequestParam(required = false) String to, Model model) {
        if (!viewer.signedIn()) {
            return "redirect:/signin";
        }
        model.addAttribute("form", new MessageForm(to == null ? "" : to, ""));
        return "messages/new";
    }

    @PostMapping("/messages")
    String send(Viewer viewer, @ModelAttribute("form") MessageForm form, BindingResult errors) {
        try {
            long threadId = messages.start(viewer, form.recipients(), form.body());
            return "redirect:/messages/" + threadId + "?sent";
        } catch (InvalidMessageException e) {
            reject(e, errors);
            return "messages/new";
        }
    }

    @GetMapping("/messages/{id}")
    String thread(@PathVariable long id, Viewer viewer, Model model) {
        model.addAttribute("form", ReplyForm.empty());
        return showThread(id, viewer, model);
    }

    @PostMapping("/messages/{id}")
    String reply(@PathVariable long id, Viewer viewer, @ModelAttribute("form") ReplyForm form,
                 BindingResult errors, Model model) {
        try {
            messages.reply(id, viewer, form.body());
            return "redirect:/messages/" + id + "?sent";
        } catch (InvalidMessageException e) {
            reject(e, errors);
            return showThread(id, viewer, model);
        }
    }

    private String showThread(long id, Viewer viewer, Model model) {
        model.addAttribute("thread", messages.open(id, viewer));
        return "messages/thread";
    }

    private static void reject(InvalidMessageException e, BindingResult errors) {
        e.problems().forEach((field, message) -> errors.rejectValue(field, "invalid", message));
    }
}
