package org.guerillapolicy.consultations;

/** The organisers changed a consultation's details (its title, summary, scope or times). */
public record ConsultationUpdated(long consultationId) {
}
