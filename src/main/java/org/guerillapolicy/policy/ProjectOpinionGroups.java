package org.guerillapolicy.policy;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Implemented by the module that maps opinions. It scores a project's questions or options by their support across
 * the opinion groups of the project's most recent map that has two or more groups; who is in which group never
 * leaves it.
 */
public interface ProjectOpinionGroups {

    /** Scores, given the ids of each contribution's supporters; empty when no map has groups. */
    Optional<BridgingScores> scores(Project project, Map<Long, ? extends Collection<Long>> supportersOf);
}
