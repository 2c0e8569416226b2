package org.guerillapolicy.consultations.web;

import jakarta.validation.Valid;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.consultations.ConsultationActivities;
import org.guerillapolicy.consultations.ConsultationAudience;
import org.guerillapolicy.consultations.ConsultationException;
import org.guerillapolicy.consultations.Consultations;
import org.guerillapolicy.consultations.Responses;
import org.guerillapolicy.consultations.internal.Markdown;
import org.guerillapolicy.groups.Groups;
import org.guerillapolicy.platform.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of consultations, starting one, and each consultation's own page. */
@Controller
class ConsultationListController {

    private final Consultations consultations;
    private final Responses responses;
    private final Groups groups;
    private final Markdown markdown;
    private final ObjectProvider<ConsultationActivities> activities;

    ConsultationListController(Consultations consultations, Responses responses, Groups groups, Markdown markdown,
                               ObjectProvider<ConsultationActivities> activities) {
        this.activities = activities;
        this.consultations = consultations;
        this.responses = responses;
        this.groups = groups;
        this.markdown = markdown;
    }

    @GetMapping("/consultations")
    String list(Viewer viewer, @RequestParam(required = false) String state, @RequestParam(required = false) Sector sector,
                @RequestParam(defaultValue = "1") int page, Model model) {
        var listing = consultations.listed(state, sector, page);
        model.addAttribute("consultations", listing.consultations());
        model.addAttribute("listing", listing);
        model.addAttribute("mine", consultations.ofTeam(viewer));
        model.addAttribute("state", state == null ? "" : state);
        model.addAttribute("sector", sector);
        model.addAttribute("sectors", Sector.values());
        return "consultations/list";
    }

    @GetMapping("/consultations/new")
    String newConsultation(Viewer viewer, Model model) {
        model.addAttribute("form", ConsultationForm.empty());
        return form(viewer, model);
    }

    @PostMapping("/consultations")
    String create(Viewer viewer, @Valid @ModelAttribute("form") ConsultationForm form, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return form(viewer, model);
        }
        try {
            Consultation consultation = consultations.create(viewer, form.toNewConsultation());
            return "redirect:" + consultation.path() + "/build?created";
        } catch (ConsultationException refused) {
            errors.rejectValue(refused.field(), "consultation", refused.getMessage());
            return form(viewer, model);
        }
    }

    @GetMapping("/consultations/{slug}/edit")
    String edit(Viewer viewer, @PathVariable String slug, Model model) {
        Consultation consultation = organised(slug, viewer);
        model.addAttribute("form", ConsultationForm.of(consultation));
        return editForm(viewer, consultation, model);
    }

    @PostMapping("/consultations/{slug}/edit")
    String update(Viewer viewer, @PathVariable String slug, @Valid @ModelAttribute("form") ConsultationForm form,
                  BindingResult errors, Model model, RedirectAttributes flash) {
        Consultation consultation = organised(slug, viewer);
        if (errors.hasErrors()) {
            return editForm(viewer, consultation, model);
        }
        try {
            consultations.update(consultation, viewer, form.toNewConsultation());
            flash.addFlashAttribute("done", "The details are saved.");
            return "redirect:" + consultation.path();
        } catch (ConsultationException refused) {
            if (refused.field() == null) {
                errors.reject("consultation", refused.getMessage());
            } else {
                errors.rejectValue(refused.field(), "consultation", refused.getMessage());
            }
            return editForm(viewer, consultation, model);
        }
    }

    @GetMapping("/consultations/{slug}")
    String show(Viewer viewer, @PathVariable String slug, Model model) {
        Consultation consultation = consultations.find(slug, viewer);
        var role = consultations.role(consultation, viewer);
        model.addAttribute("consultation", consultation);
        model.addAttribute("background", markdown.toHtml(consultation.background()));
        model.addAttribute("role", role.orElse(null));
        model.addAttribute("organiser", ConsultationAudience.mayOrganise(role));
        model.addAttribute("group", consultations.group(consultation).orElse(null));
        model.addAttribute("organiserAccount", consultations.organiser(consultation));
        model.addAttribute("sections", consultations.sections(consultation));
        model.addAttribute("myResponse", responses.current(consultation, viewer).orElse(null));
        model.addAttribute("activities", activities.orderedStream()
                .flatMap(a -> a.attached(consultation).stream()).toList());
        model.addAttribute("offers", activities.orderedStream()
                .flatMap(a -> a.offers(consultation, viewer).stream()).toList());
        return "consultations/show";
    }

    private Consultation organised(String slug, Viewer viewer) {
        Consultation consultation = consultations.find(slug, viewer);
        consultations.requireOrganiser(consultation, viewer);
        return consultation;
    }

    private String editForm(Viewer viewer, Consultation consultation, Model model) {
        model.addAttribute("consultation", consultation);
        return form(viewer, model);
    }

    private String form(Viewer viewer, Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("groups", groups.ofMember(viewer.accountId()));
        return "consultations/new";
    }
}
