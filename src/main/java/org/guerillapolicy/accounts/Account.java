package org.guerillapolicy.accounts;

import java.time.Instant;
import java.util.Set;

/**
 * A person or an organisation taking part. The display name may be a pseudonym; the email address is
 * for the platform's messages only and never shown to others.
 */
public record Account(long id, String username, String displayName, String email, AccountKind kind,
                      boolean pseudonymous, Set<Role> roles, Set<Sector> sectors, String locality, String bio,
                      String website, Instant createdAt) {

    public AccountSummary summary() {
        return new AccountSummary(id, username, displayName, kind, pseudonymous, roles);
    }
}
