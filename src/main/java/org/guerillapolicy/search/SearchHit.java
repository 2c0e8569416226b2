package org.guerillapolicy.search;

import java.util.Set;
import org.guerillapolicy.accounts.AccountSummary;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;

/**
 * One result. {@code snippetHtml} is escaped text with the matched words in {@code <mark>}; {@code author}
 * is set for posts.
 */
public record SearchHit(ResultKind kind, long id, String title, String handle, String snippetHtml,
                        Set<Role> roles, Set<Sector> sectors, String locality, AccountSummary author, String link) {
}
