package org.guerillapolicy.consultations;

/** What someone may do with a consultation: organisers change it and publish; analysts read and code responses. */
public enum TeamRole {
    ORGANISER, ANALYST
}
