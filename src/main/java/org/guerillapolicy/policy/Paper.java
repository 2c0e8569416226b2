package org.guerillapolicy.policy;

import java.util.List;
import org.guerillapolicy.accounts.AccountSummary;

/** A published paper: the version published, its paragraphs, its licence and who shaped it. */
public record Paper(Project project, DraftVersion version, List<Paragraph> paragraphs, Licence licence,
                    List<AccountSummary> credits) {
}
