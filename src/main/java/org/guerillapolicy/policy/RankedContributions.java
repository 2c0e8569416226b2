package org.guerillapolicy.policy;

import java.util.List;

/**
 * A project's questions or options in the order asked for, and what the page says about it: for support across
 * opinion groups, which map's groups were used; if that order was asked for but is not available, why not (they
 * are then most supported first).
 */
public record RankedContributions(ContributionOrder order, List<Contribution> contributions, String groupsSource,
                                  String groupsPath, int groupCount, String unavailable) {

    public boolean bridging() {
        return order == ContributionOrder.BRIDGING;
    }
}
