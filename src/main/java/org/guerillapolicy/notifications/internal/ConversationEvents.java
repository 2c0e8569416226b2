package org.guerillapolicy.notifications.internal;

import java.util.Objects;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.conversations.AccountFollowed;
import org.guerillapolicy.conversations.PostFavourited;
import org.guerillapolicy.conversations.PostPublished;
import org.guerillapolicy.conversations.PostRepeated;
import org.guerillapolicy.notifications.NotificationKind;
import org.guerillapolicy.notifications.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notifies people of what happens to them in conversations. Each event is handled after the change that
 * caused it commits, from the event registry, so it is handled again after a crash; recording is
 * idempotent, so handling it twice notifies once.
 */
@Component
class ConversationEvents {

    private final Notifications notifications;
    private final Accounts accounts;

    ConversationEvents(Notifications notifications, Accounts accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(PostPublished event) {
        if (event.inReplyToAuthorId() != null) {
            notifications.aboutPost(NotificationKind.REPLY, event.inReplyToAuthorId(), event.authorId(), event.postId());
        }
        for (long mentioned : event.mentionedAccountIds()) {
            // A reply that also mentions the person replied to tells them once, as a reply.
            if (!Objects.equals(mentioned, event.inReplyToAuthorId())) {
                notifications.aboutPost(NotificationKind.MENTION, mentioned, event.authorId(), event.postId());
            }
        }
    }

    @ApplicationModuleListener
    void on(PostFavourited event) {
        notifications.aboutPost(NotificationKind.FAVOURITE, event.authorId(), event.byAccountId(), event.postId());
    }

    @ApplicationModuleListener
    void on(PostRepeated event) {
        notifications.aboutPost(NotificationKind.REPEAT, event.authorId(), event.byAccountId(), event.postId());
    }

    @ApplicationModuleListener
    void on(AccountFollowed event) {
        accounts.byId(event.followerId()).ifPresent(follower -> notifications.about(NotificationKind.FOLLOW,
                event.followedId(), follower.id(), follower.id(), "/@" + follower.username()));
    }
}
