package org.guerillapolicy.consultations;

/** A response sent outside the consultation's opening and closing times. */
public class ConsultationClosedException extends ConsultationException {

    public ConsultationClosedException(String message) {
        super(null, message);
    }
}
