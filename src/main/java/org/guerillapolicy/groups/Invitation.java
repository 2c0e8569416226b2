package org.guerillapolicy.groups;

import java.time.Instant;
import org.guerillapolicy.accounts.AccountSummary;

public record Invitation(Group group, AccountSummary inviter, Instant invitedAt) {
}
