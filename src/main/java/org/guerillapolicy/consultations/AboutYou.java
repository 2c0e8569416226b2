package org.guerillapolicy.consultations;

import org.guerillapolicy.accounts.Sector;

/** What a respondent says about themselves, all optional, for breaking the analysis down. */
public record AboutYou(Capacity capacity, Sector sector, String locality, boolean publishConsent, String receiptEmail) {
}
