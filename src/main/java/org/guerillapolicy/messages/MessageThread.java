package org.guerillapolicy.messages;

import java.util.List;
import org.guerillapolicy.accounts.AccountSummary;

/** A thread as one participant sees it: the others in it and its messages, oldest first. */
public record MessageThread(long id, List<AccountSummary> others, List<MessageView> messages) {

    public String path() {
        return "/messages/" + id;
    }
}
