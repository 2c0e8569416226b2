package org.guerillapolicy.search;

public enum ResultKind {
    PERSON("People"),
    ORGANISATION("Organisations"),
    POST("Posts"),
    GROUP("Groups"),
    PROJECT("Policy projects"),
    HASHTAG("Hashtags");

    private final String label;

    ResultKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
