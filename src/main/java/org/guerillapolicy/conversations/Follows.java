package org.guerillapolicy.conversations;

import java.util.List;
import org.guerillapolicy.conversations.internal.FollowStore;
import org.guerillapolicy.conversations.internal.PostText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who follows whom, and which hashtags each account follows. */
@Service
public class Follows {

    private final FollowStore store;
    private final ApplicationEventPublisher events;

    Follows(FollowStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Transactional
    public void follow(long followerId, long followedId) {
        if (followerId == followedId) {
            return;
        }
        if (store.follow(followerId, followedId)) {
            events.publishEvent(new AccountFollowed(followerId, followedId));
        }
    }

    @Transactional
    public void unfollow(long followerId, long followedId) {
        store.unfollow(followerId, followedId);
    }

    public boolean follows(long followerId, long followedId) {
        return store.follows(followerId, followedId);
    }

    public FollowCounts counts(long accountId) {
        return store.counts(accountId);
    }

    @Transactional
    public void followTag(long accountId, String tag) {
        store.followTag(accountId, PostText.normaliseTag(tag));
    }

    @Transactional
    public void unfollowTag(long accountId, String tag) {
        store.unfollowTag(accountId, PostText.normaliseTag(tag));
    }

    public boolean followsTag(long accountId, String tag) {
        return store.followsTag(accountId, PostText.normaliseTag(tag));
    }

    public List<String> followedTags(long accountId) {
        return store.followedTags(accountId);
    }
}
