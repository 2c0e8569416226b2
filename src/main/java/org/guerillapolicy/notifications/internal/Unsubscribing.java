package org.guerillapolicy.notifications.internal;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.guerillapolicy.notifications.Delivery;
import org.guerillapolicy.notifications.NotificationKind;
import org.guerillapolicy.notifications.Notifications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an unsubscribe link does: it turns off the email it came with, for the person it was sent to,
 * without their signing in. In-app notifications carry on.
 */
@Component
public class Unsubscribing {

    private final UnsubscribeTokens tokens;
    private final PreferenceStore preferences;
    private final Notifications notifications;

    Unsubscribing(UnsubscribeTokens tokens, PreferenceStore preferences, Notifications notifications) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.notifications = notifications;
    }

    /** What the token would stop, or empty for a token that is not ours. */
    public Optional<UnsubscribeScope> scope(String token) {
        return tokens.holder(token).map(UnsubscribeTokens.Holder::scope);
    }

    /**
     * Stops the email: for one kind, its emails; for the digest, every kind that went into it. Returns
     * what was stopped, or empty for a token that is not ours.
     */
    @Transactional
    public Optional<UnsubscribeScope> unsubscribe(String token) {
        Optional<UnsubscribeTokens.Holder> holder = tokens.holder(token);
        holder.ifPresent(h -> notifications.chooseEmail(h.accountId(), stopped(h)));
        return holder.map(UnsubscribeTokens.Holder::scope);
    }

    private Map<NotificationKind, Delivery> stopped(UnsubscribeTokens.Holder holder) {
        if (!holder.scope().isDigest()) {
            return Map.of(holder.scope().kind(), Delivery.NEVER);
        }
        return preferences.choices(holder.accountId()).entrySet().stream()
                .filter(choice -> choice.getValue() == Delivery.DAILY)
                .collect(Collectors.toMap(Map.Entry::getKey, choice -> Delivery.NEVER));
    }
}
