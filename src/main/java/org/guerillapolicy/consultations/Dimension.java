package org.guerillapolicy.consultations;

import java.util.Locale;
import java.util.function.Function;

/** A way of breaking the figures down by who responded. */
public enum Dimension {
    CAPACITY("capacity", r -> r.capacity() == null ? Dimension.NOT_SAID : r.capacity().label()),
    SECTOR("sector", r -> r.sector() == null ? Dimension.NOT_SAID : r.sector().label()),
    LOCALITY("place", r -> r.locality() == null || r.locality().isBlank() ? Dimension.NOT_SAID
            : r.locality().strip().substring(0, 1).toUpperCase(Locale.UK) + r.locality().strip().substring(1).toLowerCase(Locale.UK));

    private static final String NOT_SAID = "Not said";

    private final String label;
    private final Function<Response, String> group;

    Dimension(String label, Function<Response, String> group) {
        this.label = label;
        this.group = group;
    }

    public String label() {
        return label;
    }

    public String groupOf(Response response) {
        return group.apply(response);
    }
}
