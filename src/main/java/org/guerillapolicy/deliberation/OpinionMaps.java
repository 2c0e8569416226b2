package org.guerillapolicy.deliberation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.deliberation.internal.MapExport;
import org.guerillapolicy.deliberation.internal.MapRecomputer;
import org.guerillapolicy.deliberation.internal.OpinionMapStore;
import org.guerillapolicy.platform.Ids;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.Projects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The deliberation module's API: open opinion maps, take part in them, moderate them and read their maps. */
@Service
public class OpinionMaps {

    public static final int MAX_SEED_STATEMENTS = 50;
    private static final int LISTED_PAGE = 50;

    private final OpinionMapStore store;
    private final MapRecomputer recomputer;
    private final MapExport export;
    private final Ids ids;
    private final ApplicationEventPublisher events;
    private final Projects projects;
    private final ConsultationMaps consultationMaps;

    OpinionMaps(OpinionMapStore store, MapRecomputer recomputer, MapExport export, Ids ids,
            ApplicationEventPublisher events, Projects projects, ConsultationMaps consultationMaps) {
        this.consultationMaps = consultationMaps;
        this.store = store;
        this.recomputer = recomputer;
        this.export = export;
        this.ids = ids;
        this.events = events;
        this.projects = projects;
    }

    /**
     * Opens a map, as part of a stage of a project or of a consultation when one is given (see
     * {@link ProjectMaps#attachment} and {@link ConsultationMaps#attachment}; at most one of them).
     */
    @Transactional
    public OpinionMapDetails open(Viewer viewer, MapAttachment attachment, Consultation consultation, String prompt,
            List<String> seeds, Participation participation, boolean openStatements, Moderation moderation) {
        long id = create(viewer, attachment, consultation, prompt, participation, openStatements, moderation);
        for (String seed : seeds) {
            store.insertStatement(ids.next(), id, viewer.accountId(), seed.strip(), StatementStatus.ACCEPTED);
        }
        events.publishEvent(new OpinionMapOpened(id, viewer.accountId()));
        return store.byId(id).orElseThrow();
    }

    /**
     * Stores a new map, without statements, after checking that the viewer may add it to the project or
     * consultation given (checked here, whoever the caller); records it on the project's timeline. Returns its id.
     */
    long create(Viewer viewer, MapAttachment attachment, Consultation consultation, String prompt,
            Participation participation, boolean openStatements, Moderation moderation) {
        if (attachment != null && consultation != null) {
            throw new OpinionMapException("consultation", "A map is part of a project or of a consultation, not both");
        }
        if (attachment != null && !projects.worksOn(attachment.project(), viewer)) {
            throw new OpinionMapException("project", ProjectMaps.NOT_ON_THE_PROJECT);
        }
        if (consultation != null && !consultationMaps.mayOpenFor(consultation, viewer)) {
            throw new OpinionMapException("consultation",
                    "Only the organisers of a published consultation can open a map for it");
        }
        long id = ids.next();
        store.insert(id, prompt.strip(), participation, openStatements, moderation, viewer.accountId(),
                attachment == null ? null : attachment.project().id(),
                attachment == null ? null : attachment.stage().number(),
                consultation == null ? null : consultation.id());
        if (attachment != null) {
            // An unlisted map is for those who have its link, so the project's timeline does not name it.
            projects.record(attachment.project().id(), viewer, "Opinion map opened for stage "
                    + attachment.stage().number() + (participation == Participation.LISTED ? ": " + prompt.strip()
                    : ", shared only with people who have its link"));
        }
        return id;
    }

    /** The map, if the viewer may see it ({@link MapAudience}); a 404 otherwise, whatever the path. */
    public OpinionMapDetails find(long id, Viewer viewer) {
        return store.visibleById(id, OpinionMapStore.audienceId(viewer))
                .orElseThrow(() -> new NotFoundException("Opinion map"));
    }

    /**
     * Whether anyone at all, signed in or not, may read the map: the audience rule applied for a visitor. A map of
     * a private project is not, so its results may never go on a public page.
     */
    public boolean readableByEveryone(OpinionMapDetails map) {
        return store.visibleById(map.id(), OpinionMapStore.VISITOR).isPresent();
    }

    public List<OpinionMapDetails> listed(Long before, Viewer viewer) {
        return store.listed(before, LISTED_PAGE, OpinionMapStore.audienceId(viewer));
    }

    public List<Statement> statements(OpinionMapDetails map) {
        return store.statements(map.id());
    }

    /**
     * The next statement for the viewer to vote on: one not yet voted on, drawn with probability proportional to
     * its priority in the latest map (Pol.is routing; statements not yet in the map weigh 1).
     */
    public Optional<Statement> next(OpinionMapDetails map, Viewer viewer) {
        Set<Long> voted = viewer.signedIn() ? new HashSet<>(store.votedBy(map.id(), viewer.accountId())) : Set.of();
        List<Statement> open = store.statements(map.id()).stream()
                .filter(s -> s.status() == StatementStatus.ACCEPTED && !voted.contains(s.id())).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        var priorities = recomputer.snapshot(map.id()).priorities();
        double[] weights = open.stream().mapToDouble(s -> priorities.getOrDefault(s.id(), 1.0)).toArray();
        double total = java.util.Arrays.stream(weights).sum();
        double target = ThreadLocalRandom.current().nextDouble() * total;
        for (int i = 0; i < open.size(); i++) {
            target -= weights[i];
            if (target < 0) {
                return Optional.of(open.get(i));
            }
        }
        return Optional.of(open.getLast());
    }

    public int votesBy(OpinionMapDetails map, Viewer viewer) {
        return viewer.signedIn() ? store.votedBy(map.id(), viewer.accountId()).size() : 0;
    }

    @Transactional
    public void vote(OpinionMapDetails map, Viewer viewer, long statementId, int vote) {
        Statement statement = store.statement(map.id(), statementId)
                .filter(s -> s.status() == StatementStatus.ACCEPTED)
                .orElseThrow(() -> new OpinionMapException(null, "That statement is no longer open for votes"));
        if (vote < -1 || vote > 1) {
            throw new OpinionMapException(null, "Choose agree, disagree or pass");
        }
        store.join(map.id(), viewer.accountId());
        store.vote(map.id(), statement.id(), viewer.accountId(), vote);
        recomputer.request(map.id());
    }

    /** Adds a participant's statement: shown at once, or after the owner accepts it, as the map is set. */
    @Transactional
    public Statement propose(OpinionMapDetails map, Viewer viewer, String body) {
        if (!map.openStatements() && !map.ownedBy(viewer.accountId())) {
            throw new OpinionMapException("body", "This map does not take new statements");
        }
        String text = body == null ? "" : body.strip();
        if (!Statement.fits(text)) {
            throw new OpinionMapException("body", "Write a statement of 1 to 140 characters");
        }
        if (store.statements(map.id()).stream().anyMatch(existing -> existing.status() != StatementStatus.REJECTED
                && Statement.same(existing.body(), text))) {
            throw new OpinionMapException("body", "The map already has that statement: vote on it instead");
        }
        boolean waits = map.moderation() == Moderation.PRE && !map.ownedBy(viewer.accountId());
        long id = ids.next();
        store.insertStatement(id, map.id(), viewer.accountId(), text,
                waits ? StatementStatus.PENDING : StatementStatus.ACCEPTED);
        store.join(map.id(), viewer.accountId());
        if (waits) {
            events.publishEvent(new OpinionStatementProposed(map.id(), id, map.createdBy()));
        }
        return store.statement(map.id(), id).orElseThrow();
    }

    @Transactional
    public void moderate(OpinionMapDetails map, Viewer viewer, long statementId, boolean accept) {
        if (!MapAudience.mayModerate(map, viewer.accountId())) {
            throw new NotFoundException("Opinion map");
        }
        store.statement(map.id(), statementId).orElseThrow(() -> new NotFoundException("Statement"));
        store.setStatus(statementId, accept ? StatementStatus.ACCEPTED : StatementStatus.REJECTED);
        store.changed(map.id());
        recomputer.request(map.id());
    }

    public Optional<ParticipantRole> role(OpinionMapDetails map, Viewer viewer) {
        return viewer.signedIn() ? store.role(map.id(), viewer.accountId()) : Optional.empty();
    }

    @Transactional
    public void setRole(OpinionMapDetails map, Viewer viewer, ParticipantRole role) {
        store.setRole(map.id(), viewer.accountId(), role);
        store.changed(map.id());
        recomputer.request(map.id());
    }

    /** The latest computed map; if votes changed since, a recomputation is under way (or started now). */
    public MapSnapshot snapshot(OpinionMapDetails map) {
        if (store.stale(map.id())) {
            recomputer.request(map.id());
        }
        return recomputer.snapshot(map.id());
    }

    /** Writes one of the Pol.is export files of a map (comments.csv, votes.csv or participants-votes.csv). */
    public void export(OpinionMapDetails map, Viewer viewer, String file, Appendable out) {
        export.write(map, MapAudience.mayModerate(map, viewer.accountId()), file, out);
    }
}
