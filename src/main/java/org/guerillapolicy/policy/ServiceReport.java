package org.guerillapolicy.policy;

import java.time.Instant;
import org.guerillapolicy.accounts.AccountSummary;

/** A report from someone using the service: what happened, what changed, and a rating from 1 to 5. */
public record ServiceReport(long id, AccountSummary author, String whatHappened, String whatChanged, int rating,
                            Instant createdAt) {
}
