package org.guerillapolicy.notifications.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guerillapolicy.accounts.AccountSummary;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.conversations.Conversations;
import org.guerillapolicy.conversations.PostView;
import org.guerillapolicy.groups.Group;
import org.guerillapolicy.groups.Groups;
import org.guerillapolicy.messages.Messages;
import org.guerillapolicy.notifications.NotificationKind;
import org.guerillapolicy.notifications.NotificationView;
import org.guerillapolicy.platform.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns stored notifications into what their recipient sees, on the page or in an email. A post is read
 * through the conversations audience rule as the recipient; one they may not see is left out.
 */
@Component
public class NotificationViews {

    private final Accounts accounts;
    private final Conversations conversations;
    private final Groups groups;
    private final Messages messages;
    private final ZoneId timeZone;

    NotificationViews(Accounts accounts, Conversations conversations, Groups groups, Messages messages,
                      @Value("${guerilla.time-zone:Europe/London}") ZoneId timeZone) {
        this.accounts = accounts;
        this.conversations = conversations;
        this.groups = groups;
        this.messages = messages;
        this.timeZone = timeZone;
    }

    /** Kinds whose subject is a group: its name, public even for a private group, is shown with them. */
    private static final Set<NotificationKind> GROUP_KINDS = EnumSet.of(NotificationKind.INVITATION,
            NotificationKind.JOIN_REQUEST, NotificationKind.JOIN_APPROVED, NotificationKind.JOIN_DECLINED);

    public List<NotificationView> views(List<NotificationRow> rows, Viewer recipient) {
        Map<Long, AccountSummary> actors = accounts.summaries(rows.stream().map(NotificationRow::actorId).distinct().toList());
        List<NotificationView> views = new ArrayList<>();
        for (NotificationRow row : rows) {
            view(row, actors.get(row.actorId()), recipient).ifPresent(views::add);
        }
        return views;
    }

    public Optional<NotificationView> view(NotificationRow row, AccountSummary actor, Viewer recipient) {
        if (actor == null || !recipient.is(row.recipientId())) {
            return Optional.empty();
        }
        String excerpt = null;
        if (row.kind().aboutPost()) {
            Optional<PostView> post = conversations.post(row.subjectId(), recipient);
            if (post.isEmpty()) {
                return Optional.empty();
            }
            excerpt = Excerpt.of(post.get().html());
        } else if (GROUP_KINDS.contains(row.kind())) {
            Optional<Group> group = groups.byId(row.subjectId());
            if (group.isEmpty()) {
                return Optional.empty();
            }
            excerpt = group.get().name();
        } else if (row.kind() == NotificationKind.DIRECT_MESSAGE && !messages.mayReadMessage(row.subjectId(), recipient)) {
            return Optional.empty();
        }
        return Optional.of(new NotificationView(row.id(), row.kind(), actor, row.linkPath(),
                row.createdAt().atZone(timeZone), row.unread(), excerpt));
    }
}
