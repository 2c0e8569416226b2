package org.guerillapolicy.consultations;

/** A consultation was started (as a draft); projectRef names a policy project it belongs to, if any. */
public record ConsultationCreated(long consultationId, long organiserId, Long groupId, String projectRef) {
}
