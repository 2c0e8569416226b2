package org.guerillapolicy.policy;

import java.time.Instant;

public record Project(long id, String slug, String title, String summary, long createdBy, Long groupId,
                      ProjectVisibility visibility, Stage stage, String licence, Integer publishedVersion,
                      Instant createdAt) {

    public static final String SLUG_PATTERN = "[a-z0-9][a-z0-9-]{1,59}";

    public String path() {
        return "/projects/" + slug;
    }

    public boolean isPrivate() {
        return visibility == ProjectVisibility.GROUP;
    }

    public boolean published() {
        return publishedVersion != null;
    }

    public Licence licenceOrDefault() {
        return licence == null ? Licence.CC_BY : Licence.valueOf(licence);
    }
}
