package org.guerillapolicy.messages;

import java.time.ZonedDateTime;
import org.guerillapolicy.accounts.AccountSummary;

/** A message as a thread page shows it; {@code unread} means new to the viewer when the page was opened. */
public record MessageView(long id, AccountSummary author, String html, ZonedDateTime sentAt, boolean unread) {
}
