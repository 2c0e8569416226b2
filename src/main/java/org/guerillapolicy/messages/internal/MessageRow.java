package org.guerillapolicy.messages.internal;

import java.time.Instant;

public record MessageRow(long id, long authorId, String html, Instant createdAt) {
}
