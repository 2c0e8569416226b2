package org.guerillapolicy.deliberation;

/** How one opinion group voted on a statement: how many of it voted on it, and how many of those agreed. */
public record GroupAgreement(int group, int voted, int agreed) {

    public int percent() {
        return voted == 0 ? 0 : (int) Math.round(100.0 * agreed / voted);
    }

    /** For example "group 1: 2 of 2 who voted agreed (100%)". */
    public String describe() {
        return "group " + group + ": " + agreed + " of " + voted + " who voted agreed (" + percent() + "%)";
    }
}
