package org.guerillapolicy.accounts;

import java.util.Set;

/** What other pages show of an account next to something it wrote. */
public record AccountSummary(long id, String username, String displayName, AccountKind kind,
                             boolean pseudonymous, Set<Role> roles) {
}
