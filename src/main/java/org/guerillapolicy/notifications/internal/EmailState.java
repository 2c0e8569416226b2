package org.guerillapolicy.notifications.internal;

/** Whether a notification still owes an email, and which. */
public enum EmailState {
    NONE, IMMEDIATE, DIGEST, SENT
}
