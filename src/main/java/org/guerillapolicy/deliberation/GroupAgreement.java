package org.guerillapolicy.deliberation;

/** How one opinion group voted on a statement: how many of it voted on it, and how many of those agreed. */
public record GroupAgreement(int group, int voted, int agreed) {

    public int percent() {
        return voted == 0 ? 0 : (int) Math.round(100.0 * agreed / voted);
    }

    /**
     * For example "Group 1: 7 of 8 who voted agreed (88%)", or "Group 2: fewer than 5 voted": like every count of
     * people on a map, small ones are not shown, so that no one's vote can be picked out.
     */
    public String describe() {
        if (voted < MapAudience.SMALLEST_COUNT_SHOWN) {
            return "Group " + group + ": fewer than " + MapAudience.SMALLEST_COUNT_SHOWN + " voted";
        }
        return "Group " + group + ": " + agreed + " of " + voted + " who voted agreed (" + percent() + "%)";
    }
}
