package org.guerillapolicy.policy.web;

import org.guerillapolicy.platform.FormErrors;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.Implementation;
import org.guerillapolicy.policy.MilestoneStatus;
import org.guerillapolicy.policy.PolicyException;
import org.guerillapolicy.policy.Project;
import org.guerillapolicy.policy.Projects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Stage 6: implementation milestones from the owners and reports from people using the service. */
@Controller
class ImplementationController {

    record UpdateForm(String title, String body, MilestoneStatus status) {
    }

    record ReportForm(String whatHappened, String whatChanged, Integer rating) {
    }

    private final Projects projects;
    private final Implementation implementation;

    ImplementationController(Projects projects, Implementation implementation) {
        this.projects = projects;
        this.implementation = implementation;
    }

    @GetMapping("/projects/{slug}/implementation")
    String page(@PathVariable String slug, Viewer viewer, Model model) {
        Project project = projects.find(slug, viewer);
        model.addAttribute("update", new UpdateForm("", "", null));
        model.addAttribute("report", new ReportForm("", "", null));
        return page(project, viewer, model);
    }

    @PostMapping("/projects/{slug}/implementation/updates")
    String update(@PathVariable String slug, Viewer viewer, @ModelAttribute("update") UpdateForm form,
                  BindingResult errors, Model model, RedirectAttributes flash) {
        errors = FormErrors.withForm(model, "update", form, errors);
        Project project = projects.find(slug, viewer);
        if (!errors.hasErrors()) {
            try {
                implementation.postUpdate(project, viewer, form.title(), form.body(), form.status());
                flash.addFlashAttribute("done", "The update is posted.");
                return "redirect:" + project.path() + "/implementation";
            } catch (PolicyException refused) {
                errors.rejectValue(refused.field() == null ? "" : refused.field(), "policy", refused.getMessage());
            }
        }
        model.addAttribute("report", new ReportForm("", "", null));
        return page(project, viewer, model);
    }

    @PostMapping("/projects/{slug}/implementation/reports")
    String report(@PathVariable String slug, Viewer viewer, @ModelAttribute("report") ReportForm form,
                  BindingResult errors, Model model, RedirectAttributes flash) {
        Project project = projects.find(slug, viewer);
        try {
            if (errors.hasErrors()) {
                throw new PolicyException("rating", "Choose a rating from 1 to 5");
            }
            implementation.report(project, viewer, form.whatHappened(), form.whatChanged(), form.rating());
            flash.addFlashAttribute("done", "Thank you: your report is added.");
            return "redirect:" + project.path() + "/implementation";
        } catch (PolicyException refused) {
            if (!errors.hasErrors()) {
                errors.rejectValue(refused.field() == null ? "" : refused.field(), "policy", refused.getMessage());
            }
            model.addAttribute("update", new UpdateForm("", "", null));
            return page(project, viewer, model);
        }
    }

    private String page(Project project, Viewer viewer, Model model) {
        ProjectModel.add(model, project, viewer, projects);
        model.addAttribute("updates", implementation.updates(project));
        model.addAttribute("reports", implementation.reports(project));
        model.addAttribute("trend", implementation.trend(project));
        model.addAttribute("statuses", MilestoneStatus.values());
        return "policy/implementation";
    }
}
