package org.guerillapolicy.messages;

import java.util.List;

/**
 * A message was sent in a thread. The recipients are the other participants who have not blocked the
 * author: the ones to tell about it.
 */
public record MessageSent(long messageId, long threadId, long authorId, List<Long> recipientIds) {
}
