package org.guerillapolicy.accounts;

public enum AccountKind {
    PERSON("Person"),
    ORGANISATION("Organisation");

    private final String label;

    AccountKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
