package org.guerillapolicy.policy;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.guerillapolicy.accounts.AccountSummary;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.platform.Ids;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.policy.internal.DraftDocument;
import org.guerillapolicy.policy.internal.DraftStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stage 4: the draft in versions, paragraph comments, and amendments accepted into a new version or declined. */
@Service
public class Drafts {

    static final int MAX_MARKDOWN = 200_000;

    private final DraftStore store;
    private final Projects projects;
    private final Contributions contributions;
    private final Accounts accounts;
    private final Ids ids;
    private final ApplicationEventPublisher events;

    Drafts(DraftStore store, Projects projects, Contributions contributions, Accounts accounts, Ids ids,
           ApplicationEventPublisher events) {
        this.store = store;
        this.projects = projects;
        this.contributions = contributions;
        this.accounts = accounts;
        this.ids = ids;
        this.events = events;
    }

    public Optional<DraftVersion> current(Project project) {
        int latest = store.latestNumber(project.id());
        return latest == 0 ? Optional.empty() : Optional.of(version(project, latest));
    }

    public DraftVersion version(Project project, int number) {
        return store.version(project.id(), number).map(row -> view(List.of(row)).getFirst())
                .orElseThrow(() -> new NotFoundException("Draft version"));
    }

    public List<DraftVersion> versions(Project project) {
        return view(store.versions(project.id()));
    }

    public List<Paragraph> paragraphs(DraftVersion version) {
        return DraftDocument.parse(version.markdown()).paragraphs(version.anchors());
    }

    public Optional<Paragraph> paragraph(DraftVersion version, String anchor) {
        return paragraphs(version).stream().filter(p -> p.anchor().equals(anchor)).findFirst();
    }

    /** The lines removed and added since the version before; the first version is all added. */
    public List<DiffLine> changes(Project project, int number) {
        List<String> before = number > 1 ? lines(version(project, number - 1).markdown()) : List.of();
        List<String> after = lines(version(project, number).markdown());
        List<DiffLine> diff = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            for (; at < delta.getSource().getPosition(); at++) {
                diff.add(new DiffLine(DiffLine.Change.SAME, before.get(at)));
            }
            delta.getSource().getLines().forEach(line -> diff.add(new DiffLine(DiffLine.Change.REMOVED, line)));
            delta.getTarget().getLines().forEach(line -> diff.add(new DiffLine(DiffLine.Change.ADDED, line)));
            at += delta.getSource().size();
        }
        for (; at < before.size(); at++) {
            diff.add(new DiffLine(DiffLine.Change.SAME, before.get(at)));
        }
        return diff;
    }

    @Transactional
    public int save(Project project, Viewer viewer, String markdown, String note) {
        projects.requireOwner(project, viewer);
        requireDraftStage(project);
        // Browsers send a textarea's lines ending in CRLF; versions are kept with LF so diffs compare lines alike.
        String text = markdown == null ? "" : markdown.replace("\r\n", "\n").strip();
        if (text.isEmpty()) {
            throw new PolicyException("markdown", "Enter the text of the draft");
        }
        if (text.length() > MAX_MARKDOWN) {
            throw new PolicyException("markdown", "The draft must be 200,000 characters or fewer");
        }
        String why = note == null ? "" : note.strip();
        if (why.length() > 500) {
            throw new PolicyException("note", "The note must be 500 characters or fewer");
        }
        return saveVersion(project, viewer, text + "\n", why.isEmpty() ? "Edited by the owners" : why, null);
    }

    @Transactional
    public long comment(Project project, Viewer viewer, String anchor, String text) {
        requireParagraph(project, anchor);
        return contributions.contribute(project, viewer, new NewContribution(ContributionKind.COMMENT, "", text,
                null, "", null, "", null, anchor), List.of());
    }

    /** A concrete change: the replacement text for one paragraph. */
    @Transactional
    public long proposeAmendment(Project project, Viewer viewer, String anchor, String replacement) {
        Paragraph paragraph = requireParagraph(project, anchor);
        if (replacement != null && replacement.replace("\r\n", "\n").strip().equals(paragraph.source())) {
            throw new PolicyException("body", "Change the text of the paragraph to propose an amendment");
        }
        return contributions.contribute(project, viewer, new NewContribution(ContributionKind.AMENDMENT, "",
                replacement, null, "", null, "", null, anchor), List.of());
    }

    /** The amendment's text replaces its paragraph in a new version, which credits the amendment's author. */
    @Transactional
    public int accept(Project project, Viewer viewer, long amendmentId) {
        projects.requireOwner(project, viewer);
        requireDraftStage(project);
        Contribution amendment = openAmendment(project, amendmentId, viewer);
        DraftVersion current = current(project).orElseThrow();
        int index = current.anchors().indexOf(amendment.paragraph());
        if (index < 0) {
            throw new PolicyException(null, "The paragraph this amendment changes is no longer in the draft: decline it with a reason");
        }
        String markdown = DraftDocument.parse(current.markdown()).replacing(index, amendment.body());
        int number = saveVersion(project, viewer, markdown,
                "Amendment by " + amendment.author().displayName() + " accepted", amendment.author().id());
        contributions.decide(project, viewer, amendmentId, Outcome.ADOPTED, "Accepted into the draft", number);
        return number;
    }

    @Transactional
    public void decline(Project project, Viewer viewer, long amendmentId, String reason) {
        projects.requireOwner(project, viewer);
        openAmendment(project, amendmentId, viewer);
        if (reason == null || reason.isBlank()) {
            throw new PolicyException("reason", "Give the reason the amendment is declined");
        }
        contributions.decide(project, viewer, amendmentId, Outcome.NOT_ADOPTED, reason, null);
    }

    /** Owners publish the latest version once every contribution has an outcome. */
    @Transactional
    public void publish(Project project, Viewer viewer, Licence licence) {
        projects.requireOwner(project, viewer);
        requireDraftStage(project);
        DraftVersion current = current(project)
                .orElseThrow(() -> new PolicyException(null, "Write the draft before publishing it"));
        OutcomeShare share = contributions.share(project);
        if (!share.complete()) {
            int open = share.total() - share.decided();
            throw new PolicyException(null, open + (open == 1 ? " contribution has" : " contributions have")
                    + " no outcome yet: give every contribution an outcome before publishing");
        }
        projects.publish(project, current.number(), licence == null ? Licence.CC_BY : licence);
        projects.record(project.id(), viewer, "Published version " + current.number() + " as the paper");
        events.publishEvent(new PaperPublished(project.id(), current.number(), viewer.accountId()));
    }

    /** Everyone whose contribution shaped the paper: adopted contributions and authors of versions. */
    public List<AccountSummary> credits(Project project) {
        List<Long> ids = Stream.concat(
                        contributions.all(project).stream()
                                .filter(c -> c.outcome() == Outcome.ADOPTED || c.outcome() == Outcome.CHANGED)
                                .map(c -> c.author().id()),
                        store.versions(project.id()).stream()
                                .flatMap(v -> Stream.of(v.authorId(), v.creditedId())).filter(id -> id != null))
                .distinct().toList();
        Map<Long, AccountSummary> people = accounts.summaries(ids);
        return ids.stream().map(people::get).filter(p -> p != null)
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName())).toList();
    }

    private int saveVersion(Project project, Viewer viewer, String markdown, String note, Long creditedId) {
        DraftDocument document = DraftDocument.parse(markdown);
        Optional<DraftVersion> previous = current(project);
        List<String> anchors = document.anchorsAfter(
                previous.map(v -> DraftDocument.parse(v.markdown()).sources()).orElse(List.of()),
                previous.map(DraftVersion::anchors).orElse(List.of()),
                () -> "p-" + Long.toString(ids.next(), 36));
        int number = store.insert(project.id(), markdown, anchors, viewer.accountId(), creditedId, note);
        projects.record(project.id(), viewer, "Draft version " + number + " saved: " + note);
        events.publishEvent(new DraftVersionSaved(project.id(), number, viewer.accountId()));
        return number;
    }

    private Paragraph requireParagraph(Project project, String anchor) {
        return current(project).flatMap(version -> paragraph(version, anchor))
                .orElseThrow(() -> new NotFoundException("Paragraph"));
    }

    private Contribution openAmendment(Project project, long id, Viewer viewer) {
        Contribution amendment = contributions.find(project, id, viewer);
        if (amendment.kind() != ContributionKind.AMENDMENT) {
            throw new NotFoundException("Amendment");
        }
        if (amendment.hasOutcome()) {
            throw new PolicyException(null, "This amendment has already been decided");
        }
        return amendment;
    }

    private static void requireDraftStage(Project project) {
        if (project.stage() != Stage.DRAFT) {
            throw new PolicyException(null, "The draft can only change in stage 4; this project is in stage "
                    + project.stage().number());
        }
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    private List<DraftVersion> view(List<DraftStore.Row> rows) {
        Map<Long, AccountSummary> people = accounts.summaries(rows.stream()
                .flatMap(r -> Stream.of(r.authorId(), r.creditedId())).filter(id -> id != null).distinct().toList());
        return rows.stream().map(r -> new DraftVersion(r.number(), r.markdown(), r.anchors(), people.get(r.authorId()),
                r.creditedId() == null ? null : people.get(r.creditedId()), r.note(), r.createdAt())).toList();
    }
}
