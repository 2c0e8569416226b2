package org.guerillapolicy.consultations.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.guerillapolicy.consultations.Analysis;
import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.consultations.ConsultationAudience;
import org.guerillapolicy.consultations.ConsultationException;
import org.guerillapolicy.consultations.Consultations;
import org.guerillapolicy.consultations.Dimension;
import org.guerillapolicy.consultations.Response;
import org.guerillapolicy.consultations.Theme;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The team's pages: figures, the responses and their coding, and where analysts disagree. */
@Controller
class AnalysisController {

    private static final Pattern THEME_FIELD = Pattern.compile("theme-(\\d+)-(\\d+)");
    private static final Pattern NEW_THEME_FIELD = Pattern.compile("new-(\\d+)");

    private final Consultations consultations;
    private final Analysis analysis;

    AnalysisController(Consultations consultations, Analysis analysis) {
        this.consultations = consultations;
        this.analysis = analysis;
    }

    @GetMapping("/consultations/{slug}/analysis")
    String figures(Viewer viewer, @PathVariable String slug, @RequestParam(required = false) String by, Model model) {
        Consultation consultation = consultations.find(slug, viewer);
        model.addAttribute("figures", analysis.figures(consultation, viewer, dimension(by)));
        model.addAttribute("dimensions", Dimension.values());
        return page(consultation, viewer, model, "consultations/analysis");
    }

    @GetMapping("/consultations/{slug}/analysis/responses")
    String responses(Viewer viewer, @PathVariable String slug, @RequestParam(required = false) String q, Model model) {
        Consultation consultation = consultations.find(slug, viewer);
        model.addAttribute("responses", analysis.responses(consultation, viewer, q));
        model.addAttribute("q", q == null ? "" : q);
        return page(consultation, viewer, model, "consultations/responses");
    }

    @GetMapping("/consultations/{slug}/analysis/responses/{id}")
    String response(Viewer viewer, @PathVariable String slug, @PathVariable long id, Model model) {
        Consultation consultation = consultations.find(slug, viewer);
        Response response = analysis.response(consultation, viewer, id);
        model.addAttribute("response", response);
        model.addAttribute("answers", analysis.answers(response));
        model.addAttribute("sections", consultations.sections(consultation));
        model.addAttribute("themes", analysis.themes(consultation));
        model.addAttribute("mine", analysis.myCodings(consultation, viewer, response).stream()
                .map(c -> c.questionId() + "-" + c.themeId()).toList());
        model.addAttribute("others", analysis.codingsOf(consultation, response));
        model.addAttribute("themeNames", analysis.themes(consultation).stream()
                .collect(Collectors.toMap(Theme::id, Theme::name)));
        return page(consultation, viewer, model, "consultations/code");
    }

    @PostMapping("/consultations/{slug}/analysis/responses/{id}")
    String code(Viewer viewer, @PathVariable String slug, @PathVariable long id, @RequestParam Map<String, String> fields,
                RedirectAttributes flash) {
        Consultation consultation = consultations.find(slug, viewer);
        Response response = analysis.response(consultation, viewer, id);
        Map<Long, Set<Long>> chosen = new HashMap<>();
        Map<Long, String> newThemes = new HashMap<>();
        fields.forEach((name, value) -> {
            Matcher theme = THEME_FIELD.matcher(name);
            Matcher fresh = NEW_THEME_FIELD.matcher(name);
            if (theme.matches()) {
                chosen.computeIfAbsent(Long.parseLong(theme.group(1)), q -> new HashSet<>()).add(Long.parseLong(theme.group(2)));
            } else if (fresh.matches()) {
                newThemes.put(Long.parseLong(fresh.group(1)), value);
            }
        });
        try {
            analysis.code(consultation, viewer, response, chosen, newThemes);
            flash.addFlashAttribute("done", "Your coding of response " + id + " is saved.");
        } catch (ConsultationException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + consultation.path() + "/analysis/responses/" + id;
    }

    @PostMapping("/consultations/{slug}/analysis/quotes")
    String quote(Viewer viewer, @PathVariable String slug, @RequestParam long responseId,
                 @RequestParam(required = false) Long themeId, @RequestParam(required = false) String quote,
                 RedirectAttributes flash) {
        Consultation consultation = consultations.find(slug, viewer);
        try {
            analysis.addQuote(consultation, viewer, responseId, themeId == null ? 0 : themeId, quote);
            flash.addFlashAttribute("done", "Quotation added.");
        } catch (ConsultationException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + consultation.path() + "/analysis/responses/" + responseId;
    }

    @GetMapping("/consultations/{slug}/analysis/disagreements")
    String disagreements(Viewer viewer, @PathVariable String slug, Model model) {
        Consultation consultation = consultations.find(slug, viewer);
        model.addAttribute("disagreements", analysis.disagreements(consultation, viewer));
        return page(consultation, viewer, model, "consultations/disagreements");
    }

    private String page(Consultation consultation, Viewer viewer, Model model, String view) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("organiser", ConsultationAudience.mayOrganise(consultations.role(consultation, viewer)));
        return view;
    }

    static Dimension dimension(String by) {
        try {
            return by == null ? Dimension.CAPACITY : Dimension.valueOf(by.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return Dimension.CAPACITY;
        }
    }
}
