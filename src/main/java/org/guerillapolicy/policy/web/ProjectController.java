package org.guerillapolicy.policy.web;

import jakarta.validation.Valid;
import java.util.List;
import org.guerillapolicy.policy.Contributions;
import org.guerillapolicy.policy.PolicyException;
import org.guerillapolicy.policy.Project;
import org.guerillapolicy.policy.ProjectActivities;
import org.guerillapolicy.policy.ProjectVisibility;
import org.guerillapolicy.policy.Projects;
import org.guerillapolicy.policy.Stage;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of projects, starting one, a project's page, its stage moves and following it. */
@Controller
class ProjectController {

    private final Projects projects;
    private final Contributions contributions;
    private final List<ProjectActivities> activities;

    ProjectController(Projects projects, Contributions contributions, List<ProjectActivities> activities) {
        this.projects = projects;
        this.contributions = contributions;
        this.activities = activities;
    }

    @GetMapping("/projects")
    String list(Viewer viewer, @RequestParam(required = false) Long before, Model model) {
        model.addAttribute("page", projects.visible(viewer, before));
        return "policy/projects";
    }

    @GetMapping("/projects/new")
    String newProject(Viewer viewer, Model model) {
        model.addAttribute("form", ProjectForm.empty());
        return form(viewer, model);
    }

    @PostMapping("/projects")
    String start(Viewer viewer, @Valid @ModelAttribute("form") ProjectForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return form(viewer, model);
        }
        try {
            Project project = projects.start(viewer, form.toNewProject());
            return "redirect:" + project.path() + "?started";
        } catch (PolicyException refused) {
            errors.rejectValue(refused.field(), "policy", refused.getMessage());
            return form(viewer, model);
        }
    }

    @GetMapping("/projects/{slug}")
    String project(@PathVariable String slug, Viewer viewer, Model model) {
        Project project = projects.find(slug, viewer);
        ProjectModel.add(model, project, viewer, projects);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("share", contributions.share(project));
        model.addAttribute("consultations", projects.consultations(project));
        model.addAttribute("following", projects.follows(project, viewer));
        model.addAttribute("followers", projects.followerCount(project));
        model.addAttribute("participants", projects.participants(project));
        model.addAttribute("timeline", projects.timeline(project));
        model.addAttribute("activities", activities.stream().flatMap(a -> a.attached(project, viewer).stream()).toList());
        model.addAttribute("offers", activities.stream().flatMap(a -> a.offers(project, viewer).stream()).toList());
        return "policy/project";
    }

    @PostMapping("/projects/{slug}/stage")
    String move(@PathVariable String slug, @RequestParam String direction, Viewer viewer, RedirectAttributes flash) {
        Project project = projects.find(slug, viewer);
        boolean forward = "forward".equals(direction);
        return Flash.run(flash, project.path(), forward ? "The project moved to the next stage." : "The project moved back a stage.",
                () -> projects.move(project, viewer, forward));
    }

    @PostMapping("/projects/{slug}/follow")
    String follow(@PathVariable String slug, @RequestParam(defaultValue = "true") boolean follow, Viewer viewer,
                  RedirectAttributes flash) {
        Project project = projects.find(slug, viewer);
        if (follow) {
            projects.follow(project, viewer);
        } else {
            projects.unfollow(project, viewer);
        }
        flash.addFlashAttribute("done", follow ? "You follow this project." : "You no longer follow this project.");
        return "redirect:" + project.path();
    }

    private String form(Viewer viewer, Model model) {
        model.addAttribute("visibilities", ProjectVisibility.values());
        model.addAttribute("groups", projects.groupsOf(viewer));
        return "policy/new";
    }
}
