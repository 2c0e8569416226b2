package org.guerillapolicy.deliberation;

import java.time.Instant;
import java.util.List;

/**
 * A map's results as they stood when attached to a consultation's outcome, frozen so that the outcome keeps saying
 * what the map said then: its groups with their sizes and representative statements, and its common ground.
 */
public record MapReport(long mapId, String prompt, Instant computedAt, int participants, int votes,
        List<Group> groups, List<Share> commonGround) {

    public record Group(int number, int size, List<Share> representative) {
    }

    /** A statement's text with whether the group (or everyone) agreed or disagreed, and the percentage doing so. */
    public record Share(String text, boolean agreed, int percent) {
    }
}
