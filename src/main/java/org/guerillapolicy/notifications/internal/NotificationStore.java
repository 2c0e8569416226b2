package org.guerillapolicy.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.guerillapolicy.conversations.PostAudience;
import org.guerillapolicy.notifications.NotificationKind;
import org.guerillapolicy.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for notifications: recording them, listing and counting them for their recipient, claiming email. */
@Repository
public class NotificationStore {

    private static final String POST_KINDS = Arrays.stream(NotificationKind.values())
            .filter(NotificationKind::aboutPost)
            .map(kind -> "'" + kind.name() + "'")
            .collect(Collectors.joining(", "));

    /**
     * A notification about a post is only there for its recipient while the post's audience includes them,
     * so a post they may no longer see (or that was removed) is neither listed nor counted.
     */
    private static final String VISIBLE = """
             from notifications n
             left join posts p on p.id = n.subject_id and n.kind in (%s)
            where n.recipient_id = :viewer
              and (n.kind not in (%s) or (p.id is not null and %s))""".formatted(POST_KINDS, POST_KINDS, PostAudience.SQL);

    private static final String COLUMNS = """
            n.id, n.recipient_id, n.kind, n.actor_id, n.subject_id, n.link_path, n.created_at, n.read_at is null as unread""";

    /** The same columns for a RETURNING clause, which cannot use the alias. */
    private static final String RETURNED = COLUMNS.replace("n.", "");

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns whether it is new: a notification already recorded for the same act is not recorded again. */
    public boolean insert(long id, long recipientId, NotificationKind kind, long actorId, long subjectId,
                          String linkPath, EmailState email) {
        return jdbc.sql("""
                insert into notifications (id, recipient_id, kind, actor_id, subject_id, link_path, email)
                values (:id, :recipient, :kind, :actor, :subject, :link, :email)
                on conflict (recipient_id, kind, subject_id, actor_id) do nothing""")
                .param("id", id).param("recipient", recipientId).param("kind", kind.name())
                .param("actor", actorId).param("subject", subjectId).param("link", linkPath)
                .param("email", email.name())
                .update() == 1;
    }

    public List<NotificationRow> forRecipient(long recipientId, Paging paging) {
        return jdbc.sql("select " + COLUMNS + VISIBLE + """
                   and n.id < :before and n.id > :after
                 order by n.id %s
                 limit :limit""".formatted(paging.towardsNewer() ? "asc" : "desc"))
                .param("viewer", PostAudience.viewerParameter(recipientId))
                .param("before", paging.before() == null ? Long.MAX_VALUE : paging.before())
                .param("after", paging.after() == null ? Long.MIN_VALUE : paging.after())
                .param("limit", paging.size() + 1)
                .query(NotificationStore::row).list();
    }

    public long unread(long recipientId) {
        return jdbc.sql("select count(*)" + VISIBLE + " and n.read_at is null")
                .param("viewer", PostAudience.viewerParameter(recipientId))
                .query(Long.class).single();
    }

    public void markReadAt(long recipientId, NotificationKind kind, String linkPath) {
        jdbc.sql("""
                update notifications set read_at = now()
                 where recipient_id = :recipient and kind = :kind and link_path = :link and read_at is null""")
                .param("recipient", recipientId).param("kind", kind.name()).param("link", linkPath).update();
    }

    public void markAllRead(long recipientId) {
        jdbc.sql("update notifications set read_at = now() where recipient_id = :recipient and read_at is null")
                .param("recipient", recipientId).update();
    }

    /** Claims the notification's immediate email: only one caller ever gets it. */
    public Optional<NotificationRow> claimImmediate(long id) {
        return jdbc.sql("""
                update notifications set email = 'SENT' where id = :id and email = 'IMMEDIATE'
                returning %s""".formatted(RETURNED))
                .param("id", id).query(NotificationStore::row).optional();
    }

    /** The next person, in id order, who is owed a daily digest. */
    public Optional<Long> nextDigestRecipient(long afterRecipientId) {
        return jdbc.sql("""
                select recipient_id from notifications where email = 'DIGEST' and recipient_id > :after
                 order by recipient_id limit 1""")
                .param("after", afterRecipientId)
                .query(Long.class).optional();
    }

    /**
     * Claims every digest email the person is owed; they count as sent when the transaction commits. Rows
     * another node has claimed are skipped, so no notification is emailed twice.
     */
    public List<NotificationRow> claimDigest(long recipientId) {
        return jdbc.sql("""
                update notifications set email = 'SENT'
                 where id in (select id from notifications where recipient_id = :recipient and email = 'DIGEST'
                               for update skip locked)
                returning %s""".formatted(RETURNED))
                .param("recipient", recipientId).query(NotificationStore::row).list()
                .stream().sorted((a, b) -> Long.compare(b.id(), a.id())).toList();
    }

    /** After someone stops email of these kinds, what they were owed is not sent either. */
    public void cancelEmail(long recipientId, Collection<NotificationKind> kinds) {
        if (kinds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update notifications set email = 'NONE'
                 where recipient_id = :recipient and email in ('IMMEDIATE', 'DIGEST') and kind in (:kinds)""")
                .param("recipient", recipientId).param("kinds", kinds.stream().map(Enum::name).toList())
                .update();
    }

    private static NotificationRow row(ResultSet rs, int row) throws SQLException {
        return new NotificationRow(rs.getLong("id"), rs.getLong("recipient_id"),
                NotificationKind.valueOf(rs.getString("kind")), rs.getLong("actor_id"), rs.getLong("subject_id"),
                rs.getString("link_path"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("unread"));
    }
}
