package org.guerillapolicy.conversations;

import org.guerillapolicy.accounts.AccountSummary;

/** One line of a timeline: a post, shown there because its author wrote it or someone repeated it. */
public record TimelineEntry(long entryId, PostView post, AccountSummary repeatedBy) {
}
