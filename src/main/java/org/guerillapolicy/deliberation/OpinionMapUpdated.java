package org.guerillapolicy.deliberation;

/** A map was recomputed from new votes: how many people it places and in how many opinion groups. */
public record OpinionMapUpdated(long mapId, int participants, int groups) {
}
