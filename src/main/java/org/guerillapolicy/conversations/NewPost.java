package org.guerillapolicy.conversations;

/** What someone writes: a post that starts a conversation (optionally a question) or a reply. */
public record NewPost(String body, boolean question, Long inReplyToId) {

    public static final int MAX_LENGTH = 1000;
}
