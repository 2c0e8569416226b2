package org.guerillapolicy.policy.web;

import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.Contributions;
import org.guerillapolicy.policy.Outcome;
import org.guerillapolicy.policy.Project;
import org.guerillapolicy.policy.Projects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "You said, we did": every contribution of a project with its outcome, and each person's own list. */
@Controller
class ContributionOutcomeController {

    record Tried(long id, Outcome outcome, String reason) {
    }

    private final Projects projects;
    private final Contributions contributions;

    ContributionOutcomeController(Projects projects, Contributions contributions) {
        this.projects = projects;
        this.contributions = contributions;
    }

    @GetMapping("/projects/{slug}/outcomes")
    String outcomes(@PathVariable String slug, Viewer viewer, Model model) {
        Project project = projects.find(slug, viewer);
        ProjectModel.add(model, project, viewer, projects);
        model.addAttribute("contributions", contributions.all(project));
        model.addAttribute("share", contributions.share(project));
        model.addAttribute("outcomes", Outcome.values());
        return "policy/outcomes";
    }

    @PostMapping("/projects/{slug}/contributions/{id}/outcome")
    String decide(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) Outcome outcome,
                  @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) Integer version,
                  Viewer viewer, RedirectAttributes flash) {
        Project project = projects.find(slug, viewer);
        // A refused outcome comes back with what the owner chose and wrote, so nothing typed is lost.
        flash.addFlashAttribute("tried", new Tried(id, outcome, reason));
        return Flash.run(flash, project.path() + "/outcomes#c-" + id, "The outcome is saved and its author can see it.",
                () -> contributions.decide(project, viewer, id, outcome, reason, version));
    }

    @GetMapping("/me/contributions")
    String mine(Viewer viewer, Model model) {
        model.addAttribute("mine", contributions.mine(viewer));
        return "policy/mine";
    }
}
