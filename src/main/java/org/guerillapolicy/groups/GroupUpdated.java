package org.guerillapolicy.groups;

public record GroupUpdated(long groupId) {
}
