package org.guerillapolicy.groups;

/** A member's part in a group: the owner (one per group), moderators who look after it, and members. */
public enum GroupRole {
    OWNER("Owner"),
    MODERATOR("Moderator"),
    MEMBER("Member");

    private final String label;

    GroupRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Owners and moderators decide join requests, invite to private groups and remove members. */
    public boolean moderates() {
        return this != MEMBER;
    }
}
