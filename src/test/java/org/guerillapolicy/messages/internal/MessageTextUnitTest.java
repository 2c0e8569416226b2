package org.guerillapolicy.messages.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageTextUnitTest {

    @Test
    void markupIsKeptAsTextAndAddressesBecomeSafeLinks() {
        String html = MessageText.toHtml("<script>alert(1)</script> see www.example.org and javascript:alert(1)");
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;")
                .contains("<a href=\"https://www.example.org\" rel=\"nofollow noopener ugc\">www.example.org</a>")
                .doesNotContain("href=\"javascript");
    }

    @Test
    void lineBreaksAreKept() {
        assertThat(MessageText.toHtml("one\r\ntwo\nthree")).isEqualTo("one<br />two<br />three");
    }
}
