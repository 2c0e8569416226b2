package org.guerillapolicy.conversations;

import java.util.Set;

/** A post or reply was published; notifications and search build on it. */
public record PostPublished(long postId, long authorId, long conversationId, Long inReplyToId,
                            Long inReplyToAuthorId, Set<String> tags, Set<Long> mentionedAccountIds,
                            Long groupId) {
}
