package org.guerillapolicy.notifications.internal;

import java.util.EnumMap;
import java.util.Map;
import org.guerillapolicy.notifications.Delivery;
import org.guerillapolicy.notifications.NotificationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each person's choice of email per kind; a kind they never chose for gets its default. */
@Repository
public class PreferenceStore {

    private final JdbcClient jdbc;

    PreferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<NotificationKind, Delivery> choices(long accountId) {
        Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            choices.put(kind, kind.defaultDelivery());
        }
        jdbc.sql("select kind, delivery from notification_preferences where account_id = :account")
                .param("account", accountId)
                .query((rs, row) -> choices.put(NotificationKind.valueOf(rs.getString("kind")),
                        Delivery.valueOf(rs.getString("delivery"))))
                .list();
        return choices;
    }

    public Delivery choice(long accountId, NotificationKind kind) {
        return jdbc.sql("select delivery from notification_preferences where account_id = :account and kind = :kind")
                .param("account", accountId).param("kind", kind.name())
                .query(String.class).optional().map(Delivery::valueOf).orElse(kind.defaultDelivery());
    }

    public void choose(long accountId, NotificationKind kind, Delivery delivery) {
        jdbc.sql("""
                insert into notification_preferences (account_id, kind, delivery) values (:account, :kind, :delivery)
                on conflict (account_id, kind) do update set delivery = excluded.delivery""")
                .param("account", accountId).param("kind", kind.name()).param("delivery", delivery.name())
                .update();
    }
}
