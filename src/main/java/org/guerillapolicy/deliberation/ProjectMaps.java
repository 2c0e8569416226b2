package org.guerillapolicy.deliberation;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.guerillapolicy.deliberation.internal.BridgingRanking;
import org.guerillapolicy.deliberation.internal.MapGroupStore;
import org.guerillapolicy.deliberation.internal.OpinionMapStore;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.BridgingScores;
import org.guerillapolicy.policy.Project;
import org.guerillapolicy.policy.ProjectActivities;
import org.guerillapolicy.policy.ProjectActivity;
import org.guerillapolicy.policy.ProjectLink;
import org.guerillapolicy.policy.ProjectOpinionGroups;
import org.guerillapolicy.policy.Projects;
import org.guerillapolicy.policy.Stage;
import org.springframework.stereotype.Service;

/**
 * Opinion maps attached to policy projects: who may open one for a project's stage, the maps a project's page
 * lists, and the opinion groups its questions and options can be ordered by.
 */
@Service
public class ProjectMaps implements ProjectActivities, ProjectOpinionGroups {

    static final String NOT_ON_THE_PROJECT =
            "Only the project's owners and the members of its working group can open a map for it";

    private final OpinionMapStore store;
    private final MapGroupStore groups;
    private final Projects projects;

    ProjectMaps(OpinionMapStore store, MapGroupStore groups, Projects projects) {
        this.store = store;
        this.groups = groups;
        this.projects = projects;
    }

    /** The project and stage a new map is for, or null for a map of its own; refused unless the viewer works on it. */
    public MapAttachment attachment(String projectSlug, Integer stage, Viewer viewer) {
        if (projectSlug == null || projectSlug.isBlank()) {
            return null;
        }
        Project project;
        try {
            project = projects.find(projectSlug.strip(), viewer);
        } catch (NotFoundException missing) {
            throw new OpinionMapException("project", "There is no project at that address that you can see");
        }
        if (!projects.worksOn(project, viewer)) {
            throw new OpinionMapException("project", NOT_ON_THE_PROJECT);
        }
        if (stage == null || stage < 1 || stage > Stage.values().length) {
            throw new OpinionMapException("project", "Choose a stage of the project, from 1 to 6");
        }
        return new MapAttachment(project, Stage.of(stage));
    }

    /** The project a map is attached to; a viewer who may see the map may see its project. */
    public Optional<Project> projectOf(OpinionMapDetails map, Viewer viewer) {
        return map.attached() ? projects.find(map.projectId(), viewer) : Optional.empty();
    }

    /** The project's maps the viewer may see: listed ones, and unlisted ones only to their owner. */
    @Override
    public List<ProjectActivity> attached(Project project, Viewer viewer) {
        return store.ofProject(project.id(), OpinionMapStore.audienceId(viewer)).stream()
                .filter(m -> MapAudience.listed(m) || m.ownedBy(viewer.accountId()))
                .map(m -> new ProjectActivity("Opinion map", m.prompt(), m.path(), Stage.of(m.projectStage())))
                .toList();
    }

    @Override
    public List<ProjectLink> offers(Project project, Viewer viewer) {
        if (!projects.worksOn(project, viewer)) {
            return List.of();
        }
        String forStage = "?project=" + project.slug() + "&stage=" + project.stage().number();
        return List.of(new ProjectLink("Open an opinion map for this stage", "/maps/new" + forStage),
                new ProjectLink("Import a Pol.is conversation for this stage", "/maps/import" + forStage));
    }

    /**
     * Scores questions or options by support across the groups of the project's most recent listed map in which
     * people here fall in two or more opinion groups ({@link BridgingRanking#supportAcrossGroups}); supporters
     * outside the map count in no group. Only people with an account here count, as only they can support:
     * participants imported from Pol.is shape the groups but are never among the supporters, so a map of imported
     * participants alone orders nothing. Memberships stay here: only the scores leave.
     */
    @Override
    public Optional<BridgingScores> scores(Project project, Map<Long, ? extends Collection<Long>> supportersOf) {
        for (long mapId : store.listedOfProject(project.id())) {
            Map<Long, Integer> groupOf = new HashMap<>(groups.groupOf(mapId));
            groupOf.keySet().removeIf(voter -> !OpinionMapStore.isAccount(voter));
            int count = groupOf.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            int[] size = new int[count];
            groupOf.values().forEach(g -> size[g - 1]++);
            int withPeopleHere = (int) Arrays.stream(size).filter(n -> n > 0).count();
            if (withPeopleHere >= 2) {
                Map<Long, Double> scores = new HashMap<>();
                supportersOf.forEach((contribution, supporters) -> {
                    int[] inGroup = new int[count];
                    supporters.stream().map(groupOf::get).filter(Objects::nonNull).forEach(g -> inGroup[g - 1]++);
                    // A group with nobody here scores every contribution alike, so it leaves the order unchanged.
                    scores.put(contribution, BridgingRanking.supportAcrossGroups(inGroup, size));
                });
                OpinionMapDetails map = store.byId(mapId).orElseThrow();
                return Optional.of(new BridgingScores(map.prompt(), map.path() + "/map", withPeopleHere, scores));
            }
        }
        return Optional.empty();
    }
}
