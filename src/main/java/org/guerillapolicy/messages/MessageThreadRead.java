package org.guerillapolicy.messages;

/** A participant opened a thread and has now read everything in it. */
public record MessageThreadRead(long threadId, long accountId) {
}
