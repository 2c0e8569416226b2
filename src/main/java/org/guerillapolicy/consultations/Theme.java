package org.guerillapolicy.consultations;

/** A theme that analysts code answers into, with the decision the organisers took on it. */
public record Theme(long id, String name, String decision) {
}
