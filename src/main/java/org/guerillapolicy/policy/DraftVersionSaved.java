package org.guerillapolicy.policy;

public record DraftVersionSaved(long projectId, int version, long authorId) {
}
