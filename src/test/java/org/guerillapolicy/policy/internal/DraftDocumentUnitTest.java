package org.guerillapolicy.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.guerillapolicy.policy.Paragraph;
import org.junit.jupiter.api.Test;

class DraftDocumentUnitTest {

    private final AtomicInteger counter = new AtomicInteger();
    private final Supplier<String> fresh = () -> "p-" + counter.incrementAndGet();

    @Test
    void eachTopLevelBlockIsAParagraphWithItsOwnSource() {
        DraftDocument document = DraftDocument.parse("""
                ## Respite care

                Carers need a break.
                Every year.

                - two weeks
                - guaranteed
                """);
        assertThat(document.sources()).containsExactly("## Respite care", "Carers need a break.\nEvery year.",
                "- two weeks\n- guaranteed");
        List<Paragraph> paragraphs = document.paragraphs(List.of("a", "b", "c"));
        assertThat(paragraphs.getFirst().heading()).isTrue();
        assertThat(paragraphs.get(1).html()).isEqualTo("<p>Carers need a break.\nEvery year.</p>\n");
        assertThat(DraftDocument.parse("[Report](https://example.org/r)").paragraphs(List.of("a")).getFirst().html())
                .contains("<a href=\"https://example.org/r\" rel=\"nofollow noopener\">Report</a>");
    }

    @Test
    void anchorsSurviveEditsInsertionsAndDeletions() {
        DraftDocument first = DraftDocument.parse("One.\n\nTwo.\n\nThree.\n");
        List<String> anchors = first.anchorsAfter(List.of(), List.of(), fresh);
        assertThat(anchors).containsExactly("p-1", "p-2", "p-3");

        DraftDocument second = DraftDocument.parse("Zero.\n\nOne.\n\nTwo, edited.\n\nThree.\n");
        List<String> next = second.anchorsAfter(first.sources(), anchors, fresh);
        // Inserted before, edited in place: the new block is new, the others keep theirs.
        assertThat(next).containsExactly("p-4", "p-1", "p-2", "p-3");

        DraftDocument third = DraftDocument.parse("Zero.\n\nThree.\n");
        assertThat(third.anchorsAfter(second.sources(), next, fresh)).containsExactly("p-4", "p-3");
    }

    @Test
    void hostileMarkdownIsShownAsTextAndUnsafeLinksAreDropped() {
        String hostile = """
                <script>alert('x')</script>

                <img src=x onerror="alert(1)">

                [click me](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=)

                Text with <b onmouseover="alert(1)">bold</b> inside.
                """;
        String html = String.join("", DraftDocument.parse(hostile).paragraphs(List.of("a", "b", "c", "d"))
                .stream().map(Paragraph::html).toList());
        assertThat(html).doesNotContain("<script", "<img", "<b ", "javascript:", "data:text");
        assertThat(html).contains("&lt;script&gt;", "&lt;img src", "&lt;b onmouseover");
    }

    @Test
    void anAmendmentReplacesOneBlock() {
        DraftDocument document = DraftDocument.parse("# Title\n\nOld text.\n\nLast.\n");
        assertThat(document.replacing(1, "  New text.  ")).isEqualTo("# Title\n\nNew text.\n\nLast.\n");
    }
}
