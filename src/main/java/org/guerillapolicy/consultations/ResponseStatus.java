package org.guerillapolicy.consultations;

public enum ResponseStatus {
    DRAFT, SUBMITTED, WITHDRAWN
}
