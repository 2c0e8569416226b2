package org.guerillapolicy.accounts;

/** The part someone plays in public services; shown on their profile and used to find people. */
public enum Role {
    PRACTITIONER("Practitioner"),
    SERVICE_USER("Service user"),
    CARER("Carer"),
    PROVIDER_ORGANISATION("Provider organisation"),
    COMMISSIONER("Commissioner"),
    POLICYMAKER("Policymaker"),
    RESEARCHER("Researcher"),
    OTHER("Other");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
