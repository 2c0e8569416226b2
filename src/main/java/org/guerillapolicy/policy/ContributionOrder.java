package org.guerillapolicy.policy;

import java.util.Locale;
import java.util.Optional;

/** The orders a project's questions or options can be listed in, as named in page addresses (?order=bridging). */
public enum ContributionOrder {
    SUPPORT("Most supported first"),
    BRIDGING("Supported across opinion groups first"),
    NEWEST("Newest first");

    private final String label;

    ContributionOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order named in an address; empty for a name that is none of them. */
    public static Optional<ContributionOrder> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(SUPPORT);
        }
        for (ContributionOrder order : values()) {
            if (order.param().equals(name.strip())) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
