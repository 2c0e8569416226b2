package org.guerillapolicy.messages.web;

import org.guerillapolicy.messages.Messages;
import org.guerillapolicy.platform.Viewer;
import java.util.function.Supplier;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the layout the signed-in person's unread message count for the header; null for visitors. */
@ControllerAdvice
class UnreadMessagesAdvice {

    private final Messages messages;

    UnreadMessagesAdvice(Messages messages) {
        this.messages = messages;
    }

    /**
     * Counted when the header is drawn, after the page's own work: a page that reads things (a thread,
     * the notifications) shows the count that is left.
     */
    @ModelAttribute("unreadMessages")
    Supplier<Long> unreadMessages(Viewer viewer) {
        return viewer.signedIn() ? SingletonSupplier.of(() -> messages.unreadCount(viewer.accountId())) : null;
    }
}
