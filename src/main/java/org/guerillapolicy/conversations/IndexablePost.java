package org.guerillapolicy.conversations;

import java.time.Instant;
import java.util.List;

/** A post's own words, for building search documents. Who may see it is decided when searching. */
public record IndexablePost(long id, long authorId, String body, List<String> tags, Instant createdAt) {
}
