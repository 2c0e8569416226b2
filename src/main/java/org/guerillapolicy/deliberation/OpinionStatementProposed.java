package org.guerillapolicy.deliberation;

/** A participant proposed a statement that waits for the map owner's moderation (the owner should hear). */
public record OpinionStatementProposed(long mapId, long statementId, long ownerId) {
}
