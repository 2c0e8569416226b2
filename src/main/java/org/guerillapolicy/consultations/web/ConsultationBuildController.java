package org.guerillapolicy.consultations.web;

import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.consultations.ConsultationException;
import org.guerillapolicy.consultations.Consultations;
import org.guerillapolicy.consultations.QuestionKind;
import org.guerillapolicy.platform.Viewer;
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

/** Organisers add sections and questions to a draft consultation, publish it, and add analysts. */
@Controller
class ConsultationBuildController {

    private final Consultations consultations;

    ConsultationBuildController(Consultations consultations) {
        this.consultations = consultations;
    }

    @GetMapping("/consultations/{slug}/build")
    String build(Viewer viewer, @PathVariable String slug, Model model) {
        Consultation consultation = organised(slug, viewer);
        model.addAttribute("sectionForm", SectionForm.empty());
        model.addAttribute("questionForm", QuestionForm.empty());
        return page(consultation, model);
    }

    @PostMapping("/consultations/{slug}/sections")
    String addSection(Viewer viewer, @PathVariable String slug, @ModelAttribute("sectionForm") SectionForm form,
                      BindingResult errors, Model model, RedirectAttributes flash) {
        Consultation consultation = organised(slug, viewer);
        try {
            consultations.addSection(consultation, viewer, form.sectionTitle(), form.sectionIntroduction());
            flash.addFlashAttribute("done", "Section added: " + form.sectionTitle().strip());
            return "redirect:" + consultation.path() + "/build";
        } catch (ConsultationException refused) {
            if (refused.field() == null) {
                flash.addFlashAttribute("problem", refused.getMessage());
                return "redirect:" + consultation.path() + "/build";
            }
            errors.rejectValue(refused.field(), "section", refused.getMessage());
            model.addAttribute("questionForm", QuestionForm.empty());
            return page(consultation, model);
        }
    }

    @PostMapping("/consultations/{slug}/questions")
    String addQuestion(Viewer viewer, @PathVariable String slug, @ModelAttribute("questionForm") QuestionForm form,
                       BindingResult errors, Model model, RedirectAttributes flash) {
        Consultation consultation = organised(slug, viewer);
        if (!errors.hasErrors()) {
            try {
                consultations.addQuestion(consultation, viewer, form.toNewQuestion());
                flash.addFlashAttribute("done", "Question added: " + form.prompt().strip());
                return "redirect:" + consultation.path() + "/build";
            } catch (ConsultationException refused) {
                if (refused.field() == null) {
                    flash.addFlashAttribute("problem", refused.getMessage());
                    return "redirect:" + consultation.path() + "/build";
                }
                errors.rejectValue(refused.field(), "question", refused.getMessage());
            }
        }
        model.addAttribute("sectionForm", SectionForm.empty());
        return page(consultation, model);
    }

    @PostMapping("/consultations/{slug}/questions/{id}/delete")
    String removeQuestion(Viewer viewer, @PathVariable String slug, @PathVariable long id, RedirectAttributes flash) {
        Consultation consultation = organised(slug, viewer);
        return act(consultation, flash, "Question removed.", () -> consultations.removeQuestion(consultation, viewer, id));
    }

    @PostMapping("/consultations/{slug}/questions/{id}/move")
    String moveQuestion(Viewer viewer, @PathVariable String slug, @PathVariable long id,
                        @RequestParam(defaultValue = "") String direction, RedirectAttributes flash) {
        Consultation consultation = organised(slug, viewer);
        if (!direction.equals("up") && !direction.equals("down")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Move a question up or down");
        }
        return act(consultation, flash, "Question moved " + direction + ".",
                () -> consultations.moveQuestion(consultation, viewer, id, direction.equals("up")));
    }

    @PostMapping("/consultations/{slug}/sections/{id}/delete")
    String removeSection(Viewer viewer, @PathVariable String slug, @PathVariable long id, RedirectAttributes flash) {
        Consultation consultation = organised(slug, viewer);
        return act(consultation, flash, "Section removed.", () -> consultations.removeSection(consultation, viewer, id));
    }

    @PostMapping("/consultations/{slug}/publish")
    String publish(Viewer viewer, @PathVariable String slug, RedirectAttributes flash) {
        Consultation consultation = organised(slug, viewer);
        try {
            consultations.publish(consultation, viewer);
            flash.addFlashAttribute("done", "The consultation is published.");
            return "redirect:" + consultation.path();
        } catch (ConsultationException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
            return "redirect:" + consultation.path() + "/build";
        }
    }

    @GetMapping("/consultations/{slug}/team")
    String team(Viewer viewer, @PathVariable String slug, Model model) {
        Consultation consultation = organised(slug, viewer);
        model.addAttribute("consultation", consultation);
        model.addAttribute("team", consultations.team(consultation, viewer));
        return "consultations/team";
    }

    @PostMapping("/consultations/{slug}/team")
    String addAnalyst(Viewer viewer, @PathVariable String slug, @RequestParam(required = false) String username,
                      Model model, RedirectAttributes flash) {
        Consultation consultation = organised(slug, viewer);
        try {
            var analyst = consultations.addAnalyst(consultation, viewer, username);
            flash.addFlashAttribute("done", analyst.displayName() + " can now analyse the responses.");
            return "redirect:" + consultation.path() + "/team";
        } catch (ConsultationException refused) {
            model.addAttribute("problem", refused.getMessage());
            model.addAttribute("username", username);
            return team(viewer, slug, model);
        }
    }

    @PostMapping("/consultations/{slug}/team/{accountId}/delete")
    String removeAnalyst(Viewer viewer, @PathVariable String slug, @PathVariable long accountId, RedirectAttributes flash) {
        Consultation consultation = organised(slug, viewer);
        consultations.removeAnalyst(consultation, viewer, accountId);
        flash.addFlashAttribute("done", "Analyst removed.");
        return "redirect:" + consultation.path() + "/team";
    }

    private Consultation organised(String slug, Viewer viewer) {
        Consultation consultation = consultations.find(slug, viewer);
        consultations.requireOrganiser(consultation, viewer);
        return consultation;
    }

    private String act(Consultation consultation, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", done);
        } catch (ConsultationException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + consultation.path() + "/build";
    }

    private String page(Consultation consultation, Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("sections", consultations.sections(consultation));
        model.addAttribute("kinds", QuestionKind.values());
        return "consultations/build";
    }
}
