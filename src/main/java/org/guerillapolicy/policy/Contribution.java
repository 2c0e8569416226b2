package org.guerillapolicy.policy;

import java.time.Instant;
import org.guerillapolicy.accounts.AccountSummary;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;

/**
 * A question, piece of evidence, option, comment (on a draft paragraph, or a reply to evidence or an option)
 * or amendment, with what became of it.
 */
public record Contribution(long id, long projectId, ContributionKind kind, AccountSummary author, String title,
                           String body, EvidenceKind evidenceKind, String source, Sector sector, String locality,
                           Role contributorRole, String paragraph, Long mergedInto, Outcome outcome,
                           String outcomeReason, Integer outcomeVersion, Instant outcomeAt, Instant createdAt,
                           int supporters, boolean supportedByViewer, Long replyTo) {

    public boolean hasOutcome() {
        return outcome != null;
    }

    /** A short name for lists: the title, or the start of the text. */
    public String headline() {
        if (!title.isBlank()) {
            return title;
        }
        return body.length() <= 90 ? body : body.substring(0, 87).stripTrailing() + "...";
    }

    public boolean sourceIsLink() {
        return source.startsWith("https://") || source.startsWith("http://");
    }
}
