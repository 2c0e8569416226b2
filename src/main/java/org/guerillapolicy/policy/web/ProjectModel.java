package org.guerillapolicy.policy.web;

import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.Project;
import org.guerillapolicy.policy.Projects;
import org.springframework.ui.Model;

/** What every project page shows in its header: the project, its group, and whether the viewer owns it. */
final class ProjectModel {

    private ProjectModel() {
    }

    static void add(Model model, Project project, Viewer viewer, Projects projects) {
        model.addAttribute("project", project);
        model.addAttribute("group", projects.group(project));
        model.addAttribute("owner", projects.owns(project, viewer));
    }
}
