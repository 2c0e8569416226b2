package org.guerillapolicy.moderation.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class BlockStore {

    private final JdbcClient jdbc;

    BlockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void block(long blockerId, long blockedId) {
        jdbc.sql("insert into blocks (blocker_id, blocked_id) values (:blocker, :blocked) on conflict do nothing")
                .param("blocker", blockerId).param("blocked", blockedId).update();
    }

    public void unblock(long blockerId, long blockedId) {
        jdbc.sql("delete from blocks where blocker_id = :blocker and blocked_id = :blocked")
                .param("blocker", blockerId).param("blocked", blockedId).update();
    }

    public boolean blocks(long blockerId, long blockedId) {
        return jdbc.sql("select exists (select 1 from blocks where blocker_id = :blocker and blocked_id = :blocked)")
                .param("blocker", blockerId).param("blocked", blockedId).query(Boolean.class).single();
    }

    public List<Long> blockedBy(long blockerId) {
        return jdbc.sql("select blocked_id from blocks where blocker_id = :blocker order by created_at desc, blocked_id")
                .param("blocker", blockerId).query(Long.class).list();
    }
}
