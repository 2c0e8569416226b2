package org.guerillapolicy.notifications.internal;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, sends each person one email with the notifications they chose to get in a digest. Each
 * person's notifications are claimed (marked sent) in the transaction that sends their email, with rows
 * locked and locked rows skipped, so two nodes running at once never send the same notification twice.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
public class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final NotificationStore store;
    private final NotificationMail mail;
    private final TransactionTemplate transactions;

    DailyDigest(NotificationStore store, NotificationMail mail, TransactionTemplate transactions) {
        this.store = store;
        this.mail = mail;
        this.transactions = transactions;
    }

    @Scheduled(cron = "${guerilla.notifications.digest-cron:0 0 7 * * *}", zone = "${guerilla.time-zone:Europe/London}")
    void scheduled() {
        int sent = sendDue();
        log.info("Daily digest: {} emails sent", sent);
    }

    /** Sends every digest that is due now; returns how many emails went out. */
    public int sendDue() {
        int sent = 0;
        long after = Long.MIN_VALUE;
        for (Optional<Long> next = store.nextDigestRecipient(after); next.isPresent();
             next = store.nextDigestRecipient(after)) {
            after = next.get();
            if (sendTo(after)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendTo(long recipientId) {
        try {
            return Boolean.TRUE.equals(transactions.execute(
                    status -> mail.sendDigest(recipientId, store.claimDigest(recipientId))));
        } catch (RuntimeException e) {
            // Their notifications stay due for the next run; everyone else still gets theirs now.
            log.warn("Could not send the daily digest to account {}; it is tried again next run", recipientId, e);
            return false;
        }
    }
}
