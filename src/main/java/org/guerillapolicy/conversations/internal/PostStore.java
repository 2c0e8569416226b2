package org.guerillapolicy.conversations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guerillapolicy.conversations.PostAudience;
import org.guerillapolicy.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for posts, tags, mentions, favourites, repeats and timelines. */
@Repository
public class PostStore {

    /** Every read of a post carries its counts and the viewer's own favourite and repeat, in one query. */
    private static final String POST_COLUMNS = """
            p.id, p.author_id, p.body_html, p.is_question, p.in_reply_to_id, parent.author_id as in_reply_to_author_id,
            p.conversation_id, p.accepted_answer_id, p.created_at, p.group_id, p.deleted_at is not null as deleted,
            (select count(*) from favourites f where f.post_id = p.id) as favourite_count,
            (select count(*) from repeats r where r.post_id = p.id) as repeat_count,
            (select count(*) from posts c where c.in_reply_to_id = p.id) as reply_count,
            exists (select 1 from favourites f where f.post_id = p.id and f.account_id = :viewer) as favourited,
            exists (select 1 from repeats r where r.post_id = p.id and r.account_id = :viewer) as repeated""";

    private static final String FROM_POSTS = " from posts p left join posts parent on parent.id = p.in_reply_to_id ";

    /** No account has this id; stands for an anonymous viewer so queries need no null handling. */
    private static final long NOBODY = -1;

    private final JdbcClient jdbc;

    PostStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long id, long authorId, String body, String html, boolean question, Long inReplyToId,
                       long conversationId, Long groupId) {
        jdbc.sql("""
                insert into posts (id, author_id, body, body_html, is_question, in_reply_to_id, conversation_id, group_id)
                values (:id, :author, :body, :html, :question, :inReplyTo, :conversation, :group)""")
                .param("id", id).param("author", authorId).param("body", body).param("html", html)
                .param("question", question).param("inReplyTo", inReplyToId, java.sql.Types.BIGINT)
                .param("conversation", conversationId).param("group", groupId, java.sql.Types.BIGINT)
                .update();
    }

    public void tag(long postId, Collection<String> tags) {
        for (String tag : tags) {
            jdbc.sql("insert into post_tags (tag, post_id) values (:tag, :post) on conflict do nothing")
                    .param("tag", tag).param("post", postId).update();
        }
    }

    public void mention(long postId, Collection<Long> accountIds) {
        for (long accountId : accountIds) {
            jdbc.sql("insert into post_mentions (post_id, account_id) values (:post, :account) on conflict do nothing")
                    .param("post", postId).param("account", accountId).update();
        }
    }

    public Optional<PostRow> byId(long id, Long viewerId) {
        return jdbc.sql("select " + POST_COLUMNS + FROM_POSTS + " where p.id = :id and p.deleted_at is null and " + PostAudience.SQL)
                .param("id", id).param("viewer", viewer(viewerId))
                .query(PostStore::postRow).optional();
    }

    public List<PostRow> conversation(long conversationId, Long viewerId) {
        return jdbc.sql("select " + POST_COLUMNS + FROM_POSTS + " where p.conversation_id = :conversation and "
                        + PostAudience.SQL + " order by p.id")
                .param("conversation", conversationId).param("viewer", viewer(viewerId))
                .query(PostStore::postRow).list();
    }

    /** Keeps the post's place in its thread but removes its words and everything hung on them. */
    public void delete(long postId) {
        jdbc.sql("update posts set deleted_at = now(), body = '', body_html = '' where id = :post")
                .param("post", postId).update();
        for (String table : List.of("post_tags", "post_mentions", "favourites", "repeats")) {
            jdbc.sql("delete from " + table + " where post_id = :post").param("post", postId).update();
        }
        jdbc.sql("update posts set accepted_answer_id = null where accepted_answer_id = :post")
                .param("post", postId).update();
    }

    public void acceptAnswer(long questionId, long answerId) {
        jdbc.sql("update posts set accepted_answer_id = :answer where id = :question")
                .param("answer", answerId).param("question", questionId).update();
    }

    /** Returns whether the favourite is new. */
    public boolean favourite(long accountId, long postId) {
        return jdbc.sql("insert into favourites (account_id, post_id) values (:account, :post) on conflict do nothing")
                .param("account", accountId).param("post", postId).update() == 1;
    }

    public void unfavourite(long accountId, long postId) {
        jdbc.sql("delete from favourites where account_id = :account and post_id = :post")
                .param("account", accountId).param("post", postId).update();
    }

    /** Returns whether the repeat is new. */
    public boolean repeat(long id, long accountId, long postId) {
        return jdbc.sql("insert into repeats (id, account_id, post_id) values (:id, :account, :post) on conflict do nothing")
                .param("id", id).param("account", accountId).param("post", postId).update() == 1;
    }

    public void unrepeat(long accountId, long postId) {
        jdbc.sql("delete from repeats where account_id = :account and post_id = :post")
                .param("account", accountId).param("post", postId).update();
    }

    public List<EntryRow> everyone(Paging paging, Long viewerId) {
        return timeline("""
                select p.id as entry_id, p.id as post_id, null::bigint as repeated_by from posts p
                 where not exists (select 1 from groups g where g.id = p.group_id and g.visibility = 'PRIVATE')""",
                Map.of(), paging, viewerId);
    }

    public List<EntryRow> byAuthor(long authorId, Paging paging, Long viewerId) {
        return timeline("""
                select p.id as entry_id, p.id as post_id, null::bigint as repeated_by from posts p where p.author_id = :author
                union all
                select r.id, r.post_id, r.account_id from repeats r where r.account_id = :author""",
                Map.of("author", authorId), paging, viewerId);
    }

    public List<EntryRow> inGroup(long groupId, Paging paging, Long viewerId) {
        return timeline("select p.id as entry_id, p.id as post_id, null::bigint as repeated_by from posts p where p.group_id = :group",
                Map.of("group", groupId), paging, viewerId);
    }

    public List<EntryRow> tagged(String tag, Paging paging, Long viewerId) {
        return timeline("select t.post_id as entry_id, t.post_id, null::bigint as repeated_by from post_tags t where t.tag = :tag",
                Map.of("tag", tag), paging, viewerId);
    }

    /** What a person follows (people, organisations, hashtags), their groups, what they repeat, and their own posts. */
    public List<EntryRow> home(long accountId, Paging paging) {
        return timeline("""
                select p.id as entry_id, p.id as post_id, null::bigint as repeated_by from posts p
                 where p.author_id = :me
                    or p.author_id in (select followed_id from follows where follower_id = :me)
                    or p.group_id in (select group_id from group_members where account_id = :me)
                union
                select t.post_id, t.post_id, null::bigint from post_tags t
                  join tag_follows tf on tf.tag = t.tag and tf.account_id = :me
                union all
                select r.id, r.post_id, r.account_id from repeats r
                 where r.account_id = :me
                    or r.account_id in (select followed_id from follows where follower_id = :me)""",
                Map.of("me", accountId), paging, accountId);
    }

    private List<EntryRow> timeline(String entries, Map<String, Object> params, Paging paging, Long viewerId) {
        String sql = """
                with entries as (%s)
                select e.entry_id, e.repeated_by, %s
                  from entries e join posts p on p.id = e.post_id
                  left join posts parent on parent.id = p.in_reply_to_id
                 where e.entry_id < :before and e.entry_id > :after and p.deleted_at is null and %s
                 order by e.entry_id %s
                 limit :limit""".formatted(entries, POST_COLUMNS, PostAudience.SQL, paging.towardsNewer() ? "asc" : "desc");
        return jdbc.sql(sql)
                .params(params)
                .param("viewer", viewer(viewerId))
                .param("before", paging.before() == null ? Long.MAX_VALUE : paging.before())
                .param("after", paging.after() == null ? Long.MIN_VALUE : paging.after())
                .param("limit", paging.size() + 1)
                .query((rs, row) -> new EntryRow(rs.getLong("entry_id"), postRow(rs, row),
                        rs.getObject("repeated_by", Long.class)))
                .list();
    }

    private static long viewer(Long viewerId) {
        return viewerId == null ? NOBODY : viewerId;
    }

    private static PostRow postRow(ResultSet rs, int row) throws SQLException {
        return new PostRow(rs.getLong("id"), rs.getLong("author_id"), rs.getString("body_html"),
                rs.getBoolean("is_question"), rs.getObject("in_reply_to_id", Long.class),
                rs.getObject("in_reply_to_author_id", Long.class), rs.getLong("conversation_id"),
                rs.getObject("accepted_answer_id", Long.class), rs.getTimestamp("created_at").toInstant(),
                rs.getLong("favourite_count"), rs.getLong("repeat_count"), rs.getLong("reply_count"),
                rs.getBoolean("favourited"), rs.getBoolean("repeated"), rs.getObject("group_id", Long.class), rs.getBoolean("deleted"));
    }
}
