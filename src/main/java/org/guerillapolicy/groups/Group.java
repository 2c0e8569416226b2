package org.guerillapolicy.groups;

import java.time.Instant;

public record Group(long id, String slug, String name, String description, GroupVisibility visibility,
                    long memberCount, Instant createdAt) {

    public boolean isPrivate() {
        return visibility == GroupVisibility.PRIVATE;
    }

    public String path() {
        return "/groups/" + slug;
    }
}
