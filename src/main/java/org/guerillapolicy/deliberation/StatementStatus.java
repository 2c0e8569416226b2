package org.guerillapolicy.deliberation;

/** A statement is voted on once accepted; a rejected one stays in the maths as moderated out, as in Pol.is. */
public enum StatementStatus {
    ACCEPTED, PENDING, REJECTED
}
