package org.guerillapolicy.accounts;

import java.util.Set;

public record ProfileChanges(String displayName, AccountKind kind, boolean pseudonymous, Set<Role> roles,
                             Set<Sector> sectors, String locality, String bio, String website) {
}
