package org.guerillapolicy.conversations;

import org.guerillapolicy.groups.GroupAudience;

/**
 * The one rule for who may see a post, as an SQL condition over a row of {@code posts} aliased {@code p},
 * with the viewer's account id (or -1 for an anonymous visitor) bound to {@code :viewer}. Every query
 * that reads posts, in this module or another (search), includes it, so a post that must not be seen
 * never leaves the database. A post outside any group is public; a post in a group is seen by whoever
 * may see inside that group.
 */
public final class PostAudience {

    public static final String SQL = GroupAudience.sql("p.group_id");

    /** The value to bind to {@code :viewer}. */
    public static long viewerParameter(Long accountId) {
        return accountId == null ? -1 : accountId;
    }

    private PostAudience() {
    }
}
