package org.guerillapolicy.deliberation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.guerillapolicy.deliberation.internal.MapGroupStore;
import org.guerillapolicy.deliberation.internal.OpinionMapStore;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.OpinionGroups;
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
 * lists, and the opinion groups its options can be ordered by.
 */
@Service
public class ProjectMaps implements ProjectActivities, ProjectOpinionGroups {

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
            throw new OpinionMapException("project",
                    "Only the project's owners and the members of its working group can open a map for it");
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

    @Override
    public List<ProjectActivity> attached(Project project, Viewer viewer) {
        return store.ofProject(project.id(), viewer.signedIn() ? viewer.accountId() : OpinionMapStore.VISITOR).stream()
                .map(m -> new ProjectActivity("Opinion map", m.prompt(), m.path(), Stage.of(m.projectStage())))
                .toList();
    }

    @Override
    public List<ProjectLink> offers(Project project, Viewer viewer) {
        if (!projects.worksOn(project, viewer)) {
            return List.of();
        }
        return List.of(new ProjectLink("Open an opinion map for this stage",
                "/maps/new?project=" + project.slug() + "&stage=" + project.stage().number()));
    }

    /** The groups of the project's most recent map in which two or more opinion groups have formed. */
    @Override
    public Optional<OpinionGroups> latest(Project project) {
        for (long mapId : store.attachedTo(project.id())) {
            Map<Long, Integer> groupOf = groups.groupOf(mapId);
            int count = groupOf.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (count >= 2) {
                OpinionMapDetails map = store.byId(mapId).orElseThrow();
                Map<Integer, Long> sizes = groupOf.values().stream()
                        .collect(Collectors.groupingBy(g -> g, Collectors.counting()));
                List<Integer> sizeList = java.util.stream.IntStream.rangeClosed(1, count)
                        .mapToObj(g -> sizes.getOrDefault(g, 0L).intValue()).toList();
                Map<Long, Integer> fromZero = groupOf.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() - 1));
                return Optional.of(new OpinionGroups(map.prompt(), map.path() + "/map", sizeList,
                        Collections.unmodifiableMap(fromZero)));
            }
        }
        return Optional.empty();
    }
}
