package org.guerillapolicy.policy;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.guerillapolicy.accounts.Account;
import org.guerillapolicy.accounts.AccountSummary;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.groups.Group;
import org.guerillapolicy.groups.Groups;
import org.guerillapolicy.platform.Ids;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Page;
import org.guerillapolicy.platform.Paging;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.internal.ProjectStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting projects, finding the ones a viewer may see, moving them through their stages, and following them. */
@Service
public class Projects {

    private static final Set<String> RESERVED_SLUGS = Set.of("new");

    private final ProjectStore store;
    private final Groups groups;
    private final Accounts accounts;
    private final Ids ids;
    private final ApplicationEventPublisher events;

    Projects(ProjectStore store, Groups groups, Accounts accounts, Ids ids, ApplicationEventPublisher events) {
        this.store = store;
        this.groups = groups;
        this.accounts = accounts;
        this.ids = ids;
        this.events = events;
    }

    @Transactional
    public Project start(Viewer viewer, NewProject project) {
        String slug = project.slug() == null ? "" : project.slug().strip().toLowerCase(Locale.ROOT);
        if (!slug.matches(Project.SLUG_PATTERN) || RESERVED_SLUGS.contains(slug)) {
            throw new PolicyException("slug", "Enter a web address of 2 to 60 lower-case letters, digits or hyphens");
        }
        if (store.slugTaken(slug)) {
            throw new PolicyException("slug", "A project already uses the address " + slug + ": choose another");
        }
        Group group = null;
        if (project.groupSlug() != null && !project.groupSlug().isBlank()) {
            group = groups.bySlug(project.groupSlug().strip())
                    .filter(g -> groups.isMember(g.id(), viewer.accountId()))
                    .orElseThrow(() -> new PolicyException("groupSlug", "Choose one of your groups"));
        }
        if (project.visibility() == ProjectVisibility.GROUP) {
            // One audience rule: a project is private exactly when it is read through a private group's rule.
            if (group == null) {
                throw new PolicyException("groupSlug", "Choose the working group a private project belongs to");
            }
            if (!group.isPrivate()) {
                throw new PolicyException("groupSlug", group.name() + " is a public group, so anyone can see its work:"
                        + " choose a private group to keep the project private");
            }
        }
        Long groupId = group == null ? null : group.id();
        long id = ids.next();
        store.insert(id, slug, project.title().strip(), project.summary() == null ? "" : project.summary().strip(),
                viewer.accountId(), groupId, project.visibility());
        record(id, viewer, "Project started");
        events.publishEvent(new ProjectStarted(id, viewer.accountId(), groupId));
        return store.byId(id).orElseThrow();
    }

    /** The project, if the viewer may see it; a 404 otherwise, so a private project's address reveals nothing. */
    /** A project whoever asks, for the search index only: search applies {@link ProjectAudience} when it reads. */
    public Optional<Project> forIndex(long id) {
        return store.byId(id);
    }

    public List<Project> batchForIndex(long afterId, int size) {
        return store.batchAfter(afterId, size);
    }

    public Project find(String slug, Viewer viewer) {
        return store.visibleBySlug(slug.toLowerCase(Locale.ROOT), viewerKey(viewer))
                .orElseThrow(() -> new NotFoundException("Project"));
    }

    public Page<Project> visible(Viewer viewer, Long before) {
        Paging paging = Paging.of(before, null);
        return Page.fromRows(store.visible(viewerKey(viewer), before, paging.size() + 1), paging, Project::id);
    }

    /** The project's founder, and the owner and moderators of the group that owns it. */
    public boolean owns(Project project, Viewer viewer) {
        if (!viewer.signedIn()) {
            return false;
        }
        if (viewer.is(project.createdBy())) {
            return true;
        }
        return project.groupId() != null && groups.byId(project.groupId())
                .map(group -> groups.membership(group, viewer).moderates()).orElse(false);
    }

    /** The owners and the working group's members: those who may run activities for the project, such as an opinion map. */
    public boolean worksOn(Project project, Viewer viewer) {
        return owns(project, viewer) || (viewer.signedIn() && project.groupId() != null
                && groups.isMember(project.groupId(), viewer.accountId()));
    }

    /** The project by id, if the viewer may see it. */
    public Optional<Project> find(long id, Viewer viewer) {
        return store.visibleById(id, viewerKey(viewer));
    }

    public void requireOwner(Project project, Viewer viewer) {
        if (!owns(project, viewer)) {
            throw new PolicyException(null, "Only the project's owners can do that");
        }
    }

    public Group group(Project project) {
        return project.groupId() == null ? null : groups.byId(project.groupId()).orElse(null);
    }

    public List<Group> groupsOf(Viewer viewer) {
        return viewer.signedIn() ? groups.ofMember(viewer.accountId()) : List.of();
    }

    /** Owners move a project one stage at a time; the paper is published from the draft, not by moving on. */
    @Transactional
    public void move(Project project, Viewer viewer, boolean forward) {
        requireOwner(project, viewer);
        Stage stage = project.stage();
        if (forward && stage == Stage.DRAFT) {
            throw new PolicyException(null, "Publish the paper from the draft page to move to stage 5");
        }
        if (forward && stage == Stage.PUBLISH && !project.published()) {
            throw new PolicyException(null, "Publish the paper before moving to implementation");
        }
        if (forward ? !stage.hasNext() : !stage.hasPrevious()) {
            throw new PolicyException(null, "The project is already at its " + (forward ? "last" : "first") + " stage");
        }
        Stage next = Stage.of(stage.number() + (forward ? 1 : -1));
        store.setStage(project.id(), next);
        record(project.id(), viewer, "Moved to stage " + next.number() + ": " + next.label());
        events.publishEvent(new ProjectStageMoved(project.id(), next.number(), viewer.accountId()));
    }

    /** Called by {@link Drafts#publish} once the paper may be published. */
    void publish(Project project, int version, Licence licence) {
        store.publish(project.id(), version, licence.name());
    }

    @Transactional
    public void follow(Project project, Viewer viewer) {
        if (store.follow(project.id(), viewer.accountId())) {
            events.publishEvent(new ProjectFollowed(project.id(), viewer.accountId()));
        }
    }

    @Transactional
    public void unfollow(Project project, Viewer viewer) {
        store.unfollow(project.id(), viewer.accountId());
    }

    public boolean follows(Project project, Viewer viewer) {
        return viewer.signedIn() && store.follows(project.id(), viewer.accountId());
    }

    public int followerCount(Project project) {
        return store.followerCount(project.id());
    }

    /** What happened lately in the projects the viewer follows, for their home page. */
    public List<FollowedProjectNews> followedNews(Viewer viewer, int limit) {
        return store.followedActivity(viewer.accountId(), limit).stream()
                .map(row -> new FollowedProjectNews(row.title(), "/projects/" + row.slug(), row.summary(), row.at()))
                .toList();
    }

    /** Consultations that inform the project and have published their outcome. */
    public List<ConsultationTrace> consultations(Project project) {
        return store.consultations(project.id());
    }

    public List<ProjectEntry> timeline(Project project) {
        return store.timeline(project.id()).stream().map(row -> new ProjectEntry(row.summary(), row.at())).toList();
    }

    /** One entry on the project's timeline, written with the change it describes. */
    public void record(long projectId, Viewer viewer, String summary) {
        store.record(ids.next(), projectId, viewer.accountId(), summary);
    }

    public Participants participants(Project project) {
        List<Account> people = store.participantIds(project.id()).stream()
                .flatMap(id -> accounts.byId(id).stream())
                .sorted(Comparator.comparing(Account::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        Map<String, List<AccountSummary>> byRole = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            List<AccountSummary> withRole = people.stream().filter(a -> a.roles().contains(role)).map(Account::summary).toList();
            if (!withRole.isEmpty()) {
                byRole.put(role.label(), withRole);
            }
        }
        List<AccountSummary> noRole = people.stream().filter(a -> a.roles().isEmpty()).map(Account::summary).toList();
        if (!noRole.isEmpty()) {
            byRole.put("No role given", noRole);
        }
        Map<String, Long> bySector = people.stream().flatMap(a -> a.sectors().stream())
                .collect(Collectors.groupingBy(Sector::label, TreeMap::new, Collectors.counting()));
        return new Participants(people.size(), byRole, bySector);
    }

    Project byId(long id) {
        return store.byId(id).orElseThrow(() -> new NotFoundException("Project"));
    }

    private static long viewerKey(Viewer viewer) {
        return viewer.signedIn() ? viewer.accountId() : -1;
    }
}
