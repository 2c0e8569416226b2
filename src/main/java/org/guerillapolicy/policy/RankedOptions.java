package org.guerillapolicy.policy;

import java.util.List;

/**
 * A project's options in the order asked for, and what the page says about it: for support across opinion
 * groups, which map's groups were used; if that order was asked for but is not available, why not (the options
 * are then most supported first).
 */
public record RankedOptions(OptionOrder order, List<Contribution> options, String groupsSource, String groupsPath,
                            int groupCount, String unavailable) {

    public boolean bridging() {
        return order == OptionOrder.BRIDGING;
    }
}
