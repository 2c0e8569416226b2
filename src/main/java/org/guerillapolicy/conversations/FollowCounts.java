package org.guerillapolicy.conversations;

public record FollowCounts(long followers, long following) {
}
