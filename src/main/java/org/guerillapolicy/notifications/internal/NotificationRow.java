package org.guerillapolicy.notifications.internal;

import java.time.Instant;
import org.guerillapolicy.notifications.NotificationKind;

public record NotificationRow(long id, long recipientId, NotificationKind kind, long actorId, long subjectId,
                              String linkPath, Instant createdAt, boolean unread) {
}
