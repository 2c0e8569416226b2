package org.guerillapolicy.policy;

public record PaperPublished(long projectId, int version, long publishedBy) {
}
