package org.guerillapolicy.messages;

import org.guerillapolicy.moderation.Blocks;

/**
 * The one rule for who may see a thread and its messages, as SQL conditions with the viewer's account id
 * (or -1 for an anonymous visitor) bound to {@code :viewer}. A thread is seen by its participants and no
 * one else, administrators included; within it, a participant does not see messages from accounts they
 * have blocked. Every query that reads threads or messages includes these conditions.
 */
public final class MessageAudience {

    /** True when the viewer takes part in the thread whose id is in {@code threadIdColumn}. */
    public static String thread(String threadIdColumn) {
        return "exists (select 1 from message_participants audience where audience.thread_id = "
                + threadIdColumn + " and audience.account_id = :viewer)";
    }

    /** True when the viewer may see the row of {@code messages} aliased {@code m}. */
    public static final String MESSAGE = "(" + thread("m.thread_id") + " and not " + Blocks.sql(":viewer", "m.author_id") + ")";

    /** The value to bind to {@code :viewer}. */
    public static long viewerParameter(Long accountId) {
        return accountId == null ? -1 : accountId;
    }

    private MessageAudience() {
    }
}
