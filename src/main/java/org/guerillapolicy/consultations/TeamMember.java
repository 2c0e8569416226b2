package org.guerillapolicy.consultations;

import org.guerillapolicy.accounts.AccountSummary;

public record TeamMember(AccountSummary account, TeamRole role) {
}
