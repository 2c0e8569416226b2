package org.guerillapolicy.platform;

/** What the platform needs to know of a signed-in account; the accounts module's principal provides it. */
public interface SignedInPrincipal {

    long accountId();

    String username();

    String displayName();
}
