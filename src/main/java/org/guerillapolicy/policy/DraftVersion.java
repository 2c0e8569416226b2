package org.guerillapolicy.policy;

import java.time.Instant;
import java.util.List;
import org.guerillapolicy.accounts.AccountSummary;

/** One saved version of a project's draft; credited is the author of an accepted amendment, if any. */
public record DraftVersion(int number, String markdown, List<String> anchors, AccountSummary author,
                           AccountSummary credited, String note, Instant createdAt) {
}
