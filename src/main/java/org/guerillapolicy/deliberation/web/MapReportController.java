package org.guerillapolicy.deliberation.web;

import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.deliberation.MapReports;
import org.guerillapolicy.deliberation.OpinionMapDetails;
import org.guerillapolicy.deliberation.OpinionMapException;
import org.guerillapolicy.deliberation.OpinionMaps;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Attaching a map's report to the outcome of a consultation the viewer organises, and removing it. */
@Controller
class MapReportController {

    private final OpinionMaps maps;
    private final MapReports reports;

    MapReportController(OpinionMaps maps, MapReports reports) {
        this.maps = maps;
        this.reports = reports;
    }

    @GetMapping("/maps/{id}/report")
    String choose(Viewer viewer, @PathVariable long id, Model model) {
        OpinionMapDetails map = maps.find(id, viewer);
        model.addAttribute("map", map);
        model.addAttribute("refusal", reports.refusal(map, viewer).orElse(null));
        model.addAttribute("consultations", reports.consultationsFor(viewer));
        return "deliberation/report";
    }

    @PostMapping("/maps/{id}/report")
    String attach(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String consultation,
            RedirectAttributes flash) {
        OpinionMapDetails map = maps.find(id, viewer);
        try {
            Consultation attachedTo = reports.attach(map, viewer, consultation == null ? "" : consultation);
            if (attachedTo.outcomePublished()) {
                flash.addFlashAttribute("done", "The map's report is attached to this outcome.");
                return "redirect:" + attachedTo.path() + "/outcome";
            }
            flash.addFlashAttribute("done", "The map's report is attached to " + attachedTo.title()
                    + ". It will show on the outcome page once you publish the outcome.");
        } catch (OpinionMapException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + map.path() + "/report";
    }

    @PostMapping("/consultations/{slug}/map-reports/{report}/remove")
    String remove(Viewer viewer, @PathVariable String slug, @PathVariable long report, RedirectAttributes flash) {
        Consultation consultation = reports.remove(slug, report, viewer);
        flash.addFlashAttribute("done", "The map's report is removed from the outcome.");
        return "redirect:" + consultation.path() + (consultation.outcomePublished() ? "/outcome" : "");
    }
}
