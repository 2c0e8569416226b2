package org.guerillapolicy.notifications.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Unguessable tokens for unsubscribe links: 256 random bits, kept in the database with what they stop.
 * One per account and scope, so every email of a kind carries the same working link.
 */
@Repository
public class UnsubscribeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    UnsubscribeTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String tokenFor(long accountId, UnsubscribeScope scope) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                insert into notification_unsubscribe_tokens (token, account_id, kind) values (:token, :account, :kind)
                on conflict (account_id, kind) do nothing""")
                .param("token", fresh).param("account", accountId).param("kind", scope.key())
                .update();
        return jdbc.sql("select token from notification_unsubscribe_tokens where account_id = :account and kind = :kind")
                .param("account", accountId).param("kind", scope.key())
                .query(String.class).single();
    }

    public Optional<Holder> holder(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select account_id, kind from notification_unsubscribe_tokens where token = :token")
                .param("token", token)
                .query((rs, row) -> new Holder(rs.getLong("account_id"), UnsubscribeScope.of(rs.getString("kind"))))
                .optional();
    }

    /** Whose token it is, and which email it stops. */
    public record Holder(long accountId, UnsubscribeScope scope) {
    }
}
