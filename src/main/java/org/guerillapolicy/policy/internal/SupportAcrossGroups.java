package org.guerillapolicy.policy.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.guerillapolicy.policy.Contribution;
import org.guerillapolicy.policy.OpinionGroups;

/**
 * Orders options by support across opinion groups rather than by how many support them (the Community Notes
 * idea, as the opinion maps rank statements): an option scores its lowest smoothed support share over the
 * groups, (supporters in the group + 1) / (group size + 2), so it ranks high only if every group supports it.
 * Ties go to the option with more supporters overall, then the older one.
 */
public final class SupportAcrossGroups {

    private SupportAcrossGroups() {
    }

    public record Ranked(Contribution option, double score) {

        public int percent() {
            return (int) Math.round(score * 100);
        }
    }

    public static List<Ranked> order(List<Contribution> options, Map<Long, List<Long>> supporters, OpinionGroups groups) {
        return options.stream()
                .map(option -> new Ranked(option, score(supporters.getOrDefault(option.id(), List.of()), groups)))
                .sorted(Comparator.comparingDouble(Ranked::score).reversed()
                        .thenComparing(Comparator.comparingInt((Ranked r) -> r.option().supporters()).reversed())
                        .thenComparingLong(r -> r.option().id()))
                .toList();
    }

    public static double score(Collection<Long> supporters, OpinionGroups groups) {
        int[] inGroup = new int[groups.sizes().size()];
        for (Long supporter : supporters) {
            Integer group = groups.groupOf().get(supporter);
            if (group != null && group < inGroup.length) {
                inGroup[group]++;
            }
        }
        double lowest = 1;
        for (int g = 0; g < inGroup.length; g++) {
            lowest = Math.min(lowest, (inGroup[g] + 1.0) / (groups.sizes().get(g) + 2.0));
        }
        return lowest;
    }
}
