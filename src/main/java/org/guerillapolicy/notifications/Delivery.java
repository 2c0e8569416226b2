package org.guerillapolicy.notifications;

/** How a person wants email about one kind of notification. In-app notifications always appear. */
public enum Delivery {
    IMMEDIATE("Email me straight away"),
    DAILY("Email me once a day, in a daily digest"),
    NEVER("Do not email me");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
