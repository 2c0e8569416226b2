package org.guerillapolicy.groups;

public record NewGroup(String slug, String name, String description, GroupVisibility visibility) {

    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 1000;
    /** Lower-case letters, digits and hyphens, 2 to 40 characters, starting with a letter or digit. */
    public static final String SLUG_PATTERN = "[a-z0-9][a-z0-9-]{1,39}";
}
