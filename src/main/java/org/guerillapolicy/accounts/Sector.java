package org.guerillapolicy.accounts;

public enum Sector {
    HEALTH("Health"),
    SOCIAL_CARE("Social care"),
    EDUCATION("Education"),
    POLICING("Policing"),
    WELFARE("Welfare"),
    HOUSING("Housing"),
    JUSTICE("Justice"),
    OTHER("Other");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
