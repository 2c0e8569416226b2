package org.guerillapolicy.groups;

public enum GroupVisibility {
    PUBLIC("Public", "Anyone can read its posts and see its members, and anyone can join."),
    PRIVATE("Private", "Only members can read its posts and see its members. People join by invitation or by asking a moderator.");

    private final String label;
    private final String description;

    GroupVisibility(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
