package org.guerillapolicy.messages;

import java.time.ZonedDateTime;
import java.util.List;
import org.guerillapolicy.accounts.AccountSummary;

/** One thread in someone's inbox: who else is in it, the start of its latest message, and how many are unread. */
public record InboxEntry(long threadId, List<AccountSummary> others, AccountSummary latestAuthor,
                         String latestStart, ZonedDateTime latestAt, long unread) {

    public String path() {
        return "/messages/" + threadId;
    }
}
