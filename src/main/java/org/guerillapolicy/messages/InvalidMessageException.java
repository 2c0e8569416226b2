package org.guerillapolicy.messages;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A message that cannot be sent as it is, with each problem under the form field it belongs to. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidMessageException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidMessageException(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Field name to what is wrong with it. */
    public Map<String, String> problems() {
        return problems;
    }
}
