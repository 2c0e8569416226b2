package org.guerillapolicy.deliberation;

/** A change to a map that cannot be made, with a message for the person who tried. */
public class OpinionMapException extends RuntimeException {

    private final String field;

    public OpinionMapException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
