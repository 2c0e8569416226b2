package org.guerillapolicy.notifications.internal;

import org.guerillapolicy.messages.MessageSent;
import org.guerillapolicy.messages.MessageThreadRead;
import org.guerillapolicy.notifications.NotificationKind;
import org.guerillapolicy.notifications.Notifications;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells each recipient of a direct message that it came, with a link to the thread. The message itself is
 * never copied into the notification or its email: only the thread's participants read it, on the site.
 */
@Component
class MessageEvents {

    private final Notifications notifications;
    private final NotificationStore store;

    MessageEvents(Notifications notifications, NotificationStore store) {
        this.notifications = notifications;
        this.store = store;
    }

    /** Reading a thread reads its notifications too, in the same transaction, so the header count agrees at once. */
    @EventListener
    void on(MessageThreadRead event) {
        store.markReadAt(event.accountId(), NotificationKind.DIRECT_MESSAGE, "/messages/" + event.threadId());
    }

    @ApplicationModuleListener
    void on(MessageSent event) {
        event.recipientIds().forEach(recipient -> notifications.about(NotificationKind.DIRECT_MESSAGE, recipient,
                event.authorId(), event.messageId(), "/messages/" + event.threadId()));
    }
}
