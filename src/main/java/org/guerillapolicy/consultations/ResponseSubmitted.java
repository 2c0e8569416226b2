package org.guerillapolicy.consultations;

import java.time.Instant;

/**
 * A response was sent. For the receipt email: accountId is null for an anonymous respondent, who may have
 * left a receiptEmail instead; responsePath is the respondent's private link (path only), valid to closesAt.
 */
public record ResponseSubmitted(long consultationId, long responseId, Long accountId, String receiptEmail,
                                String consultationTitle, String responsePath, Instant closesAt) {
}
