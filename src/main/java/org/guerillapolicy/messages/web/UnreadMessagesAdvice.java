package org.guerillapolicy.messages.web;

import org.guerillapolicy.messages.Messages;
import org.guerillapolicy.platform.Viewer;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the layout the signed-in person's unread message count for the header; null for visitors. */
@ControllerAdvice
class UnreadMessagesAdvice {

    private final Messages messages;

    UnreadMessagesAdvice(Messages messages) {
        this.messages = messages;
    }

    @ModelAttribute("unreadMessages")
    Long unreadMessages(Viewer viewer) {
        return viewer.signedIn() ? messages.unreadCount(viewer.accountId()) : null;
    }
}
