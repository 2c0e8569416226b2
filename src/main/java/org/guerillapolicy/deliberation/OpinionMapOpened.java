package org.guerillapolicy.deliberation;

/** Someone opened a new opinion map. */
public record OpinionMapOpened(long mapId, long ownerId) {
}
