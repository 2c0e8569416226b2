package org.guerillapolicy.consultations;

/** Something about a consultation or a response that cannot be done, with a message for the person who tried. */
public class ConsultationException extends RuntimeException {

    private final String field;

    public ConsultationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs to, or null for the whole form. */
    public String field() {
        return field;
    }
}
