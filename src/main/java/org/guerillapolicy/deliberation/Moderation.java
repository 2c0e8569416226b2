package org.guerillapolicy.deliberation;

/** When statements added by participants are checked by the map's owner. */
public enum Moderation {
    PRE("Before they are shown", "New statements wait until you accept them."),
    POST("After they are shown", "New statements are shown at once; you can remove them later.");

    private final String label;
    private final String description;

    Moderation(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
