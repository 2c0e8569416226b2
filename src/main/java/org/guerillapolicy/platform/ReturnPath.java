package org.guerillapolicy.platform;

/**
 * Where to send someone back to after a form, taken from the form itself. Only paths on this site are
 * accepted, so a crafted link cannot bounce people to another site.
 */
public final class ReturnPath {

    private ReturnPath() {
    }

    public static String redirect(String requested, String fallback) {
        boolean local = requested != null && requested.startsWith("/") && !requested.startsWith("//")
                && !requested.startsWith("/\\") && requested.chars().noneMatch(Character::isISOControl);
        return "redirect:" + (local ? requested : fallback);
    }
}
