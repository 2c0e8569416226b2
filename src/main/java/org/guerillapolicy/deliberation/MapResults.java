package org.guerillapolicy.deliberation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.guerillapolicy.deliberation.internal.MapGroupStore;
import org.guerillapolicy.deliberation.internal.MapRecomputer;
import org.guerillapolicy.deliberation.internal.OpinionMapStore;
import org.guerillapolicy.deliberation.internal.StatementUseStore;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.ContributionKind;
import org.guerillapolicy.policy.ContributionOrigin;
import org.guerillapolicy.policy.Contributions;
import org.guerillapolicy.policy.EvidenceKind;
import org.guerillapolicy.policy.NewContribution;
import org.guerillapolicy.policy.Project;
import org.guerillapolicy.policy.Projects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Using a map's result: a common-ground statement becomes a question, evidence or an option in the map's
 * project, by the policy module's own rules, noting where it came from and how each group voted.
 */
@Service
public class MapResults {

    /** The kinds of contribution a statement can become. */
    public static final List<ContributionKind> KINDS =
            List.of(ContributionKind.QUESTION, ContributionKind.EVIDENCE, ContributionKind.OPTION);

    private static final String ONLY_OWNER_USES = "Only the map's owner can use its statements: the map is shared"
            + " only by link, and the contribution would link to it";

    private final OpinionMapStore store;
    private final StatementUseStore uses;
    private final MapGroupStore groups;
    private final MapRecomputer recomputer;
    private final Contributions contributions;
    private final Projects projects;

    MapResults(OpinionMapStore store, StatementUseStore uses, MapGroupStore groups, MapRecomputer recomputer,
            Contributions contributions, Projects projects) {
        this.store = store;
        this.uses = uses;
        this.groups = groups;
        this.recomputer = recomputer;
        this.contributions = contributions;
        this.projects = projects;
    }

    /** The map's common-ground statements (agreed by consensus), for using in its project. */
    public Set<Long> commonGround(OpinionMapDetails map) {
        return recomputer.snapshot(map.id()).agreed().stream().map(MapSnapshot.StatementShare::statementId)
                .collect(Collectors.toSet());
    }

    /** A statement of the map's common ground; a 404 for any other. */
    public Statement commonGroundStatement(OpinionMapDetails map, long statementId) {
        return store.statement(map.id(), statementId)
                .filter(s -> s.status() == StatementStatus.ACCEPTED && commonGround(map).contains(s.id()))
                .orElseThrow(() -> new NotFoundException("Common-ground statement"));
    }

    public List<GroupAgreement> agreement(OpinionMapDetails map, long statementId) {
        return groups.votesOn(map.id(), statementId).stream()
                .map(g -> new GroupAgreement(g.group(), g.voted(), g.agreed())).toList();
    }

    public List<StatementUse> uses(OpinionMapDetails map, Project project) {
        return uses.ofMap(map.id()).stream().map(use -> new StatementUse(use.statementId(), use.kind(),
                project.path() + "/" + use.kind().stage().page() + "#c-" + use.contributionId())).toList();
    }

    /**
     * Turns a common-ground statement into a contribution of the given kind to the map's project, credited to
     * the viewer; the project's stage rules apply. Once per statement and kind. The contribution links to the map,
     * so a map shared only by link can be used only by its owner. Returns the contribution's id.
     */
    @Transactional
    public long use(OpinionMapDetails map, Project project, Viewer viewer, long statementId, ContributionKind kind) {
        if (!map.attached() || map.projectId() != project.id()) {
            throw new NotFoundException("Opinion map");
        }
        Statement statement = commonGroundStatement(map, statementId);
        refusal(map, viewer).ifPresent(problem -> {
            throw new OpinionMapException("kind", problem);
        });
        if (kind == null || !KINDS.contains(kind)) {
            throw new OpinionMapException("kind", "Choose whether it becomes a question, evidence or an option");
        }
        if (uses.used(statementId, kind)) {
            throw new OpinionMapException("kind", "This statement is already " + article(kind) + " in the project:"
                    + " choose another kind, or see it from the map");
        }
        String detail = agreement(map, statementId).stream().map(GroupAgreement::describe)
                .collect(Collectors.joining("; "));
        ContributionOrigin origin = new ContributionOrigin("From the opinion map: " + map.prompt(),
                map.path() + "/map", detail.isEmpty() ? "" : "How each opinion group voted: " + detail);
        long id = contributions.contribute(project, viewer, contribution(kind, statement.body()), List.of(), origin);
        uses.insert(map.id(), statementId, kind, id, viewer.accountId());
        projects.record(project.id(), viewer, kind.label() + " added from the common ground of the opinion map "
                + map.prompt() + ": " + statement.body());
        return id;
    }

    /**
     * Why the viewer may not use the map's statements in its project, if they may not: a contribution links to
     * the map it came from, so a map shared only by link is used only by its owner.
     */
    public Optional<String> refusal(OpinionMapDetails map, Viewer viewer) {
        return MapAudience.mayLinkFromElsewhere(map, viewer.accountId()) ? Optional.empty()
                : Optional.of(ONLY_OWNER_USES);
    }

    /** The kind as it reads in a sentence: "a question", "evidence", "an option". */
    public static String article(ContributionKind kind) {
        return switch (kind) {
            case EVIDENCE -> "evidence";
            case OPTION -> "an option";
            default -> "a " + kind.label().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The statement as an option's title: whole if it fits (imported statements may not), else cut at a word. */
    static String title(String text) {
        if (text.length() <= Contributions.MAX_TITLE) {
            return text;
        }
        String cut = text.substring(0, Contributions.MAX_TITLE - 1);
        if (Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
            cut = cut.substring(0, cut.length() - 1);
        }
        int space = cut.lastIndexOf(' ');
        return (space > Contributions.MAX_TITLE / 2 ? cut.substring(0, space) : cut).strip() + "\u2026";
    }

    private static NewContribution contribution(ContributionKind kind, String text) {
        return switch (kind) {
            case OPTION -> new NewContribution(kind, title(text), text, null, "", null, "", null, null);
            // What people across the opinion groups agreed on is data about their views.
            case EVIDENCE -> new NewContribution(kind, "", text, EvidenceKind.DATA, "", null, "", null, null);
            default -> NewContribution.question(text);
        };
    }
}
