package org.guerillapolicy.policy;

public enum EvidenceKind {
    CASE_STUDY("Case study"),
    EXPERIENCE("Personal experience"),
    RESEARCH("Research"),
    DATA("Data");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
