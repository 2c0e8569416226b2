package org.guerillapolicy.policy;

public enum ContributionKind {
    QUESTION("Question", Stage.PROBLEM),
    EVIDENCE("Evidence", Stage.EVIDENCE),
    OPTION("Option", Stage.OPTIONS),
    COMMENT("Comment", Stage.DRAFT),
    AMENDMENT("Amendment", Stage.DRAFT);

    private final String label;
    private final Stage stage;

    ContributionKind(String label, Stage stage) {
        this.label = label;
        this.stage = stage;
    }

    public String label() {
        return label;
    }

    /** The stage in which this kind of contribution is open. */
    public Stage stage() {
        return stage;
    }
}
