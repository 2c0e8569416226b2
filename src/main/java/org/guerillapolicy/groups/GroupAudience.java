package org.guerillapolicy.groups;

/**
 * The one rule for who may see what is inside a group (its posts and its members): everyone for a public
 * group, members only for a private one. As an SQL condition over a column holding a group id (null for
 * content outside any group), with the viewer's account id (or -1 for an anonymous visitor) bound to
 * {@code :viewer}, so that every query that reads group content filters it in the database.
 */
public final class GroupAudience {

    private GroupAudience() {
    }

    public static String sql(String groupIdColumn) {
        return """
                (%1$s is null
                 or exists (select 1 from groups audience_g where audience_g.id = %1$s and audience_g.visibility = 'PUBLIC')
                 or exists (select 1 from group_members audience_m where audience_m.group_id = %1$s and audience_m.account_id = :viewer))"""
                .formatted(groupIdColumn);
    }

    public static boolean allows(Group group, Membership membership) {
        return !group.isPrivate() || membership.member();
    }
}
