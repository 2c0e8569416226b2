package org.guerillapolicy.conversations;

/**
 * What someone writes: a post that starts a conversation (optionally a question), or a reply. A post may
 * be written in a group; a reply always belongs to the group of the post it answers.
 */
public record NewPost(String body, boolean question, Long inReplyToId, Long groupId) {

    public static final int MAX_LENGTH = 1000;

    public NewPost(String body, boolean question, Long inReplyToId) {
        this(body, question, inReplyToId, null);
    }
}
