package org.guerillapolicy.policy;

import java.util.List;
import java.util.Map;
import org.guerillapolicy.accounts.AccountSummary;

/** The people and organisations taking part in a project, by the roles and sectors on their profiles. */
public record Participants(int count, Map<String, List<AccountSummary>> byRole, Map<String, Long> bySector) {
}
