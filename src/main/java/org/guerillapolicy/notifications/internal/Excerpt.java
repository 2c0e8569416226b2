package org.guerillapolicy.notifications.internal;

import org.springframework.web.util.HtmlUtils;

/** A post's words as short plain text, for a notification line or an email. */
final class Excerpt {

    static final int MAX_LENGTH = 200;

    private Excerpt() {
    }

    /** The post's HTML is the platform's own sanitised markup, so dropping its tags leaves its words. */
    static String of(String html) {
        String text = HtmlUtils.htmlUnescape(html
                        .replaceAll("(?i)<br\\s*/?>|</p>", " ")
                        .replaceAll("<[^>]*>", ""))
                .replaceAll("\\s+", " ").strip();
        if (text.codePointCount(0, text.length()) <= MAX_LENGTH) {
            return text;
        }
        int cut = text.offsetByCodePoints(0, MAX_LENGTH - 1);
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
