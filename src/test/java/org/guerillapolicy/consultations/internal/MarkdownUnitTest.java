package org.guerillapolicy.consultations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownUnitTest {

    private final Markdown markdown = new Markdown();

    @Test
    void hostileInputIsEscapedOrDropped() {
        String html = markdown.toHtml("""
                <script>alert(1)</script>

                <iframe src="https://evil.example"></iframe>

                [click](javascript:alert(2)) and [ok](https://example.org)

                ![img](https://evil.example/x.png) <a href="x" onclick="alert(3)">a</a>
                """);
        assertThat(html).doesNotContain("<script", "<iframe", "javascript:", "onclick=", "<img");
        assertThat(html).contains("&lt;script&gt;", "href=\"https://example.org\"");
    }

    @Test
    void headingsStartBelowThePagesOwn() {
        assertThat(markdown.toHtml("# Top\n\n## Next\n\n###### Deep")).contains("<h3>Top</h3>", "<h4>Next</h4>", "<h6>Deep</h6>");
        assertThat(markdown.toHtml("* one\n* two\n\n**bold**")).contains("<li>one</li>", "<strong>bold</strong>");
    }
}
