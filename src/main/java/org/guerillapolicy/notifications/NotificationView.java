package org.guerillapolicy.notifications;

import java.time.ZonedDateTime;
import org.guerillapolicy.accounts.AccountSummary;

/**
 * A notification as its recipient sees it. The excerpt is the post's words as the recipient may see them
 * now, or null for kinds not about a post.
 */
public record NotificationView(long id, NotificationKind kind, AccountSummary actor, String linkPath,
                               ZonedDateTime createdAt, boolean unread, String excerpt) {

    public String what() {
        return kind.what();
    }
}
