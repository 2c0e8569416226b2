package org.guerillapolicy.policy;

import org.guerillapolicy.groups.GroupAudience;

/**
 * The one rule for who may see a project: everyone for a public project, the working group's members for
 * a project private to it. As an SQL condition over a row of {@code policy_projects} with the given alias,
 * with the viewer's account id (or -1) bound to {@code :viewer}, for every query that reads projects.
 */
public final class ProjectAudience {

    private ProjectAudience() {
    }

    public static String sql(String projectAlias) {
        return GroupAudience.sql(projectAlias + ".audience_group_id");
    }
}
