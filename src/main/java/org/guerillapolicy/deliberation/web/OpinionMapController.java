package org.guerillapolicy.deliberation.web;

import jakarta.validation.Valid;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guerillapolicy.deliberation.ConsultationMaps;
import org.guerillapolicy.deliberation.MapAudience;
import org.guerillapolicy.deliberation.MapReports;
import org.guerillapolicy.deliberation.MapSnapshot;
import org.guerillapolicy.deliberation.Moderation;
import org.guerillapolicy.deliberation.OpinionMapDetails;
import org.guerillapolicy.deliberation.OpinionMapException;
import org.guerillapolicy.deliberation.OpinionMaps;
import org.guerillapolicy.deliberation.ParticipantRole;
import org.guerillapolicy.deliberation.Participation;
import org.guerillapolicy.deliberation.PolisImports;
import org.guerillapolicy.deliberation.ProjectMaps;
import org.guerillapolicy.deliberation.Statement;
import org.guerillapolicy.deliberation.StatementStatus;
import org.guerillapolicy.platform.FormErrors;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Opening opinion maps, taking part one statement at a time, moderating, and the map itself. */
@Controller
class OpinionMapController {

    private final OpinionMaps maps;
    private final PolisImports imports;
    private final ProjectMaps projectMaps;
    private final ConsultationMaps consultationMaps;
    private final MapResultsModel results;
    private final PartOfForms partOfForms;
    private final MapReports reports;

    OpinionMapController(OpinionMaps maps, PolisImports imports, ProjectMaps projectMaps,
            ConsultationMaps consultationMaps, MapResultsModel results, PartOfForms partOfForms, MapReports reports) {
        this.maps = maps;
        this.reports = reports;
        this.partOfForms = partOfForms;
        this.consultationMaps = consultationMaps;
        this.imports = imports;
        this.projectMaps = projectMaps;
        this.results = results;
    }

    @GetMapping("/maps")
    String list(Viewer viewer, @RequestParam(required = false) Long before, Model model) {
        model.addAttribute("maps", maps.listed(before, viewer));
        return "deliberation/list";
    }

    @GetMapping("/maps/new")
    String newMap(Viewer viewer, @RequestParam(required = false) String project,
            @RequestParam(required = false) Integer stage, @RequestParam(required = false) String consultation,
            Model model) {
        MapForm form = MapForm.empty().partOf(project, stage, consultation);
        model.addAttribute("form", form);
        return form(viewer, form, null, model);
    }

    @PostMapping("/maps")
    String open(Viewer viewer, @Valid @ModelAttribute("form") MapForm form, BindingResult errors, Model model) {
        errors = FormErrors.withForm(model, "form", form, errors);
        if (form.seedProblem() != null) {
            errors.rejectValue("statements", "seeds", form.seedProblem());
        }
        PartOfForms.PartOf partOf = partOfForms.resolve(form.project(), form.stage(), form.consultation(), viewer, errors);
        if (errors.hasErrors()) {
            return form(viewer, form, errors, model);
        }
        try {
            OpinionMapDetails map = maps.open(viewer, partOf.attachment(), partOf.consultation(), form.prompt(), form.seeds(),
                    form.participation(), form.openStatements(), form.moderation());
            return "redirect:" + map.path() + "?opened";
        } catch (OpinionMapException refused) {
            errors.rejectValue(refused.field(), "attachment", refused.getMessage());
            return form(viewer, form, errors, model);
        }
    }

    @GetMapping("/maps/{id}")
    String takePart(Viewer viewer, @PathVariable long id, Model model) {
        OpinionMapDetails map = maps.find(id, viewer);
        model.addAttribute("map", map);
        model.addAttribute("next", maps.next(map, viewer).orElse(null));
        model.addAttribute("voted", maps.votesBy(map, viewer));
        model.addAttribute("role", maps.role(map, viewer).orElse(null));
        model.addAttribute("roles", ParticipantRole.values());
        model.addAttribute("mayModerate", MapAudience.mayModerate(map, viewer.accountId()));
        model.addAttribute("project", projectMaps.projectOf(map, viewer).orElse(null));
        model.addAttribute("consultation", consultationMaps.consultationOf(map).orElse(null));
        return "deliberation/take-part";
    }

    @PostMapping("/maps/{id}/votes")
    String vote(Viewer viewer, @PathVariable long id, @RequestParam long statement, @RequestParam int vote,
            RedirectAttributes flash) {
        OpinionMapDetails map = maps.find(id, viewer);
        try {
            maps.vote(map, viewer, statement, vote);
            flash.addFlashAttribute("done", "Your vote is counted.");
        } catch (OpinionMapException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + map.path();
    }

    @PostMapping("/maps/{id}/statements")
    String propose(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String body,
            RedirectAttributes flash) {
        OpinionMapDetails map = maps.find(id, viewer);
        try {
            Statement statement = maps.propose(map, viewer, body);
            flash.addFlashAttribute("done", statement.status() == StatementStatus.PENDING
                    ? "Thank you: your statement will be shown once the map's owner has checked it."
                    : "Thank you: your statement is added for others to vote on.");
        } catch (OpinionMapException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
            flash.addFlashAttribute("draft", body);
        }
        return "redirect:" + map.path() + "#add";
    }

    @PostMapping("/maps/{id}/role")
    String role(Viewer viewer, @PathVariable long id, @RequestParam(required = false) ParticipantRole role,
            RedirectAttributes flash) {
        OpinionMapDetails map = maps.find(id, viewer);
        maps.setRole(map, viewer, role);
        flash.addFlashAttribute("done", role == null ? "Your role is cleared." : "Your role is saved.");
        return "redirect:" + map.path();
    }

    @GetMapping("/maps/{id}/map")
    String map(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String order, Model model) {
        OpinionMapDetails map = maps.find(id, viewer);
        MapSnapshot snapshot = maps.snapshot(map);
        Map<Long, Statement> statements = maps.statements(map).stream()
                .filter(s -> s.status() == StatementStatus.ACCEPTED)
                .collect(Collectors.toMap(Statement::id, Function.identity()));
        model.addAttribute("map", map);
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("statements", statements);
        model.addAttribute("plot", MapPlot.of(snapshot));
        boolean byAgrees = "agrees".equals(order);
        model.addAttribute("byAgrees", byAgrees);
        model.addAttribute("ordered", snapshot.ordered(byAgrees));
        model.addAttribute("imported", imports.of(map).orElse(null));
        results.add(model, map, viewer);
        model.addAttribute("consultation", consultationMaps.consultationOf(map).orElse(null));
        // Only organisers of a consultation can attach a report, so only they are offered it.
        model.addAttribute("mayReport", viewer.signedIn() && !reports.consultationsFor(viewer).isEmpty());
        return "deliberation/map";
    }

    @GetMapping("/maps/{id}/moderation")
    String moderation(Viewer viewer, @PathVariable long id, Model model) {
        OpinionMapDetails map = maps.find(id, viewer);
        if (!MapAudience.mayModerate(map, viewer.accountId())) {
            throw new NotFoundException("Opinion map");
        }
        model.addAttribute("map", map);
        model.addAttribute("statements", maps.statements(map));
        return "deliberation/moderation";
    }

    @PostMapping("/maps/{id}/statements/{statement}/moderation")
    String moderate(Viewer viewer, @PathVariable long id, @PathVariable long statement,
            @RequestParam String decision, RedirectAttributes flash) {
        OpinionMapDetails map = maps.find(id, viewer);
        boolean accept = decision.equals("accept");
        maps.moderate(map, viewer, statement, accept);
        flash.addFlashAttribute("done", accept ? "The statement is accepted." : "The statement is removed.");
        return "redirect:" + map.path() + "/moderation";
    }

    @GetMapping("/maps/{id}/export/{file:comments\\.csv|votes\\.csv|participants-votes\\.csv}")
    @ResponseBody
    ResponseEntity<String> export(Viewer viewer, @PathVariable long id, @PathVariable String file) {
        OpinionMapDetails map = maps.find(id, viewer);
        StringBuilder csv = new StringBuilder();
        maps.export(map, viewer, file, csv);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .body(csv.toString());
    }

    /** The form, saying which project and stage the map is for, if any (or why it cannot be for them). */
    private String form(Viewer viewer, MapForm form, BindingResult errors, Model model) {
        partOfForms.show(form.project(), form.stage(), form.consultation(), viewer, errors, model);
        model.addAttribute("participations", Participation.values());
        model.addAttribute("moderations", Moderation.values());
        return "deliberation/new";
    }
}
