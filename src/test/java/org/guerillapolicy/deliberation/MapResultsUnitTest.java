package org.guerillapolicy.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import org.guerillapolicy.policy.Contributions;
import org.junit.jupiter.api.Test;

class MapResultsUnitTest {

    @Test
    void aStatementTooLongForAnOptionsTitleIsCutAtAWord() {
        assertThat(MapResults.title("Respite should be bookable at short notice"))
                .isEqualTo("Respite should be bookable at short notice");
        String imported = "Carers should be able to book respite at short notice ".repeat(10).strip();
        String title = MapResults.title(imported);
        String words = title.substring(0, title.length() - 1);
        assertThat(title).hasSizeLessThanOrEqualTo(Contributions.MAX_TITLE).endsWith("\u2026");
        assertThat(imported).startsWith(words);
        assertThat(imported.charAt(words.length())).isEqualTo(' ');
        assertThat(MapResults.title("x".repeat(500))).hasSize(Contributions.MAX_TITLE);
    }
}
