package org.guerillapolicy.consultations;

public record ResponseWithdrawn(long consultationId, long responseId) {
}
