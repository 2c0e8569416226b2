package org.guerillapolicy.conversations;

public record PostFavourited(long postId, long authorId, long byAccountId) {
}
