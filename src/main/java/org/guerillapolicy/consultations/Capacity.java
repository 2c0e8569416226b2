package org.guerillapolicy.consultations;

/** In what capacity someone responds, for breaking the analysis down. */
public enum Capacity {
    SERVICE_USER("Someone who uses the service"),
    CARER("A carer or family member"),
    PRACTITIONER("A practitioner or professional"),
    ORGANISATION("An organisation, on behalf of its members"),
    PUBLIC("A member of the public"),
    OTHER("Other");

    private final String label;

    Capacity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
