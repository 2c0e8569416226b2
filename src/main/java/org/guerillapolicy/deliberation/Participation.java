package org.guerillapolicy.deliberation;

/** Who may take part in a map. Anyone signed in may vote on a map they can reach; votes are pseudonymous. */
public enum Participation {
    LISTED("Anyone", "Listed on the opinion maps page; anyone signed in may take part."),
    LINK("Anyone with the link", "Not listed; anyone signed in who has the address may take part.");

    private final String label;
    private final String description;

    Participation(String label, String description) {
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
