package org.guerillapolicy.deliberation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The computed map as shown: no participant identities, only groups, positions and statement scores.
 *
 * @param points positions of the participants placed, with their group from 1 (0 when not yet grouped)
 * @param priorities how often each statement should be offered next (Pol.is routing priority)
 */
public record MapSnapshot(Instant computedAt, int participants, int votes, List<OpinionGroupView> groups,
        List<StatementShare> agreed, List<StatementShare> disagreed, List<Long> divisive, List<Point> points,
        Map<Long, Double> priorities, List<Support> support) {

    public MapSnapshot {
        // Maps stored before a field existed read it as missing.
        support = support == null ? List.of() : support;
        priorities = priorities == null ? Map.of() : priorities;
    }

    /**
     * A statement's support: agree count and group-aware consensus (the product over groups of each group's
     * smoothed agree share), which is high only when every group supports it.
     */
    public record Support(long statementId, int agrees, double acrossGroups) {
    }

    /** Statements ordered by support across groups (bridging), or by how many agreed. */
    public List<Support> ordered(boolean byAgreeCount) {
        return support.stream().sorted(byAgreeCount
                ? java.util.Comparator.comparingInt(Support::agrees).reversed()
                : java.util.Comparator.comparingDouble(Support::acrossGroups).reversed()).toList();
    }

    /** How many of the people who voted are in no group yet. */
    public int ungrouped() {
        return participants - groups.stream().mapToInt(OpinionGroupView::size).sum();
    }

    /** An opinion group: its number from 1, size, representative statements and role counts. */
    public record OpinionGroupView(int number, int size, List<StatementShare> representative,
            Map<ParticipantRole, Long> roles, double x, double y) {
    }

    /** A statement with whether the group (or everyone) agreed or disagreed, and the share doing so. */
    public record StatementShare(long statementId, boolean agreed, double share) {

        public int percent() {
            return (int) Math.round(share * 100);
        }
    }

    public record Point(double x, double y, int group) {
    }

    public static MapSnapshot empty() {
        return new MapSnapshot(null, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), List.of());
    }
}
