package org.guerillapolicy.deliberation;

import java.time.Instant;

/**
 * An opinion map's prompt and settings, when its map was last computed, and where it belongs: a stage of a policy
 * project, or a consultation, or neither (the ids null).
 */
public record OpinionMapDetails(long id, String prompt, Participation participation, boolean openStatements,
        Moderation moderation, long createdBy, Instant createdAt, Instant computedAt, Long projectId,
        Integer projectStage, Long consultationId) {

    public static final int MAX_PROMPT = 300;

    public String path() {
        return "/maps/" + id;
    }

    public boolean attached() {
        return projectId != null;
    }

    public boolean ownedBy(Long accountId) {
        return accountId != null && accountId == createdBy;
    }
}
