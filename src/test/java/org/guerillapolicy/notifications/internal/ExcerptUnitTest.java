package org.guerillapolicy.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.guerillapolicy.notifications.NotificationKind;
import org.junit.jupiter.api.Test;

class ExcerptUnitTest {

    @Test
    void keepsTheWordsOfAPostAsPlainText() {
        assertThat(Excerpt.of("<p>Hello <a class=\"mention\" href=\"/@sam\">@sam</a> &amp; <b>&lt;friends&gt;</b></p><p>Second</p>"))
                .isEqualTo("Hello @sam & <friends> Second");
    }

    @Test
    void cutsLongPostsShortWithAnEllipsis() {
        String excerpt = Excerpt.of("<p>" + "word ".repeat(100) + "</p>");
        assertThat(excerpt.codePointCount(0, excerpt.length())).isLessThanOrEqualTo(Excerpt.MAX_LENGTH);
        assertThat(excerpt).endsWith("word…");
        assertThat(Excerpt.of("<p>" + "😀".repeat(300) + "</p>")).hasSize(2 * (Excerpt.MAX_LENGTH - 1) + 1);
    }

    @Test
    void unsubscribeScopesSayWhatTheyStop() {
        assertThat(new UnsubscribeScope(NotificationKind.MENTION).description()).isEqualTo("emails when someone mentions you");
        assertThat(UnsubscribeScope.digest().description()).isEqualTo("the daily digest email");
        assertThat(UnsubscribeScope.of(UnsubscribeScope.digest().key())).isEqualTo(UnsubscribeScope.digest());
        assertThat(UnsubscribeScope.of("FOLLOW").kind()).isEqualTo(NotificationKind.FOLLOW);
    }
}
