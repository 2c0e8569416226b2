package org.guerillapolicy.policy;

/** How many of a project's contributions have been given an outcome. */
public record OutcomeShare(int decided, int total) {

    public int percent() {
        return total == 0 ? 100 : decided * 100 / total;
    }

    public boolean complete() {
        return decided == total;
    }
}
