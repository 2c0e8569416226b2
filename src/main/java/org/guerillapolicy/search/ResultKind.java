package org.guerillapolicy.search;

/** What a search result is: the plural names the filter, the singular tags each result. */
public enum ResultKind {
    PERSON("People", "Person", "@"),
    ORGANISATION("Organisations", "Organisation", "@"),
    POST("Posts", "Post", "@"),
    GROUP("Groups", "Group", "!"),
    PROJECT("Policy projects", "Policy project", ""),
    CONSULTATION("Consultations", "Consultation", ""),
    HASHTAG("Hashtags", "Hashtag", "#");

    private final String label;
    private final String singular;
    private final String handlePrefix;

    ResultKind(String label, String singular, String handlePrefix) {
        this.label = label;
        this.singular = singular;
        this.handlePrefix = handlePrefix;
    }

    public String label() {
        return label;
    }

    public String singular() {
        return singular;
    }

    /** How a handle of this kind is written ("@name", "!group"); empty where the handle is only an address. */
    public String handlePrefix() {
        return handlePrefix;
    }
}
