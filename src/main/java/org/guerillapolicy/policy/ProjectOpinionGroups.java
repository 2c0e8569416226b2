package org.guerillapolicy.policy;

import java.util.Optional;

/** Implemented by the module that maps opinions: the groups of a project's most recent map that has two or more. */
public interface ProjectOpinionGroups {

    Optional<OpinionGroups> latest(Project project);
}
