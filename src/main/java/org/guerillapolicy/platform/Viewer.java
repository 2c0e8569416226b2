package org.guerillapolicy.platform;

/**
 * Who is looking at a page: a signed-in account or an anonymous visitor. Controllers take it as a
 * parameter; each module's audience rule decides what it may see.
 */
public record Viewer(Long accountId, String username, String displayName) {

    private static final Viewer ANONYMOUS = new Viewer(null, null, null);

    public static Viewer anonymous() {
        return ANONYMOUS;
    }

    public boolean signedIn() {
        return accountId != null;
    }

    public boolean is(long otherAccountId) {
        return accountId != null && accountId == otherAccountId;
    }
}
