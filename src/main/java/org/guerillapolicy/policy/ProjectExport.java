package org.guerillapolicy.policy;

import java.time.Instant;
import java.util.List;

/**
 * A project as open data. Authors appear only by the name they chose to show (a pseudonym if they chose
 * one) and the role they gave; never by username or email address.
 */
public record ProjectExport(String title, String summary, String stage, String licence, Instant exportedAt,
                           List<Item> contributions) {

    public record Item(long id, String kind, String author, boolean authorPseudonymous, String contributorRole,
                       String title, String text, String evidenceKind, String source, String sector,
                       String locality, String paragraph, Long replyTo, Long mergedInto, int supporters, String outcome,
                       String outcomeReason, Integer outcomeVersion, Instant createdAt) {
    }

    public static final List<String> CSV_COLUMNS = List.of("id", "kind", "author", "author_pseudonymous",
            "contributor_role", "title", "text", "evidence_kind", "source", "sector", "locality", "paragraph",
            "reply_to", "merged_into", "supporters", "outcome", "outcome_reason", "outcome_version", "created_at");

    static ProjectExport of(Project project, List<Contribution> contributions, Instant now) {
        return new ProjectExport(project.title(), project.summary(), project.stage().label(),
                project.published() ? project.licenceOrDefault().label() : null, now,
                contributions.stream().map(c -> new Item(c.id(), c.kind().name(), c.author().displayName(),
                        c.author().pseudonymous(), c.contributorRole() == null ? null : c.contributorRole().label(),
                        c.title(), c.body(), c.evidenceKind() == null ? null : c.evidenceKind().label(), c.source(),
                        c.sector() == null ? null : c.sector().label(), c.locality(), c.paragraph(), c.replyTo(), c.mergedInto(),
                        c.supporters(), c.outcome() == null ? null : c.outcome().label(), c.outcomeReason(),
                        c.outcomeVersion(), c.createdAt())).toList());
    }

    public List<List<Object>> rows() {
        return contributions.stream().map(i -> java.util.Arrays.<Object>asList(i.id(), i.kind(), i.author(),
                i.authorPseudonymous(), i.contributorRole(), i.title(), i.text(), i.evidenceKind(), i.source(),
                i.sector(), i.locality(), i.paragraph(), i.replyTo(), i.mergedInto(), i.supporters(), i.outcome(),
                i.outcomeReason(), i.outcomeVersion(), i.createdAt())).toList();
    }
}
