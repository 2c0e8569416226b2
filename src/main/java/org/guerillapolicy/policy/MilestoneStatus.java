package org.guerillapolicy.policy;

public enum MilestoneStatus {
    PLANNED("Planned"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    DELAYED("Delayed");

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
