package org.guerillapolicy.policy.web;

import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.platform.FormErrors;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.Contribution;
import org.guerillapolicy.policy.ContributionKind;
import org.guerillapolicy.policy.ContributionOrder;
import org.guerillapolicy.policy.ContributionRanking;
import org.guerillapolicy.policy.Contributions;
import org.guerillapolicy.policy.EvidenceKind;
import org.guerillapolicy.policy.PolicyException;
import org.guerillapolicy.policy.Project;
import org.guerillapolicy.policy.Projects;
import org.guerillapolicy.policy.RankedContributions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of stages 1 to 3: problem questions, evidence and options, with support and merging. */
@Controller
class ContributionController {

    private final Projects projects;
    private final Contributions contributions;
    private final ContributionRanking ranking;

    ContributionController(Projects projects, Contributions contributions, ContributionRanking ranking) {
        this.projects = projects;
        this.contributions = contributions;
        this.ranking = ranking;
    }

    @GetMapping("/projects/{slug}/problem")
    String problem(@PathVariable String slug, Viewer viewer, @RequestParam(required = false) String order, Model model) {
        Project project = projects.find(slug, viewer);
        ContributionOrder chosen = order(order, "questions");
        model.addAttribute("form", ContributionForm.empty());
        return problemPage(project, viewer, model, chosen);
    }

    @GetMapping("/projects/{slug}/evidence")
    String evidence(@PathVariable String slug, Viewer viewer, @RequestParam(required = false) EvidenceKind kind,
                    @RequestParam(required = false) Role role, @RequestParam(required = false) Sector sector,
                    Model model) {
        Project project = projects.find(slug, viewer);
        model.addAttribute("form", ContributionForm.empty());
        model.addAttribute("kind", kind);
        model.addAttribute("role", role);
        model.addAttribute("sector", sector);
        return evidencePage(project, viewer, model, kind, role, sector);
    }

    @GetMapping("/projects/{slug}/options")
    String options(@PathVariable String slug, Viewer viewer, @RequestParam(required = false) String order, Model model) {
        Project project = projects.find(slug, viewer);
        ContributionOrder chosen = order(order, "options");
        model.addAttribute("form", ContributionForm.empty());
        return optionsPage(project, viewer, model, chosen);
    }

    @PostMapping("/projects/{slug}/{stage:problem|evidence|options}")
    String contribute(@PathVariable String slug, @PathVariable String stage, Viewer viewer,
                      @ModelAttribute("form") ContributionForm form, BindingResult errors, Model model) {
        errors = FormErrors.withForm(model, "form", form, errors);
        Project project = projects.find(slug, viewer);
        ContributionKind kind = switch (stage) {
            case "problem" -> ContributionKind.QUESTION;
            case "evidence" -> ContributionKind.EVIDENCE;
            default -> ContributionKind.OPTION;
        };
        if (!errors.hasErrors()) {
            try {
                long id = contributions.contribute(project, viewer, form.toNew(kind), form.evidence());
                return "redirect:" + project.path() + "/" + stage + "?added#c-" + id;
            } catch (PolicyException refused) {
                errors.rejectValue(refused.field() == null ? "" : refused.field(), "policy", refused.getMessage());
            }
        }
        return switch (kind) {
            case QUESTION -> problemPage(project, viewer, model, ContributionOrder.SUPPORT);
            case EVIDENCE -> evidencePage(project, viewer, model, null, null, null);
            default -> optionsPage(project, viewer, model, ContributionOrder.SUPPORT);
        };
    }

    @GetMapping("/projects/{slug}/options/{id}/refine")
    String refineForm(@PathVariable String slug, @PathVariable long id, Viewer viewer, Model model) {
        Project project = projects.find(slug, viewer);
        Contribution option = contributions.find(project, id, viewer);
        model.addAttribute("project", project);
        model.addAttribute("option", option);
        model.addAttribute("form", new ContributionForm(option.title(), option.body(), null, null, null, null, null, null));
        return "policy/refine";
    }

    @PostMapping("/projects/{slug}/options/{id}/refine")
    String refine(@PathVariable String slug, @PathVariable long id, Viewer viewer,
                  @ModelAttribute("form") ContributionForm form, BindingResult errors, Model model) {
        errors = FormErrors.withForm(model, "form", form, errors);
        Project project = projects.find(slug, viewer);
        Contribution option = contributions.find(project, id, viewer);
        if (!errors.hasErrors()) {
            try {
                contributions.refineOption(project, viewer, id, form.title(), form.body());
                return "redirect:" + project.path() + "/options?refined#c-" + id;
            } catch (PolicyException refused) {
                errors.rejectValue(refused.field() == null ? "" : refused.field(), "policy", refused.getMessage());
            }
        }
        model.addAttribute("project", project);
        model.addAttribute("option", option);
        return "policy/refine";
    }

    @PostMapping("/projects/{slug}/contributions/{id}/support")
    String support(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "true") boolean support,
                   @RequestParam String back, Viewer viewer, RedirectAttributes flash) {
        Project project = projects.find(slug, viewer);
        return Flash.run(flash, project.path() + "/" + stagePage(back) + "#c-" + id,
                support ? "Your support is counted." : "Your support is withdrawn.",
                () -> contributions.support(project, viewer, id, support));
    }

    @PostMapping("/projects/{slug}/contributions/{id}/replies")
    String reply(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String body,
                 @RequestParam String back, Viewer viewer, RedirectAttributes flash) {
        Project project = projects.find(slug, viewer);
        return Flash.run(flash, project.path() + "/" + stagePage(back) + "#c-" + id, "Your reply is posted.",
                () -> contributions.reply(project, viewer, id, body));
    }

    @PostMapping("/projects/{slug}/problem/merge")
    String merge(@PathVariable String slug, @RequestParam long duplicate, @RequestParam long into, Viewer viewer,
                 RedirectAttributes flash) {
        Project project = projects.find(slug, viewer);
        return Flash.run(flash, project.path() + "/problem", "The questions are merged; supporters carried over.",
                () -> contributions.merge(project, viewer, duplicate, into));
    }

    private static String stagePage(String back) {
        return switch (back) {
            case "evidence", "options" -> back;
            default -> "problem";
        };
    }

    private static ContributionOrder order(String name, String what) {
        return ContributionOrder.named(name).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.BAD_REQUEST, "Order " + what + " by support, bridging or newest"));
    }

    private String problemPage(Project project, Viewer viewer, Model model, ContributionOrder order) {
        ProjectModel.add(model, project, viewer, projects);
        RankedContributions ranked = ranking.rank(project, viewer, ContributionKind.QUESTION, order);
        model.addAttribute("ranked", ranked);
        model.addAttribute("questions", ranked.contributions());
        model.addAttribute("orders", ContributionOrder.values());
        model.addAttribute("origins", contributions.origins(project));
        return "policy/problem";
    }

    private String evidencePage(Project project, Viewer viewer, Model model, EvidenceKind kind, Role role, Sector sector) {
        ProjectModel.add(model, project, viewer, projects);
        model.addAttribute("evidence", contributions.list(project, ContributionKind.EVIDENCE, viewer, kind, role, sector));
        model.addAttribute("filtered", kind != null || role != null || sector != null);
        model.addAttribute("replies", contributions.replies(project, viewer));
        model.addAttribute("origins", contributions.origins(project));
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("sectors", Sector.values());
        return "policy/evidence";
    }

    private String optionsPage(Project project, Viewer viewer, Model model, ContributionOrder order) {
        ProjectModel.add(model, project, viewer, projects);
        model.addAttribute("ranked", ranking.rank(project, viewer, ContributionKind.OPTION, order));
        model.addAttribute("orders", ContributionOrder.values());
        model.addAttribute("origins", contributions.origins(project));
        model.addAttribute("evidence", contributions.list(project, ContributionKind.EVIDENCE, viewer));
        model.addAttribute("links", contributions.linkedEvidence(project));
        model.addAttribute("replies", contributions.replies(project, viewer));
        return "policy/options";
    }
}
