package org.guerillapolicy.policy;

import java.util.Locale;
import java.util.Optional;

/** The orders a project's options can be listed in, as named in page addresses (?order=bridging). */
public enum OptionOrder {
    SUPPORT("Most supported first"),
    BRIDGING("Supported across opinion groups first"),
    NEWEST("Newest first");

    private final String label;

    OptionOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order named in an address; empty for a name that is none of them. */
    public static Optional<OptionOrder> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(SUPPORT);
        }
        for (OptionOrder order : values()) {
            if (order.param().equals(name.strip())) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
