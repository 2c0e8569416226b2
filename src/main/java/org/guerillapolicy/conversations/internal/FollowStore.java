package org.guerillapolicy.conversations.internal;

import java.util.List;
import org.guerillapolicy.conversations.FollowCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class FollowStore {

    private final JdbcClient jdbc;

    FollowStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns whether the follow is new. */
    public boolean follow(long followerId, long followedId) {
        return jdbc.sql("insert into follows (follower_id, followed_id) values (:follower, :followed) on conflict do nothing")
                .param("follower", followerId).param("followed", followedId).update() == 1;
    }

    public void unfollow(long followerId, long followedId) {
        jdbc.sql("delete from follows where follower_id = :follower and followed_id = :followed")
                .param("follower", followerId).param("followed", followedId).update();
    }

    public boolean follows(long followerId, long followedId) {
        return jdbc.sql("select exists (select 1 from follows where follower_id = :follower and followed_id = :followed)")
                .param("follower", followerId).param("followed", followedId).query(Boolean.class).single();
    }

    public FollowCounts counts(long accountId) {
        return jdbc.sql("""
                select (select count(*) from follows where followed_id = :id) as followers,
                       (select count(*) from follows where follower_id = :id) as following""")
                .param("id", accountId)
                .query((rs, row) -> new FollowCounts(rs.getLong("followers"), rs.getLong("following")))
                .single();
    }

    public void followTag(long accountId, String tag) {
        jdbc.sql("insert into tag_follows (account_id, tag) values (:account, :tag) on conflict do nothing")
                .param("account", accountId).param("tag", tag).update();
    }

    public void unfollowTag(long accountId, String tag) {
        jdbc.sql("delete from tag_follows where account_id = :account and tag = :tag")
                .param("account", accountId).param("tag", tag).update();
    }

    public boolean followsTag(long accountId, String tag) {
        return jdbc.sql("select exists (select 1 from tag_follows where account_id = :account and tag = :tag)")
                .param("account", accountId).param("tag", tag).query(Boolean.class).single();
    }

    public List<String> followedTags(long accountId) {
        return jdbc.sql("select tag from tag_follows where account_id = :account order by tag")
                .param("account", accountId).query(String.class).list();
    }
}
