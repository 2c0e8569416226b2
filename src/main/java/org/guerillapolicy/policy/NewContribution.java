package org.guerillapolicy.policy;

import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;

/** What a person submits; fields a kind does not use are blank or null. */
public record NewContribution(ContributionKind kind, String title, String body, EvidenceKind evidenceKind,
                              String source, Sector sector, String locality, Role contributorRole,
                              String paragraph) {

    public static NewContribution question(String body) {
        return new NewContribution(ContributionKind.QUESTION, "", body, null, "", null, "", null, null);
    }
}
