package org.guerillapolicy.deliberation;

/** A short statement people vote on. Authors are never shown: participation is pseudonymous. */
public record Statement(long id, long mapId, String body, StatementStatus status) {

    public static final int MAX_LENGTH = 140;
}
