package org.guerillapolicy.conversations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.guerillapolicy.conversations.NewPost;

record PostForm(
        @NotBlank(message = "Write something before you post")
        @Size(max = NewPost.MAX_LENGTH, message = "Your post must be 1,000 characters or fewer")
        String body,
        Boolean question) {

    static PostForm empty() {
        return new PostForm("", false);
    }

    NewPost toNewPost(Long inReplyToId) {
        return toNewPost(inReplyToId, null);
    }

    NewPost toNewPost(Long inReplyToId, Long groupId) {
        return new NewPost(body, Boolean.TRUE.equals(question), inReplyToId, groupId);
    }
}
