package org.guerillapolicy.deliberation;

/**
 * Who may see what of a map. Every map is readable by whoever has its address (results show no names, only
 * groups and positions); only listed maps appear in lists; only the owner sees statements waiting for
 * moderation; roles appear only in counts of at least {@link #SMALLEST_COUNT_SHOWN}.
 */
public final class MapAudience {

    public static final int SMALLEST_COUNT_SHOWN = 5;

    private MapAudience() {
    }

    public static boolean listed(OpinionMapDetails map) {
        return map.participation() == Participation.LISTED;
    }

    /**
     * Whether anyone at all, signed in or not, may read the map's results. Every map can be read by whoever has
     * its address; a map kept to a private audience must answer false here, as its results would leak.
     */
    public static boolean readableByEveryone(OpinionMapDetails map) {
        return true;
    }

    /**
     * Whether this person may show the map's results on a public page (a consultation's outcome): the map must be
     * readable by everyone, and an unlisted map only by its owner, since doing so publishes its address.
     */
    public static boolean mayPublishReport(OpinionMapDetails map, Long accountId) {
        return readableByEveryone(map) && (listed(map) || map.ownedBy(accountId));
    }

    public static boolean mayModerate(OpinionMapDetails map, Long accountId) {
        return map.ownedBy(accountId);
    }

    /** A role count as shown: small counts are suppressed so nobody can be picked out by role. */
    public static String roleCount(long count) {
        return count < SMALLEST_COUNT_SHOWN ? "fewer than " + SMALLEST_COUNT_SHOWN : Long.toString(count);
    }
}
