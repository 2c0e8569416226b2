package org.guerillapolicy.conversations.internal;

/** A timeline line as stored: the post, and who repeated it when that is why it is there. */
public record EntryRow(long entryId, PostRow post, Long repeatedById) {
}
