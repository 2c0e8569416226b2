package org.guerillapolicy.consultations.web;

import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.consultations.AboutYou;
import org.guerillapolicy.consultations.Capacity;
import org.guerillapolicy.consultations.Response;

record AboutForm(Capacity capacity, Sector sector, String locality, Boolean publishConsent, String receiptEmail) {

    static AboutForm of(Response response) {
        return new AboutForm(response.capacity(), response.sector(), response.locality(), response.publishConsent(),
                response.receiptEmail());
    }

    AboutYou toAboutYou() {
        return new AboutYou(capacity, sector, locality, Boolean.TRUE.equals(publishConsent), receiptEmail);
    }
}
