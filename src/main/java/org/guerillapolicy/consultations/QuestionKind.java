package org.guerillapolicy.consultations;

public enum QuestionKind {
    FREE_TEXT("Free text", false),
    SINGLE_CHOICE("Choose one option", true),
    MULTIPLE_CHOICE("Choose any number of options", true),
    AGREEMENT("Agreement on a 5-point scale", false),
    RANKING("Put options in order", true);

    /** The agreement scale, from 1 (strongly agree) to 5 (strongly disagree). */
    public static final java.util.List<String> AGREEMENT_LEVELS = java.util.List.of(
            "Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree");

    private final String label;
    private final boolean hasOptions;

    QuestionKind(String label, boolean hasOptions) {
        this.label = label;
        this.hasOptions = hasOptions;
    }

    public String label() {
        return label;
    }

    public boolean hasOptions() {
        return hasOptions;
    }
}
