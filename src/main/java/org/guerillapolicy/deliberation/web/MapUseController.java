package org.guerillapolicy.deliberation.web;

import org.guerillapolicy.deliberation.MapResults;
import org.guerillapolicy.deliberation.OpinionMapDetails;
import org.guerillapolicy.deliberation.OpinionMapException;
import org.guerillapolicy.deliberation.OpinionMaps;
import org.guerillapolicy.deliberation.ProjectMaps;
import org.guerillapolicy.deliberation.Statement;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.ContributionKind;
import org.guerillapolicy.policy.PolicyException;
import org.guerillapolicy.policy.Project;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Turning a common-ground statement of a project's map into a question, evidence or an option of the project. */
@Controller
class MapUseController {

    private final OpinionMaps maps;
    private final ProjectMaps projectMaps;
    private final MapResults results;

    MapUseController(OpinionMaps maps, ProjectMaps projectMaps, MapResults results) {
        this.maps = maps;
        this.projectMaps = projectMaps;
        this.results = results;
    }

    @GetMapping("/maps/{id}/statements/{statement}/use")
    String useForm(Viewer viewer, @PathVariable long id, @PathVariable long statement, Model model) {
        OpinionMapDetails map = maps.find(id, viewer);
        Project project = project(map, viewer);
        ContributionKind suggested = MapResults.KINDS.stream().filter(k -> k.stage() == project.stage()).findFirst()
                .orElse(null);
        return page(model, map, project, results.commonGroundStatement(map, statement), suggested,
                results.refusal(map, viewer).orElse(null));
    }

    @PostMapping("/maps/{id}/statements/{statement}/use")
    String use(Viewer viewer, @PathVariable long id, @PathVariable long statement,
            @RequestParam(required = false) String kind, Model model, RedirectAttributes flash) {
        OpinionMapDetails map = maps.find(id, viewer);
        Project project = project(map, viewer);
        Statement used = results.commonGroundStatement(map, statement);
        ContributionKind chosen = MapResults.KINDS.stream().filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        try {
            results.use(map, project, viewer, statement, chosen);
            flash.addFlashAttribute("done", "The statement is now " + MapResults.article(chosen) + " in the project "
                    + project.title() + ", credited to you.");
            return "redirect:" + map.path() + "/map#consensus-heading";
        } catch (OpinionMapException | PolicyException refused) {
            return page(model, map, project, used, chosen, refused.getMessage());
        } catch (DuplicateKeyException twice) {
            return page(model, map, project, used, chosen, "This statement was just used as that kind in the project");
        }
    }

    private Project project(OpinionMapDetails map, Viewer viewer) {
        return projectMaps.projectOf(map, viewer).orElseThrow(() -> new NotFoundException("Opinion map"));
    }

    private String page(Model model, OpinionMapDetails map, Project project, Statement statement,
            ContributionKind kind, String problem) {
        model.addAttribute("map", map);
        model.addAttribute("project", project);
        model.addAttribute("statement", statement);
        model.addAttribute("agreement", results.agreement(map, statement.id()));
        model.addAttribute("kinds", MapResults.KINDS);
        model.addAttribute("kind", kind);
        model.addAttribute("problem", problem);
        return "deliberation/use";
    }
}
