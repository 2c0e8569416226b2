package org.guerillapolicy.deliberation.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.guerillapolicy.deliberation.MapResults;
import org.guerillapolicy.deliberation.OpinionMapDetails;
import org.guerillapolicy.deliberation.ProjectMaps;
import org.guerillapolicy.deliberation.StatementUse;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.Project;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a map's page shows about its project: which it is, and which common-ground statements it has used. */
@Component
class MapResultsModel {

    private final ProjectMaps projectMaps;
    private final MapResults results;

    MapResultsModel(ProjectMaps projectMaps, MapResults results) {
        this.projectMaps = projectMaps;
        this.results = results;
    }

    void add(Model model, OpinionMapDetails map, Viewer viewer) {
        Project project = projectMaps.projectOf(map, viewer).orElse(null);
        model.addAttribute("project", project);
        Map<Long, List<StatementUse>> uses = project == null ? Map.of()
                : results.uses(map, project).stream().collect(Collectors.groupingBy(StatementUse::statementId));
        model.addAttribute("uses", uses);
        // Anyone signed in who can see the project may contribute to it, while its stage takes questions, evidence
        // or options (the stage rules are checked again on use); a map shared only by link, only its owner.
        model.addAttribute("mayUse", project != null && viewer.signedIn()
                && results.refusal(map, viewer).isEmpty()
                && MapResults.KINDS.stream().anyMatch(kind -> kind.stage() == project.stage()));
    }
}
