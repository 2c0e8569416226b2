package org.guerillapolicy.policy;

import java.time.Instant;
import org.guerillapolicy.accounts.AccountSummary;

/** An owner's update on putting the policy into practice, as a milestone with a status. */
public record ImplementationUpdate(long id, AccountSummary author, String title, String body, MilestoneStatus status,
                                   Instant createdAt) {
}
