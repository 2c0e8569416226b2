package org.guerillapolicy.groups;

/** Where a viewer stands with a group, for deciding what its page offers them. */
public record Membership(GroupRole role, boolean requested, boolean invited) {

    public static final Membership NONE = new Membership(null, false, false);

    public boolean member() {
        return role != null;
    }

    public boolean moderates() {
        return role != null && role.moderates();
    }

    public boolean owns() {
        return role == GroupRole.OWNER;
    }
}
