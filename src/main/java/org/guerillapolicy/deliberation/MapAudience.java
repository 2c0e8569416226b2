package org.guerillapolicy.deliberation;

import org.guerillapolicy.policy.ProjectAudience;

/**
 * Who may see what of a map. A map attached to a policy project is seen only by those who may see the project
 * ({@link ProjectAudience}): to everyone else it does not exist, on any path. Any other map is readable by
 * whoever has its address (results show no names, only groups and positions); only listed maps appear in lists;
 * only the owner sees statements waiting for moderation; roles appear only in counts of at least
 * {@link #SMALLEST_COUNT_SHOWN}.
 */
public final class MapAudience {

    public static final int SMALLEST_COUNT_SHOWN = 5;

    private MapAudience() {
    }

    /**
     * As an SQL condition over a row of {@code opinion_maps} with the given alias, with the viewer's account id
     * (or -1) bound to {@code :viewer}: every query that reads maps for a viewer applies it.
     */
    public static String sql(String mapAlias) {
        return """
                (%1$s.project_id is null
                 or exists (select 1 from policy_projects audience_p where audience_p.id = %1$s.project_id and %2$s))"""
                .formatted(mapAlias, ProjectAudience.sql("audience_p"));
    }

    public static boolean listed(OpinionMapDetails map) {
        return map.participation() == Participation.LISTED;
    }

    /**
     * Whether this person may link a map from a page others read (a consultation's outcome, a contribution to a
     * project): a listed map, or an unlisted one by its owner only, since doing so publishes its address.
     */
    public static boolean mayLinkFromElsewhere(OpinionMapDetails map, Long accountId) {
        return listed(map) || map.ownedBy(accountId);
    }

    public static boolean mayModerate(OpinionMapDetails map, Long accountId) {
        return map.ownedBy(accountId);
    }

    /** A role count as shown: small counts are suppressed so nobody can be picked out by role. */
    public static String roleCount(long count) {
        return count < SMALLEST_COUNT_SHOWN ? "fewer than " + SMALLEST_COUNT_SHOWN : Long.toString(count);
    }
}
