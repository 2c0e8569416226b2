package org.guerillapolicy.consultations.web;

import java.util.List;
import java.util.Map;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.consultations.Answer;
import org.guerillapolicy.consultations.Capacity;
import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.consultations.ConsultationClosedException;
import org.guerillapolicy.consultations.ConsultationException;
import org.guerillapolicy.consultations.Consultations;
import org.guerillapolicy.consultations.Outcomes;
import org.guerillapolicy.consultations.Response;
import org.guerillapolicy.consultations.ResponseLinkException;
import org.guerillapolicy.consultations.Responses;
import org.guerillapolicy.consultations.Section;
import org.guerillapolicy.consultations.SectionAnswers;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Responding, one thing per page: about you, then each section, then check your answers and send. Every
 * page after the first is reached by the response's private link, so anyone can save and come back.
 */
@Controller
class RespondController {

    private static final String RESPONSE = "/consultations/{slug}/responses/{token}";

    private final Consultations consultations;
    private final Responses responses;
    private final Outcomes outcomes;

    RespondController(Consultations consultations, Responses responses, Outcomes outcomes) {
        this.consultations = consultations;
        this.responses = responses;
        this.outcomes = outcomes;
    }

    @GetMapping("/consultations/{slug}/respond")
    String start(Viewer viewer, @PathVariable String slug, Model model) {
        Consultation consultation = consultations.find(slug, viewer);
        model.addAttribute("consultation", consultation);
        model.addAttribute("myResponse", responses.current(consultation, viewer).orElse(null));
        return "consultations/respond-start";
    }

    @PostMapping("/consultations/{slug}/responses")
    String begin(Viewer viewer, @PathVariable String slug, RedirectAttributes flash) {
        Consultation consultation = consultations.find(slug, viewer);
        try {
            Response response = responses.start(consultation, viewer);
            return "redirect:" + response.path(consultation) + (response.isDraft() ? "/about" : "");
        } catch (ConsultationClosedException closed) {
            throw closed;
        } catch (ConsultationException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
            return "redirect:" + consultation.path() + "/respond";
        }
    }

    @GetMapping(RESPONSE + "/about")
    String about(Viewer viewer, @PathVariable String slug, @PathVariable String token, Model model) {
        Consultation consultation = consultations.find(slug, viewer);
        Response response = draft(consultation, token);
        model.addAttribute("about", AboutForm.of(response));
        return aboutPage(consultation, response, model);
    }

    @PostMapping(RESPONSE + "/about")
    String saveAbout(Viewer viewer, @PathVariable String slug, @PathVariable String token,
                     @ModelAttribute("about") AboutForm form, BindingResult errors,
                     @RequestParam(defaultValue = "continue") String action, Model model) {
        Consultation consultation = consultations.find(slug, viewer);
        Response response = draft(consultation, token);
        if (!errors.hasErrors()) {
            try {
                responses.saveAbout(consultation, response, form.toAboutYou());
                return "redirect:" + response.path(consultation) + ("save".equals(action) ? "/saved" : "/sections/1");
            } catch (ConsultationClosedException closed) {
                throw closed;
            } catch (ConsultationException refused) {
                errors.rejectValue(refused.field(), "about", refused.getMessage());
            }
        }
        return aboutPage(consultation, response, model);
    }

    @GetMapping(RESPONSE + "/sections/{number}")
    String section(Viewer viewer, @PathVariable String slug, @PathVariable String token, @PathVariable int number,
                   Model model) {
        Consultation consultation = consultations.find(slug, viewer);
        Response response = draft(consultation, token);
        List<Section> sections = consultations.sections(consultation);
        Section section = section(sections, number);
        model.addAttribute("values", Answer.fields(section.questions(),
                responses.answers(response)));
        model.addAttribute("problems", Map.of());
        return sectionPage(consultation, response, sections, number, model);
    }

    @PostMapping(RESPONSE + "/sections/{number}")
    String saveSection(Viewer viewer, @PathVariable String slug, @PathVariable String token, @PathVariable int number,
                       @RequestParam Map<String, String> fields, Model model) {
        Consultation consultation = consultations.find(slug, viewer);
        Response response = draft(consultation, token);
        List<Section> sections = consultations.sections(consultation);
        boolean save = "save".equals(fields.get("action"));
        SectionAnswers answers = responses.saveSection(consultation, response, section(sections, number), fields, !save);
        if (answers.saved()) {
            String next = save ? "/saved" : number < sections.size() ? "/sections/" + (number + 1) : "/check";
            return "redirect:" + response.path(consultation) + next;
        }
        model.addAttribute("values", answers.values());
        model.addAttribute("problems", answers.problems());
        return sectionPage(consultation, response, sections, number, model);
    }

    @GetMapping(RESPONSE + "/saved")
    String saved(Viewer viewer, @PathVariable String slug, @PathVariable String token, Model model) {
        Consultation consultation = consultations.find(slug, viewer);
        model.addAttribute("consultation", consultation);
        Response response = draft(consultation, token);
        model.addAttribute("response", response);
        model.addAttribute("link", link(consultation, response));
        return "consultations/respond-saved";
    }

    @GetMapping(RESPONSE + "/check")
    String check(Viewer viewer, @PathVariable String slug, @PathVariable String token, Model model) {
        Consultation consultation = consultations.find(slug, viewer);
        return checkPage(consultation, draft(consultation, token), model);
    }

    @PostMapping(RESPONSE + "/submit")
    String submit(Viewer viewer, @PathVariable String slug, @PathVariable String token, Model model) {
        Consultation consultation = consultations.find(slug, viewer);
        Response response = draft(consultation, token);
        try {
            responses.submit(consultation, response);
            return "redirect:" + response.path(consultation) + "?sent";
        } catch (ConsultationClosedException closed) {
            throw closed;
        } catch (ConsultationException refused) {
            model.addAttribute("problem", refused.getMessage());
            return checkPage(consultation, response, model);
        }
    }

    @GetMapping(RESPONSE)
    String view(Viewer viewer, @PathVariable String slug, @PathVariable String token, Model model) {
        Consultation consultation = consultations.find(slug, viewer);
        Response response = responses.byLink(consultation, token);
        model.addAttribute("consultation", consultation);
        model.addAttribute("response", response);
        model.addAttribute("sections", consultations.sections(consultation));
        model.addAttribute("answers", responses.answers(response));
        model.addAttribute("link", link(consultation, response));
        model.addAttribute("outcome", outcomes.of(consultation, response).orElse(null));
        return "consultations/response";
    }

    @PostMapping(RESPONSE + "/withdraw")
    String withdraw(Viewer viewer, @PathVariable String slug, @PathVariable String token, RedirectAttributes flash) {
        Consultation consultation = consultations.find(slug, viewer);
        Response response = responses.byLink(consultation, token);
        try {
            responses.withdraw(consultation, response);
            flash.addFlashAttribute("done", "Your response has been withdrawn. It will not be counted.");
        } catch (ConsultationException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + response.path(consultation);
    }

    @ExceptionHandler(ResponseLinkException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String badLink() {
        return "consultations/bad-link";
    }

    @ExceptionHandler(ConsultationClosedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String closed(ConsultationClosedException closed, Model model) {
        model.addAttribute("message", closed.getMessage());
        return "consultations/closed";
    }

    /** A response still being written; once sent, its link shows the response instead. */
    private Response draft(Consultation consultation, String token) {
        Response response = responses.byLink(consultation, token);
        if (!response.isDraft()) {
            throw new SentAlready(response.path(consultation));
        }
        if (!consultation.isOpen()) {
            throw new ConsultationClosedException("This consultation closed at " + consultation.closesAtText()
                    + ". Responses are no longer accepted, and your unfinished response was not sent.");
        }
        return response;
    }

    /** Thrown when a page for writing is asked for a response that has been sent: the visitor is sent to it. */
    static final class SentAlready extends RuntimeException {
        final String path;

        SentAlready(String path) {
            super("Response already sent");
            this.path = path;
        }
    }

    @ExceptionHandler(SentAlready.class)
    String sentAlready(SentAlready sent) {
        return "redirect:" + sent.path;
    }

    private static String link(Consultation consultation, Response response) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(response.path(consultation)).toUriString();
    }

    private static Section section(List<Section> sections, int number) {
        if (number < 1 || number > sections.size()) {
            throw new NotFoundException("Section");
        }
        return sections.get(number - 1);
    }

    private String aboutPage(Consultation consultation, Response response, Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("response", response);
        model.addAttribute("capacities", Capacity.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("sectionCount", consultations.sections(consultation).size());
        return "consultations/respond-about";
    }

    private String sectionPage(Consultation consultation, Response response, List<Section> sections, int number,
                               Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("response", response);
        model.addAttribute("section", sections.get(number - 1));
        model.addAttribute("number", number);
        model.addAttribute("sectionCount", sections.size());
        return "consultations/respond-section";
    }

    private String checkPage(Consultation consultation, Response response, Model model) {
        model.addAttribute("consultation", consultation);
        model.addAttribute("response", response);
        model.addAttribute("sections", consultations.sections(consultation));
        model.addAttribute("answers", responses.answers(response));
        model.addAttribute("missing", responses.unanswered(consultation, response));
        return "consultations/respond-check";
    }
}
