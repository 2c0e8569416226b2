package org.guerillapolicy.policy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.guerillapolicy.accounts.AccountSummary;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.platform.Ids;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.internal.ContributionOriginStore;
import org.guerillapolicy.policy.internal.ContributionStore;
import org.guerillapolicy.policy.internal.ContributionStore.Filter;
import org.guerillapolicy.policy.internal.ContributionStore.Row;
import org.guerillapolicy.policy.internal.ProjectStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions, evidence, options, paragraph comments and amendments, and what became of each. Callers pass
 * a project from {@link Projects#find}, so the audience rule has already been applied.
 */
@Service
public class Contributions {

    /** The longest title of an option, in characters. */
    public static final int MAX_TITLE = 200;
    static final int MAX_BODY = 10_000;

    private final ContributionStore store;
    private final ContributionOriginStore origins;
    private final ProjectStore projects;
    private final Projects projectService;
    private final Accounts accounts;
    private final Ids ids;
    private final ApplicationEventPublisher events;

    Contributions(ContributionStore store, ContributionOriginStore origins, ProjectStore projects, Projects projectService, Accounts accounts, Ids ids,
                  ApplicationEventPublisher events) {
        this.store = store;
        this.origins = origins;
        this.projects = projects;
        this.projectService = projectService;
        this.accounts = accounts;
        this.ids = ids;
        this.events = events;
    }

    @Transactional
    public long contribute(Project project, Viewer viewer, NewContribution contribution, Collection<Long> evidenceIds) {
        return contribute(project, viewer, contribution, evidenceIds, null);
    }

    /**
     * A contribution made from elsewhere on the platform (the common ground of an opinion map, say), which
     * keeps a note of where it came from; the same stage rules and checks apply as to any contribution.
     */
    @Transactional
    public long contribute(Project project, Viewer viewer, NewContribution contribution, Collection<Long> evidenceIds,
                           ContributionOrigin origin) {
        ContributionKind kind = contribution.kind();
        if (project.stage() != kind.stage()) {
            throw new PolicyException(null, (kind == ContributionKind.EVIDENCE ? "Evidence is" : kind.label() + "s are")
                    + " open in stage " + kind.stage().number()
                    + " (" + kind.stage().label() + "); this project is in stage " + project.stage().number());
        }
        String body = contribution.body() == null ? "" : contribution.body().strip();
        if (body.isEmpty()) {
            throw new PolicyException("body", "Enter the text of your " + kind.label().toLowerCase());
        }
        if (body.length() > MAX_BODY) {
            throw new PolicyException("body", "The text must be 10,000 characters or fewer");
        }
        if (kind == ContributionKind.EVIDENCE && contribution.evidenceKind() == null) {
            throw new PolicyException("evidenceKind", "Choose what kind of evidence this is");
        }
        if (kind == ContributionKind.OPTION && (contribution.title() == null || contribution.title().isBlank())) {
            throw new PolicyException("title", "Enter a title for the option");
        }
        if (contribution.title() != null && contribution.title().length() > MAX_TITLE) {
            throw new PolicyException("title", "The title must be 200 characters or fewer");
        }
        long id = ids.next();
        store.insert(id, project.id(), viewer.accountId(), new NewContribution(kind, contribution.title(), body,
                contribution.evidenceKind(), contribution.source(), contribution.sector(), contribution.locality(),
                contribution.contributorRole(), contribution.paragraph()));
        if (kind == ContributionKind.OPTION && evidenceIds != null) {
            Set<Long> ofProject = store.list(project.id(), ContributionKind.EVIDENCE, Filter.NONE, -1).stream()
                    .map(Row::id).collect(Collectors.toSet());
            store.linkEvidence(id, evidenceIds.stream().filter(ofProject::contains).toList());
        }
        if (origin != null) {
            origins.insert(id, origin);
        }
        events.publishEvent(new ContributionMade(project.id(), id, kind, viewer.accountId()));
        return id;
    }

    /** Where the project's contributions made from elsewhere came from, by contribution id. */
    public Map<Long, ContributionOrigin> origins(Project project) {
        return origins.ofProject(project.id());
    }

    /** The accounts supporting each standing contribution of a kind: for counting by group, never for showing. */
    Map<Long, List<Long>> supporters(Project project, ContributionKind kind) {
        return store.supporters(project.id(), kind);
    }

    /**
     * The author refines their option in the light of discussion, while options are open and before the
     * owners have decided on it; the project's timeline says so, and supporters stay with it.
     */
    @Transactional
    public void refineOption(Project project, Viewer viewer, long id, String title, String text) {
        Contribution option = find(project, id, viewer);
        if (option.kind() != ContributionKind.OPTION || !viewer.is(option.author().id())) {
            throw new PolicyException(null, "Only the person who proposed an option can refine it");
        }
        if (project.stage() != ContributionKind.OPTION.stage() || option.hasOutcome()) {
            throw new PolicyException(null, "Options can be refined while stage 3 is open and before the owners decide on them");
        }
        String body = text == null ? "" : text.strip();
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new PolicyException("title", "Enter a title for the option, in 200 characters or fewer");
        }
        if (body.isEmpty() || body.length() > MAX_BODY) {
            throw new PolicyException("body", "Enter the text of your option, in 10,000 characters or fewer");
        }
        store.refine(id, title.strip(), body);
        projectService.record(project.id(), viewer, "Option refined: " + title.strip());
    }

    /** A reply questioning a piece of evidence or discussing an option, while its stage is open. */
    @Transactional
    public long reply(Project project, Viewer viewer, long parentId, String text) {
        Contribution parent = find(project, parentId, viewer);
        if (parent.kind() != ContributionKind.EVIDENCE && parent.kind() != ContributionKind.OPTION) {
            throw new NotFoundException("Evidence or option");
        }
        if (project.stage() != parent.kind().stage()) {
            throw new PolicyException(null, "Replies are open while the project is in stage " + parent.kind().stage().number());
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_BODY) {
            throw new PolicyException("body", "Enter a reply of 10,000 characters or fewer");
        }
        long id = ids.next();
        store.insertReply(id, project.id(), viewer.accountId(), parentId, body);
        events.publishEvent(new ContributionMade(project.id(), id, ContributionKind.COMMENT, viewer.accountId()));
        return id;
    }

    /** Replies to evidence and options, by the id of what they answer. */
    public Map<Long, List<Contribution>> replies(Project project, Viewer viewer) {
        return view(store.replies(project.id(), key(viewer))).stream()
                .collect(Collectors.groupingBy(Contribution::replyTo));
    }

    public List<Contribution> list(Project project, ContributionKind kind, Viewer viewer) {
        return list(project, kind, viewer, null, null, null);
    }

    public List<Contribution> list(Project project, ContributionKind kind, Viewer viewer, EvidenceKind evidenceKind,
                                   Role role, Sector sector) {
        return view(store.list(project.id(), kind, new Filter(evidenceKind, role, sector), key(viewer)));
    }

    public Contribution find(Project project, long id, Viewer viewer) {
        return store.byId(project.id(), id, key(viewer)).map(row -> view(List.of(row)).getFirst())
                .orElseThrow(() -> new NotFoundException("Contribution"));
    }

    public List<Contribution> onParagraph(Project project, String anchor, Viewer viewer) {
        return view(store.onParagraph(project.id(), anchor, key(viewer)));
    }

    public Map<String, Integer> countsByParagraph(Project project) {
        return store.countsByParagraph(project.id());
    }

    public List<Contribution> all(Project project) {
        return view(store.all(project.id(), -1));
    }

    /** The project's contributions and outcomes as open data. */
    public ProjectExport export(Project project) {
        return ProjectExport.of(project, all(project), java.time.Instant.now());
    }

    public Map<Long, List<Long>> linkedEvidence(Project project) {
        return store.linkedEvidence(project.id());
    }

    /** Questions and options are supported; evidence is endorsed as matching the supporter's experience. */
    @Transactional
    public void support(Project project, Viewer viewer, long id, boolean support) {
        Contribution contribution = find(project, id, viewer);
        if (contribution.kind() == ContributionKind.COMMENT || contribution.kind() == ContributionKind.AMENDMENT) {
            throw new PolicyException(null, "Comments and amendments are not supported like questions");
        }
        if (support) {
            store.support(id, viewer.accountId());
        } else {
            store.withdrawSupport(id, viewer.accountId());
        }
    }

    /** Owners merge a duplicate question into another; its supporters and its author carry over. */
    @Transactional
    public void merge(Project project, Viewer viewer, long duplicateId, long targetId) {
        projectService.requireOwner(project, viewer);
        Contribution duplicate = find(project, duplicateId, viewer);
        Contribution target = find(project, targetId, viewer);
        if (duplicateId == targetId || duplicate.kind() != ContributionKind.QUESTION
                || target.kind() != ContributionKind.QUESTION || target.mergedInto() != null) {
            throw new PolicyException(null, "Choose two different questions to merge");
        }
        store.merge(duplicateId, targetId, "Merged with the question: " + target.headline());
        projectService.record(project.id(), viewer, "Merged a duplicate question into: " + target.headline());
        events.publishEvent(new ContributionOutcomeSet(project.id(), duplicateId, duplicate.author().id(),
                Outcome.CHANGED, viewer.accountId()));
    }

    @Transactional
    public void decide(Project project, Viewer viewer, long id, Outcome outcome, String reason, Integer version) {
        projectService.requireOwner(project, viewer);
        Contribution contribution = find(project, id, viewer);
        String why = reason == null ? "" : reason.strip();
        if (outcome == null) {
            throw new PolicyException("outcome", "Choose what became of this contribution");
        }
        if (outcome.needsReason() && why.isEmpty()) {
            throw new PolicyException("reason", "Give the reason it was " + outcome.label().toLowerCase());
        }
        if (why.length() > 2000) {
            throw new PolicyException("reason", "The reason must be 2,000 characters or fewer");
        }
        store.setOutcome(id, outcome, why, version);
        events.publishEvent(new ContributionOutcomeSet(project.id(), id, contribution.author().id(), outcome,
                viewer.accountId()));
    }

    public List<Contribution> open(Project project) {
        return view(store.withoutOutcome(project.id(), -1));
    }

    public OutcomeShare share(Project project) {
        ContributionStore.Share share = store.share(project.id());
        return new OutcomeShare(share.decided(), share.total());
    }

    public List<MyContribution> mine(Viewer viewer) {
        List<Contribution> mine = view(store.byAuthor(viewer.accountId()));
        Map<Long, Project> byId = mine.stream().map(Contribution::projectId).distinct()
                .flatMap(id -> projects.byId(id).stream())
                .collect(Collectors.toMap(Project::id, p -> p));
        return mine.stream().map(c -> new MyContribution(c, byId.get(c.projectId()))).toList();
    }

    private List<Contribution> view(List<Row> rows) {
        Map<Long, AccountSummary> authors = accounts.summaries(rows.stream().map(Row::authorId).distinct().toList());
        return rows.stream().map(r -> new Contribution(r.id(), r.projectId(), r.kind(), authors.get(r.authorId()),
                r.title(), r.body(), r.evidenceKind(), r.source(), r.sector(), r.locality(), r.role(), r.paragraph(),
                r.mergedInto(), r.outcome(), r.outcomeReason(), r.outcomeVersion(), r.outcomeAt(), r.createdAt(),
                r.supporters(), r.supported(), r.replyTo())).toList();
    }

    private static long key(Viewer viewer) {
        return viewer.signedIn() ? viewer.accountId() : -1;
    }
}
