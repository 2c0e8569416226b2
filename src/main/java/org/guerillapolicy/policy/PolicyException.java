package org.guerillapolicy.policy;

/** A change to a project that cannot be made, with a message for the person who tried. */
public class PolicyException extends RuntimeException {

    private final String field;

    public PolicyException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs to, or null for the whole form. */
    public String field() {
        return field;
    }
}
