package org.guerillapolicy.conversations.internal;

import java.time.Instant;

/** A post as stored, with its counts and what the viewer did with it, before authors are looked up. */
public record PostRow(long id, long authorId, String html, boolean question, Long inReplyToId,
                      Long inReplyToAuthorId, long conversationId, Long acceptedAnswerId, Instant createdAt,
                      long favourites, long repeats, long replies, boolean favouritedByViewer,
                      boolean repeatedByViewer, Long groupId, boolean deleted) {
}
