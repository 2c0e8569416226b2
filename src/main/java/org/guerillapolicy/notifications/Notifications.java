package org.guerillapolicy.notifications;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.conversations.Conversations;
import org.guerillapolicy.conversations.PostView;
import org.guerillapolicy.notifications.internal.EmailState;
import org.guerillapolicy.notifications.internal.ImmediateEmailDue;
import org.guerillapolicy.notifications.internal.NotificationRow;
import org.guerillapolicy.notifications.internal.NotificationStore;
import org.guerillapolicy.notifications.internal.NotificationViews;
import org.guerillapolicy.notifications.internal.PreferenceStore;
import org.guerillapolicy.platform.Ids;
import org.guerillapolicy.platform.Page;
import org.guerillapolicy.platform.Paging;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.moderation.Blocks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications module's API: record that something happened to someone, list their notifications,
 * and keep their choices of email. Recording is idempotent: the same act notifies its recipient once.
 */
@Service
public class Notifications {

    private final NotificationStore store;
    private final PreferenceStore preferences;
    private final NotificationViews views;
    private final Accounts accounts;
    private final Conversations conversations;
    private final Ids ids;
    private final ApplicationEventPublisher events;
    private final Blocks blocks;
    private final boolean emailConfigured;

    Notifications(NotificationStore store, PreferenceStore preferences, NotificationViews views, Accounts accounts,
                  Conversations conversations, Ids ids, ApplicationEventPublisher events, Blocks blocks,
                  @Value("${spring.mail.host:}") String mailHost) {
        this.store = store;
        this.preferences = preferences;
        this.views = views;
        this.accounts = accounts;
        this.conversations = conversations;
        this.ids = ids;
        this.events = events;
        this.blocks = blocks;
        this.emailConfigured = !mailHost.isBlank();
    }

    /**
     * Tells the recipient that the actor did something to or with a post (mentioned them in it, replied
     * with it, favourited or repeated it). Nothing is recorded when the recipient may not see the post.
     * Returns whether a new notification was recorded.
     */
    @Transactional
    public boolean aboutPost(NotificationKind kind, long recipientId, long actorId, long postId) {
        if (!kind.aboutPost()) {
            throw new IllegalArgumentException(kind + " is not about a post");
        }
        if (!shouldNotify(recipientId, actorId)) {
            return false;
        }
        Optional<PostView> post = recipient(recipientId).flatMap(viewer -> conversations.post(postId, viewer));
        return post.isPresent() && record(kind, recipientId, actorId, postId, post.get().path());
    }

    /**
     * Tells the recipient of something not about a post (a follow, an invitation, a join request or
     * decision, a direct message). The subject is what it is about (a group, a message, the actor) and
     * the link path where the recipient sees it. The caller must only name a subject the recipient may
     * see. Returns whether a new notification was recorded.
     */
    @Transactional
    public boolean about(NotificationKind kind, long recipientId, long actorId, long subjectId, String linkPath) {
        if (kind.aboutPost()) {
            throw new IllegalArgumentException(kind + " is about a post; use aboutPost");
        }
        if (!shouldNotify(recipientId, actorId) || recipient(recipientId).isEmpty()) {
            return false;
        }
        return record(kind, recipientId, actorId, subjectId, linkPath);
    }

    /**
     * The one place that decides whether an act by the actor may notify the recipient. Nobody is told of
     * their own acts, and nothing an account does reaches someone who blocked it.
     */
    private boolean shouldNotify(long recipientId, long actorId) {
        return recipientId != actorId && !blocks.blocks(recipientId, actorId);
    }

    private boolean record(NotificationKind kind, long recipientId, long actorId, long subjectId, String linkPath) {
        EmailState email = emailState(preferences.choice(recipientId, kind));
        long id = ids.next();
        boolean recorded = store.insert(id, recipientId, kind, actorId, subjectId, linkPath, email);
        if (recorded && email == EmailState.IMMEDIATE) {
            events.publishEvent(new ImmediateEmailDue(id));
        }
        return recorded;
    }

    private EmailState emailState(Delivery delivery) {
        if (!emailConfigured) {
            return EmailState.NONE;
        }
        return switch (delivery) {
            case IMMEDIATE -> EmailState.IMMEDIATE;
            case DAILY -> EmailState.DIGEST;
            case NEVER -> EmailState.NONE;
        };
    }

    /** The viewer's own notifications, newest first, each as they may see it now. */
    public Page<NotificationView> page(Viewer viewer, Paging paging) {
        Page<NotificationRow> rows = Page.fromRows(store.forRecipient(viewer.accountId(), paging), paging,
                NotificationRow::id);
        return new Page<>(views.views(rows.items(), viewer), rows.olderThan(), rows.newerThan());
    }

    public long unreadCount(long accountId) {
        return store.unread(accountId);
    }

    @Transactional
    public void markAllRead(long accountId) {
        store.markAllRead(accountId);
    }

    public Map<NotificationKind, Delivery> emailChoices(long accountId) {
        return preferences.choices(accountId);
    }

    /** Saves the person's choices; email they were still owed of a kind they now turn off is not sent. */
    @Transactional
    public void chooseEmail(long accountId, Map<NotificationKind, Delivery> choices) {
        Set<NotificationKind> stopped = EnumSet.noneOf(NotificationKind.class);
        choices.forEach((kind, delivery) -> {
            preferences.choose(accountId, kind, delivery);
            if (delivery == Delivery.NEVER) {
                stopped.add(kind);
            }
        });
        store.cancelEmail(accountId, stopped);
    }

    /** Whether this site sends email at all; choices are kept either way. */
    public boolean emailConfigured() {
        return emailConfigured;
    }

    private Optional<Viewer> recipient(long accountId) {
        return accounts.byId(accountId).map(a -> new Viewer(a.id(), a.username(), a.displayName()));
    }
}
