package org.guerillapolicy.consultations.web;

import org.guerillapolicy.consultations.Analysis;
import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.consultations.ConsultationAudience;
import org.guerillapolicy.consultations.ConsultationException;
import org.guerillapolicy.consultations.Consultations;
import org.guerillapolicy.consultations.Dimension;
import org.guerillapolicy.consultations.Outcomes;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Themes (create, rename, merge), decisions on them, quotations, and publishing the outcome. */
@Controller
class ThemesController {

    private final Consultations consultations;
    private final Analysis analysis;
    private final Outcomes outcomes;

    ThemesController(Consultations consultations, Analysis analysis, Outcomes outcomes) {
        this.consultations = consultations;
        this.analysis = analysis;
        this.outcomes = outcomes;
    }

    @GetMapping("/consultations/{slug}/analysis/themes")
    String themes(Viewer viewer, @PathVariable String slug, Model model) {
        Consultation consultation = consultations.find(slug, viewer);
        analysis.requireTeam(consultation, viewer);
        model.addAttribute("consultation", consultation);
        model.addAttribute("organiser", ConsultationAudience.mayOrganise(consultations.role(consultation, viewer)));
        model.addAttribute("themes", analysis.themes(consultation));
        model.addAttribute("quotes", analysis.quotes(consultation));
        model.addAttribute("figures", analysis.figures(consultation, viewer, Dimension.CAPACITY));
        return "consultations/themes";
    }

    @PostMapping("/consultations/{slug}/analysis/themes")
    String create(Viewer viewer, @PathVariable String slug, @RequestParam(required = false) String name, RedirectAttributes flash) {
        Consultation consultation = consultations.find(slug, viewer);
        flash.addFlashAttribute("themeName", name);
        return act(consultation, flash, "Theme added: " + name, () -> {
            analysis.createTheme(consultation, viewer, name);
            flash.addFlashAttribute("themeName", "");
        });
    }

    @PostMapping("/consultations/{slug}/analysis/themes/{id}/rename")
    String rename(Viewer viewer, @PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String name,
                  RedirectAttributes flash) {
        Consultation consultation = consultations.find(slug, viewer);
        return act(consultation, flash, "Theme renamed.", () -> analysis.renameTheme(consultation, viewer, id, name));
    }

    @PostMapping("/consultations/{slug}/analysis/themes/merge")
    String merge(Viewer viewer, @PathVariable String slug, @RequestParam(required = false) Long from,
                 @RequestParam(required = false) Long into, RedirectAttributes flash) {
        Consultation consultation = consultations.find(slug, viewer);
        return act(consultation, flash, "Themes merged.", () -> analysis.mergeThemes(consultation, viewer,
                from == null ? 0 : from, into == null ? 0 : into));
    }

    @PostMapping("/consultations/{slug}/analysis/themes/{id}/decision")
    String decide(Viewer viewer, @PathVariable String slug, @PathVariable long id,
                  @RequestParam(required = false) String decision, RedirectAttributes flash) {
        Consultation consultation = consultations.find(slug, viewer);
        return act(consultation, flash, "Decision saved.", () -> analysis.decide(consultation, viewer, id, decision));
    }

    @PostMapping("/consultations/{slug}/analysis/quotes/{id}/delete")
    String removeQuote(Viewer viewer, @PathVariable String slug, @PathVariable long id, RedirectAttributes flash) {
        Consultation consultation = consultations.find(slug, viewer);
        return act(consultation, flash, "Quotation removed.", () -> analysis.removeQuote(consultation, viewer, id));
    }

    @PostMapping("/consultations/{slug}/outcome")
    String publish(Viewer viewer, @PathVariable String slug, @RequestParam(required = false) String summary,
                   RedirectAttributes flash) {
        Consultation consultation = consultations.find(slug, viewer);
        try {
            outcomes.publish(consultation, viewer, summary);
            flash.addFlashAttribute("done", "The outcome is published.");
            return "redirect:" + consultation.path() + "/outcome";
        } catch (ConsultationException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
            flash.addFlashAttribute("summary", summary);
            return "redirect:" + consultation.path() + "/analysis/themes";
        }
    }

    private String act(Consultation consultation, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", done);
        } catch (ConsultationException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + consultation.path() + "/analysis/themes";
    }
}
