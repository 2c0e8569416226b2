package org.guerillapolicy.conversations;

public record AccountFollowed(long followerId, long followedId) {
}
