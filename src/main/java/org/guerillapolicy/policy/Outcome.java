package org.guerillapolicy.policy;

/** What became of a contribution: "you said, we did". Turning something down always comes with a reason. */
public enum Outcome {
    ADOPTED("Adopted"),
    CHANGED("Adopted with changes"),
    NOT_ADOPTED("Not adopted"),
    OUT_OF_SCOPE("Out of scope");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean needsReason() {
        return this == NOT_ADOPTED || this == OUT_OF_SCOPE;
    }
}
