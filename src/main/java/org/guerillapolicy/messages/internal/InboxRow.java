package org.guerillapolicy.messages.internal;

import java.time.Instant;
import java.util.List;

public record InboxRow(long threadId, long latestId, long latestAuthorId, String latestBody, Instant latestAt,
                       long unread, List<Long> otherIds) {
}
