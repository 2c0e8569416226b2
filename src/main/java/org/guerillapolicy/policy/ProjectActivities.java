package org.guerillapolicy.policy;

import java.util.List;
import org.guerillapolicy.platform.Viewer;

/**
 * Implemented by modules that attach activities to projects (policy depends on none of them): the project's
 * page lists what every implementation gives. Callers pass a project the viewer may see.
 */
public interface ProjectActivities {

    /** What is attached to the project and the viewer may see, newest first. */
    List<ProjectActivity> attached(Project project, Viewer viewer);

    /** Links to start an activity for the project's current stage, for those of the viewers allowed to. */
    List<ProjectLink> offers(Project project, Viewer viewer);
}
