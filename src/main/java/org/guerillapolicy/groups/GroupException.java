package org.guerillapolicy.groups;

/** A change to a group that cannot be made, with a message to show the person who tried. */
public class GroupException extends RuntimeException {

    private final String field;

    public GroupException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs to, or null for the whole form. */
    public String field() {
        return field;
    }
}
