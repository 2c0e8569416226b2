package org.guerillapolicy.conversations;

/** A post was deleted: its words must leave the search index and anything else that copied them. */
public record PostDeleted(long postId) {
}
