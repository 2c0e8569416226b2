package org.guerillapolicy.conversations;

import java.time.ZonedDateTime;
import org.guerillapolicy.accounts.AccountSummary;

/** A post as a page shows it: its safe HTML, its author, its counts and what the viewer did with it. */
public record PostView(long id, AccountSummary author, String html, boolean question, Long inReplyToId,
                       AccountSummary inReplyToAuthor, long conversationId, Long acceptedAnswerId,
                       ZonedDateTime createdAt, long favourites, long repeats, long replies,
                       boolean favouritedByViewer, boolean repeatedByViewer) {

    public String path() {
        return "/@" + author.username() + "/" + id;
    }

    public boolean startsConversation() {
        return inReplyToId == null;
    }

    public boolean hasAcceptedAnswer() {
        return acceptedAnswerId != null;
    }
}
