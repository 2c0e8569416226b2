package org.guerillapolicy.policy;

public enum ProjectVisibility {
    PUBLIC("Public", "Anyone can read the project; anyone signed in can take part."),
    GROUP("Private to a working group", "Only members of the group can see the project or take part.");

    private final String label;
    private final String description;

    ProjectVisibility(String label, String description) {
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
