package org.guerillapolicy.policy;

/** The six stages of a project, in order; each has its own page under the project's address. */
public enum Stage {
    PROBLEM(1, "Define the problem", "problem", "Post questions that shape the problem, and support others' questions."),
    EVIDENCE(2, "Gather evidence", "evidence", "Share case studies, experience, research and data, and say which match your experience."),
    OPTIONS(3, "Develop options", "options", "Propose options linked to the evidence, and support the ones you think would work."),
    DRAFT(4, "Draft", "draft", "Comment on paragraphs of the draft and propose amendments."),
    PUBLISH(5, "Publish", "paper", "Read the published paper and see who shaped it."),
    IMPLEMENT(6, "Implement and evaluate", "implementation", "Follow implementation, and report how the service is going for you.");

    private final int number;
    private final String label;
    private final String page;
    private final String invitation;

    Stage(int number, String label, String page, String invitation) {
        this.number = number;
        this.label = label;
        this.page = page;
        this.invitation = invitation;
    }

    public static Stage of(int number) {
        return values()[number - 1];
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    /** The last part of the stage's page address. */
    public String page() {
        return page;
    }

    /** What people can do while the project is in this stage. */
    public String invitation() {
        return invitation;
    }

    public boolean hasNext() {
        return number < 6;
    }

    public boolean hasPrevious() {
        return number > 1;
    }
}
