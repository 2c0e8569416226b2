package org.guerillapolicy.policy.web;

import java.util.List;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.policy.ContributionKind;
import org.guerillapolicy.policy.EvidenceKind;
import org.guerillapolicy.policy.NewContribution;

/** One form for questions, evidence and options; the page shows only the fields its kind uses. */
record ContributionForm(String title, String body, EvidenceKind evidenceKind, String source, Sector sector,
                        String locality, Role contributorRole, List<Long> evidence) {

    static ContributionForm empty() {
        return new ContributionForm("", "", null, "", null, "", null, List.of());
    }

    NewContribution toNew(ContributionKind kind) {
        return new NewContribution(kind, title, body, evidenceKind, source, sector, locality, contributorRole, null);
    }
}
