package org.guerillapolicy.consultations;

import java.time.Instant;

/** The organisers published a consultation: it is listed, and open for responses from opensAt to closesAt. */
public record ConsultationPublished(long consultationId, String slug, String title, Instant opensAt, Instant closesAt,
                                    String projectRef) {
}
