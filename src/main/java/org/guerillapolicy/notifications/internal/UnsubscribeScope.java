package org.guerillapolicy.notifications.internal;

import java.util.Locale;
import org.guerillapolicy.notifications.NotificationKind;

/**
 * What an unsubscribe link stops: the emails sent straight away about one kind, or the daily digest
 * (every kind that goes into it).
 */
public record UnsubscribeScope(NotificationKind kind) {

    private static final String DIGEST = "DAILY_DIGEST";

    public static UnsubscribeScope digest() {
        return new UnsubscribeScope(null);
    }

    public static UnsubscribeScope of(String key) {
        return new UnsubscribeScope(DIGEST.equals(key) ? null : NotificationKind.valueOf(key));
    }

    public boolean isDigest() {
        return kind == null;
    }

    String key() {
        return isDigest() ? DIGEST : kind.name();
    }

    /** Completes "You will no longer get ..." */
    public String description() {
        return isDigest() ? "the daily digest email"
                : "emails " + kind.settingLabel().toLowerCase(Locale.ROOT);
    }
}
