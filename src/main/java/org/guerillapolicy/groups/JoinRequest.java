package org.guerillapolicy.groups;

import java.time.Instant;
import org.guerillapolicy.accounts.AccountSummary;

public record JoinRequest(AccountSummary requester, String message, Instant requestedAt) {
}
