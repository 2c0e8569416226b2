package org.guerillapolicy.conversations;

import java.time.ZonedDateTime;
import org.guerillapolicy.accounts.AccountSummary;
import org.guerillapolicy.groups.Group;

/**
 * A post as a page shows it: its safe HTML, its author, its counts and what the viewer did with it. A
 * deleted post is only ever shown as a placeholder in its thread, so the replies to it still make sense.
 */
public record PostView(long id, AccountSummary author, String html, boolean question, Long inReplyToId,
                       AccountSummary inReplyToAuthor, long conversationId, Long acceptedAnswerId,
                       ZonedDateTime createdAt, long favourites, long repeats, long replies,
                       boolean favouritedByViewer, boolean repeatedByViewer, Group group,
                       boolean deleted) {

    public String path() {
        return "/@" + author.username() + "/" + id;
    }

    public boolean startsConversation() {
        return inReplyToId == null;
    }

    /** Posts in a private group stay there: they cannot be repeated to followers outside it. */
    public boolean repeatable() {
        return group == null || !group.isPrivate();
    }

    public boolean hasAcceptedAnswer() {
        return acceptedAnswerId != null;
    }
}
