package org.guerillapolicy.conversations;

/**
 * The one rule for who may see a post, as an SQL condition over a row of {@code posts} aliased {@code p},
 * with the viewer's account id (or -1 for an anonymous visitor) bound to {@code :viewer}. Every query
 * that lists posts, in this module or another (search), includes it, so a post that must not be seen
 * never leaves the database.
 */
public final class PostAudience {

    /** Every post is public for now; private groups narrow this rule. */
    public static final String SQL = "(p.id is not null)";

    /** The value to bind to {@code :viewer}. */
    public static long viewerParameter(Long accountId) {
        return accountId == null ? -1 : accountId;
    }

    private PostAudience() {
    }
}
