package org.guerillapolicy.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.internal.SupportAcrossGroups;
import org.springframework.stereotype.Service;

/**
 * Lists a project's options most supported first, newest first, or by support across the opinion groups of
 * the project's most recent opinion map that has groups. Only scores are shown, never who is in which group.
 */
@Service
public class OptionRanking {

    static final String NO_GROUPS = "Ordering by support across opinion groups needs an opinion map for this"
            + " project in which at least two opinion groups have formed, and there is none yet. Groups form once"
            + " enough people have voted on a map's statements.";

    private final Contributions contributions;
    private final List<ProjectOpinionGroups> sources;

    OptionRanking(Contributions contributions, List<ProjectOpinionGroups> sources) {
        this.contributions = contributions;
        this.sources = sources;
    }

    public RankedOptions rank(Project project, Viewer viewer, OptionOrder order) {
        List<Contribution> options = contributions.list(project, ContributionKind.OPTION, viewer);
        if (order == OptionOrder.NEWEST) {
            return plain(order, options.stream().sorted(Comparator.comparingLong(Contribution::id).reversed()).toList(), null);
        }
        if (order == OptionOrder.SUPPORT) {
            return plain(order, options, null);
        }
        Optional<OpinionGroups> groups = sources.stream().flatMap(source -> source.latest(project).stream()).findFirst();
        if (groups.isEmpty()) {
            return plain(OptionOrder.SUPPORT, options, NO_GROUPS);
        }
        Map<Long, Integer> scores = new LinkedHashMap<>();
        List<Contribution> ranked = new ArrayList<>();
        for (SupportAcrossGroups.Ranked r : SupportAcrossGroups.order(options,
                contributions.supporters(project, ContributionKind.OPTION), groups.get())) {
            ranked.add(r.option());
            scores.put(r.option().id(), r.percent());
        }
        return new RankedOptions(order, ranked, scores, groups.get().source(), groups.get().path(),
                groups.get().sizes().size(), null);
    }

    private static RankedOptions plain(OptionOrder order, List<Contribution> options, String unavailable) {
        return new RankedOptions(order, options, Map.of(), null, null, 0, unavailable);
    }
}
