package org.guerillapolicy.groups;

import java.time.Instant;
import org.guerillapolicy.accounts.AccountSummary;

public record GroupMember(AccountSummary account, GroupRole role, Instant joinedAt) {
}
