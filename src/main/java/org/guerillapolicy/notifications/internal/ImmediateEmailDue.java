package org.guerillapolicy.notifications.internal;

/** A notification was recorded whose recipient wants an email straight away; sent once this commits. */
public record ImmediateEmailDue(long notificationId) {
}
