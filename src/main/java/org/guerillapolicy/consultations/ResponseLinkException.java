package org.guerillapolicy.consultations;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A response link that leads nowhere: mistyped, cut short or tampered with. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ResponseLinkException extends RuntimeException {

    public ResponseLinkException() {
        super("This response link does not work");
    }
}
