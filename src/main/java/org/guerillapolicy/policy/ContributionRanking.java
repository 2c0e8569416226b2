package org.guerillapolicy.policy;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Service;

/**
 * Lists a project's questions or options most supported first, newest first, or by support across the opinion
 * groups of the project's most recent opinion map that has groups (ties to more supporters, then the older one).
 * Only the order is shown: neither who is in which group nor a score that could give it away.
 */
@Service
public class ContributionRanking {

    /** The kinds of contribution people support, and so the kinds that can be ordered by support. */
    public static final List<ContributionKind> RANKED = List.of(ContributionKind.QUESTION, ContributionKind.OPTION);

    static final String NO_GROUPS = "Ordering by support across opinion groups needs an opinion map for this"
            + " project in which people here fall into at least two opinion groups, and there is none yet. Groups"
            + " form once enough people have voted on a map's statements.";

    private final Contributions contributions;
    private final List<ProjectOpinionGroups> sources;

    ContributionRanking(Contributions contributions, List<ProjectOpinionGroups> sources) {
        this.contributions = contributions;
        this.sources = sources;
    }

    public RankedContributions rank(Project project, Viewer viewer, ContributionKind kind, ContributionOrder order) {
        if (!RANKED.contains(kind)) {
            throw new IllegalArgumentException(kind + " is not supported, so it has no order by support");
        }
        List<Contribution> options = contributions.list(project, kind, viewer);
        if (order == ContributionOrder.NEWEST) {
            return plain(order, options.stream().sorted(Comparator.comparingLong(Contribution::id).reversed()).toList(), null);
        }
        if (order == ContributionOrder.SUPPORT) {
            return plain(order, options, null);
        }
        Map<Long, List<Long>> supporters = new HashMap<>(contributions.supporters(project, kind));
        options.forEach(option -> supporters.putIfAbsent(option.id(), List.of()));
        Optional<BridgingScores> scores = sources.stream()
                .flatMap(source -> source.scores(project, supporters).stream()).findFirst();
        if (scores.isEmpty()) {
            return plain(ContributionOrder.SUPPORT, options, NO_GROUPS);
        }
        List<Contribution> ranked = options.stream()
                .sorted(Comparator.comparingDouble((Contribution c) -> -scores.get().scoreOf().get(c.id()))
                        .thenComparing(Comparator.comparingInt(Contribution::supporters).reversed())
                        .thenComparingLong(Contribution::id))
                .toList();
        return new RankedContributions(order, ranked, scores.get().source(), scores.get().path(), scores.get().groups(), null);
    }

    private static RankedContributions plain(ContributionOrder order, List<Contribution> options, String unavailable) {
        return new RankedContributions(order, options, null, null, 0, unavailable);
    }
}
