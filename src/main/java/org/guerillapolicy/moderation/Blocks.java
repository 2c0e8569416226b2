package org.guerillapolicy.moderation;

import java.util.List;
import org.guerillapolicy.moderation.internal.BlockStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has blocked whom. A block is one-way and silent: the blocked account can no longer message the
 * blocker, reply to the blocker's posts or notify them by a mention, and is not told.
 */
@Service
public class Blocks {

    private final BlockStore store;

    Blocks(BlockStore store) {
        this.store = store;
    }

    /**
     * An SQL condition that is true when the account in {@code blockerColumn} has blocked the account in
     * {@code blockedColumn}, for other modules to filter in the same query as the rest of their rule.
     */
    public static String sql(String blockerColumn, String blockedColumn) {
        return "exists (select 1 from blocks where blocks.blocker_id = " + blockerColumn
                + " and blocks.blocked_id = " + blockedColumn + ")";
    }

    @Transactional
    public void block(long blockerId, long blockedId) {
        if (blockerId != blockedId) {
            store.block(blockerId, blockedId);
        }
    }

    @Transactional
    public void unblock(long blockerId, long blockedId) {
        store.unblock(blockerId, blockedId);
    }

    public boolean blocks(long blockerId, long blockedId) {
        return store.blocks(blockerId, blockedId);
    }

    /** The accounts someone has blocked, most recently blocked first. */
    public List<Long> blockedBy(long blockerId) {
        return store.blockedBy(blockerId);
    }
}
