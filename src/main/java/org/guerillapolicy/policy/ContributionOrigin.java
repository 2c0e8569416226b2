package org.guerillapolicy.policy;

/**
 * Where a contribution came from when it was made from elsewhere on the platform, such as the common ground
 * of an opinion map: a label, the local address it links to, and a line of detail.
 */
public record ContributionOrigin(String label, String path, String detail) {

    public ContributionOrigin {
        if (label == null || label.isBlank() || label.length() > 400) {
            throw new IllegalArgumentException("An origin needs a label of 1 to 400 characters");
        }
        // Only addresses on this site, so an origin can never send readers elsewhere.
        if (path == null || !path.matches("/[^/].*")) {
            throw new IllegalArgumentException("An origin links to an address on this site");
        }
        detail = detail == null ? "" : detail;
        if (detail.length() > 1000) {
            throw new IllegalArgumentException("An origin's detail is 1,000 characters or fewer");
        }
    }
}
