package org.guerillapolicy.consultations;

import java.time.Instant;
import org.guerillapolicy.accounts.Sector;

/**
 * One person's response. The token is the private, unguessable part of the link that lets the respondent
 * come back to it, signed in or not.
 */
public record Response(long id, long consultationId, String token, Long accountId, ResponseStatus status,
                       Capacity capacity, Sector sector, String locality, boolean publishConsent, String receiptEmail,
                       Instant createdAt, Instant submittedAt) {

    public boolean isDraft() {
        return status == ResponseStatus.DRAFT;
    }

    public boolean isSubmitted() {
        return status == ResponseStatus.SUBMITTED;
    }

    public String path(Consultation consultation) {
        return consultation.path() + "/responses/" + token;
    }
}
