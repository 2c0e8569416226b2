package org.guerillapolicy.policy.web;

import java.util.Optional;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.Contributions;
import org.guerillapolicy.policy.DraftVersion;
import org.guerillapolicy.policy.Drafts;
import org.guerillapolicy.policy.Licence;
import org.guerillapolicy.policy.PolicyException;
import org.guerillapolicy.policy.Project;
import org.guerillapolicy.policy.Projects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Stage 4 pages: the draft, editing it, its versions and diffs, and each paragraph's comments and amendments. */
@Controller
class DraftController {

    private final Projects projects;
    private final Drafts drafts;
    private final Contributions contributions;

    DraftController(Projects projects, Drafts drafts, Contributions contributions) {
        this.projects = projects;
        this.drafts = drafts;
        this.contributions = contributions;
    }

    @GetMapping("/projects/{slug}/draft")
    String draft(@PathVariable String slug, Viewer viewer, Model model) {
        Project project = projects.find(slug, viewer);
        ProjectModel.add(model, project, viewer, projects);
        Optional<DraftVersion> current = drafts.current(project);
        model.addAttribute("version", current.orElse(null));
        model.addAttribute("paragraphs", current.map(drafts::paragraphs).orElse(java.util.List.of()));
        model.addAttribute("counts", contributions.countsByParagraph(project));
        model.addAttribute("share", contributions.share(project));
        model.addAttribute("open", projects.owns(project, viewer) ? contributions.open(project) : java.util.List.of());
        model.addAttribute("licences", Licence.values());
        return "policy/draft";
    }

    @GetMapping("/projects/{slug}/draft/edit")
    String edit(@PathVariable String slug, Viewer viewer, Model model) {
        Project project = projects.find(slug, viewer);
        if (!projects.owns(project, viewer)) {
            throw new NotFoundException("Draft editor");
        }
        return editPage(project, viewer, model, drafts.current(project).map(DraftVersion::markdown).orElse(""), "", null);
    }

    @PostMapping("/projects/{slug}/draft")
    String save(@PathVariable String slug, @RequestParam(defaultValue = "") String markdown,
                @RequestParam(defaultValue = "") String note, Viewer viewer, Model model, RedirectAttributes flash) {
        Project project = projects.find(slug, viewer);
        try {
            int number = drafts.save(project, viewer, markdown, note);
            flash.addFlashAttribute("done", "Version " + number + " is saved.");
            return "redirect:" + project.path() + "/draft";
        } catch (PolicyException refused) {
            return editPage(project, viewer, model, markdown, note, refused);
        }
    }

    @GetMapping("/projects/{slug}/draft/versions")
    String versions(@PathVariable String slug, Viewer viewer, Model model) {
        Project project = projects.find(slug, viewer);
        ProjectModel.add(model, project, viewer, projects);
        model.addAttribute("versions", drafts.versions(project));
        return "policy/versions";
    }

    @GetMapping("/projects/{slug}/draft/versions/{number}")
    String version(@PathVariable String slug, @PathVariable int number, Viewer viewer, Model model) {
        Project project = projects.find(slug, viewer);
        ProjectModel.add(model, project, viewer, projects);
        model.addAttribute("version", drafts.version(project, number));
        model.addAttribute("changes", drafts.changes(project, number));
        return "policy/version";
    }

    @GetMapping("/projects/{slug}/draft/paragraphs/{anchor}")
    String paragraph(@PathVariable String slug, @PathVariable String anchor, Viewer viewer, Model model) {
        Project project = projects.find(slug, viewer);
        return paragraphPage(project, anchor, viewer, model, "", null, null);
    }

    @PostMapping("/projects/{slug}/draft/paragraphs/{anchor}/{kind:comments|amendments}")
    String contribute(@PathVariable String slug, @PathVariable String anchor, @PathVariable String kind,
                      @RequestParam(defaultValue = "") String body, Viewer viewer, Model model, RedirectAttributes flash) {
        Project project = projects.find(slug, viewer);
        boolean amendment = kind.equals("amendments");
        try {
            long id = amendment ? drafts.proposeAmendment(project, viewer, anchor, body)
                    : drafts.comment(project, viewer, anchor, body);
            flash.addFlashAttribute("done", amendment ? "Your amendment is proposed to the owners." : "Your comment is posted.");
            return "redirect:" + project.path() + "/draft/paragraphs/" + anchor + "#c-" + id;
        } catch (PolicyException refused) {
            return paragraphPage(project, anchor, viewer, model, amendment ? "" : body, amendment ? body : null,
                    new FieldProblem(amendment ? "amendment" : "comment", refused.getMessage()));
        }
    }

    @PostMapping("/projects/{slug}/draft/amendments/{id}/accept")
    String accept(@PathVariable String slug, @PathVariable long id, Viewer viewer, RedirectAttributes flash) {
        Project project = projects.find(slug, viewer);
        return Flash.run(flash, project.path() + "/draft", "The amendment is accepted into a new version, crediting its author.",
                () -> drafts.accept(project, viewer, id));
    }

    @PostMapping("/projects/{slug}/draft/amendments/{id}/decline")
    String decline(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                   @RequestParam String anchor, Viewer viewer, RedirectAttributes flash) {
        Project project = projects.find(slug, viewer);
        // The anchor only says where to return to; one that is not a paragraph's returns to the draft.
        String back = anchor.matches("[A-Za-z0-9_-]{1,100}") ? "/draft/paragraphs/" + anchor + "#c-" + id : "/draft";
        return Flash.run(flash, project.path() + back,
                "The amendment is declined; its author can see your reason.",
                () -> drafts.decline(project, viewer, id, reason));
    }

    @PostMapping("/projects/{slug}/publish")
    String publish(@PathVariable String slug, @RequestParam(required = false) Licence licence, Viewer viewer,
                   RedirectAttributes flash) {
        Project project = projects.find(slug, viewer);
        try {
            drafts.publish(project, viewer, licence);
            flash.addFlashAttribute("done", "The paper is published.");
            return "redirect:" + project.path() + "/paper";
        } catch (PolicyException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
            return "redirect:" + project.path() + "/draft#publish";
        }
    }

    /** A problem with one of the paragraph page's two forms. */
    record FieldProblem(String form, String message) {
    }

    private String editPage(Project project, Viewer viewer, Model model, String markdown, String note, PolicyException problem) {
        ProjectModel.add(model, project, viewer, projects);
        model.addAttribute("markdown", markdown);
        model.addAttribute("note", note);
        model.addAttribute("fieldProblem", problem);
        return "policy/edit";
    }

    private String paragraphPage(Project project, String anchor, Viewer viewer, Model model, String comment,
                                 String amendment, FieldProblem problem) {
        ProjectModel.add(model, project, viewer, projects);
        Optional<DraftVersion> current = drafts.current(project);
        var paragraph = current.flatMap(version -> drafts.paragraph(version, anchor));
        var said = contributions.onParagraph(project, anchor, viewer);
        if (paragraph.isEmpty() && said.isEmpty()) {
            throw new NotFoundException("Paragraph");
        }
        model.addAttribute("anchor", anchor);
        model.addAttribute("paragraph", paragraph.orElse(null));
        model.addAttribute("contributions", said);
        model.addAttribute("comment", comment);
        model.addAttribute("amendment", amendment != null ? amendment : paragraph.map(p -> p.source()).orElse(""));
        model.addAttribute("fieldProblem", problem);
        return "policy/paragraph";
    }
}
