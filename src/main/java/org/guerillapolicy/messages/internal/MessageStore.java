package org.guerillapolicy.messages.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.guerillapolicy.messages.MessageAudience;
import org.guerillapolicy.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL for threads, participants and messages. Every read of a thread or a message goes through
 * {@link MessageAudience}, with the viewer bound to {@code :viewer}.
 */
@Repository
public class MessageStore {

    private final JdbcClient jdbc;

    MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertThread(long id, long startedBy, List<Long> participantIds) {
        jdbc.sql("insert into message_threads (id, started_by) values (:id, :startedBy)")
                .param("id", id).param("startedBy", startedBy).update();
        for (long accountId : participantIds) {
            jdbc.sql("insert into message_participants (thread_id, account_id) values (:thread, :account)")
                    .param("thread", id).param("account", accountId).update();
        }
    }

    public void insertMessage(long id, long threadId, long authorId, String body, String html) {
        jdbc.sql("""
                insert into messages (id, thread_id, author_id, body, body_html)
                values (:id, :thread, :author, :body, :html)""")
                .param("id", id).param("thread", threadId).param("author", authorId)
                .param("body", body).param("html", html).update();
    }

    public boolean visible(long threadId, Long viewerId) {
        return jdbc.sql("select exists (select 1 from message_threads t where t.id = :thread and "
                        + MessageAudience.thread("t.id") + ")")
                .param("thread", threadId).param("viewer", MessageAudience.viewerParameter(viewerId))
                .query(Boolean.class).single();
    }

    public boolean messageVisible(long messageId, Long viewerId) {
        return jdbc.sql("select exists (select 1 from messages m where m.id = :message and " + MessageAudience.MESSAGE + ")")
                .param("message", messageId).param("viewer", MessageAudience.viewerParameter(viewerId))
                .query(Boolean.class).single();
    }

    /** Everyone in a thread; only for callers that have already applied the audience rule. */
    public List<Long> participants(long threadId) {
        return jdbc.sql("select account_id from message_participants where thread_id = :thread order by account_id")
                .param("thread", threadId).query(Long.class).list();
    }

    public List<MessageRow> messages(long threadId, long viewerId) {
        return jdbc.sql("""
                select m.id, m.author_id, m.body_html, m.created_at from messages m
                 where m.thread_id = :thread and %s
                 order by m.id""".formatted(MessageAudience.MESSAGE))
                .param("thread", threadId).param("viewer", viewerId)
                .query((rs, row) -> new MessageRow(rs.getLong("id"), rs.getLong("author_id"),
                        rs.getString("body_html"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public long lastRead(long threadId, long accountId) {
        return jdbc.sql("select last_read_message_id from message_participants where thread_id = :thread and account_id = :account")
                .param("thread", threadId).param("account", accountId).query(Long.class).optional().orElse(0L);
    }

    public void markRead(long threadId, long accountId) {
        jdbc.sql("""
                update message_participants
                   set last_read_message_id = greatest(last_read_message_id,
                       (select coalesce(max(id), 0) from messages where thread_id = :thread))
                 where thread_id = :thread and account_id = :account""")
                .param("thread", threadId).param("account", accountId).update();
    }

    public long unreadCount(long viewerId) {
        return jdbc.sql("""
                select count(*) from messages m
                  join message_participants mine on mine.thread_id = m.thread_id and mine.account_id = :viewer
                 where m.id > mine.last_read_message_id and m.author_id <> :viewer and %s"""
                        .formatted(MessageAudience.MESSAGE))
                .param("viewer", viewerId).query(Long.class).single();
    }

    /** The viewer's threads by their latest message the viewer may see, newest first, one row more than the page. */
    public List<InboxRow> inbox(long viewerId, Paging paging) {
        return jdbc.sql("""
                with mine as (
                    select mp.thread_id, mp.last_read_message_id,
                           (select max(m.id) from messages m where m.thread_id = mp.thread_id and %1$s) as latest_id
                      from message_participants mp
                     where mp.account_id = :viewer
                )
                select mine.thread_id, mine.latest_id, latest.author_id, latest.body, latest.created_at,
                       (select count(*) from messages m
                         where m.thread_id = mine.thread_id and m.id > mine.last_read_message_id
                           and m.author_id <> :viewer and %1$s) as unread,
                       array(select p.account_id from message_participants p
                              where p.thread_id = mine.thread_id and p.account_id <> :viewer
                              order by p.account_id) as others
                  from mine join messages latest on latest.id = mine.latest_id
                 where mine.latest_id < :before and mine.latest_id > :after
                 order by mine.latest_id %2$s
                 limit :limit""".formatted(MessageAudience.MESSAGE, paging.towardsNewer() ? "asc" : "desc"))
                .param("viewer", viewerId)
                .param("before", paging.before() == null ? Long.MAX_VALUE : paging.before())
                .param("after", paging.after() == null ? Long.MIN_VALUE : paging.after())
                .param("limit", paging.size() + 1)
                .query(MessageStore::inboxRow)
                .list();
    }

    private static InboxRow inboxRow(ResultSet rs, int row) throws SQLException {
        Array others = rs.getArray("others");
        return new InboxRow(rs.getLong("thread_id"), rs.getLong("latest_id"), rs.getLong("author_id"),
                rs.getString("body"), rs.getTimestamp("created_at").toInstant(), rs.getLong("unread"),
                Arrays.stream((Long[]) others.getArray()).toList());
    }
}
