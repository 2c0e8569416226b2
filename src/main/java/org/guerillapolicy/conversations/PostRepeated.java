package org.guerillapolicy.conversations;

public record PostRepeated(long postId, long authorId, long byAccountId) {
}
