package org.guerillapolicy.conversations;

import java.util.List;

/**
 * A whole conversation: the post that started it, the accepted answer when it is a question with one,
 * and every reply in reading order (each after the post it answers), with its depth in the thread.
 */
public record Thread(PostView start, PostView acceptedAnswer, List<Reply> replies) {

    public record Reply(PostView post, int depth) {
    }
}
