package org.guerillapolicy.notifications.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the emails people want straight away, once the notification is committed. Claiming and sending
 * share a transaction: if sending fails the claim is undone and the event is delivered again later.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class ImmediateEmails {

    private final NotificationStore store;
    private final NotificationMail mail;

    ImmediateEmails(NotificationStore store, NotificationMail mail) {
        this.store = store;
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(ImmediateEmailDue event) {
        store.claimImmediate(event.notificationId()).ifPresent(mail::sendImmediate);
    }
}
