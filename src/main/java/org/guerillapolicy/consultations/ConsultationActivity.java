package org.guerillapolicy.consultations;

/** A link on a consultation's page: what it is ("Opinion map"), its title and its address on this site. */
public record ConsultationActivity(String kind, String title, String path) {
}
