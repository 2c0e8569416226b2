package org.guerillapolicy.deliberation;

import java.util.Locale;

/** A short statement people vote on. Authors are never shown: participation is pseudonymous. */
public record Statement(long id, long mapId, String body, StatementStatus status) {

    public static final int MAX_LENGTH = 140;

    /** Whether the text fits, counted in characters as a person counts them (an emoji is one). */
    public static boolean fits(String text) {
        return !text.isEmpty() && text.codePointCount(0, text.length()) <= MAX_LENGTH;
    }

    /** Whether two statements say the same words, whatever their case and spacing. */
    public static boolean same(String one, String other) {
        return words(one).equals(words(other));
    }

    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
