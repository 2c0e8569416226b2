package org.guerillapolicy.deliberation;

import java.time.Instant;

/** An opinion map's prompt and settings, and when its map was last computed. */
public record OpinionMapDetails(long id, String prompt, Participation participation, boolean openStatements,
        Moderation moderation, long createdBy, Instant createdAt, Instant computedAt) {

    public static final int MAX_PROMPT = 300;

    public String path() {
        return "/maps/" + id;
    }

    public boolean ownedBy(Long accountId) {
        return accountId != null && accountId == createdBy;
    }
}
