package org.guerillapolicy.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerReaderUnitTest {

    private static final Question TEXT = new Question(1, 1, 1, QuestionKind.FREE_TEXT, "Why?", "", true, 10, List.of());
    private static final Question RANK = new Question(2, 1, 2, QuestionKind.RANKING, "Order", "", false, 0, List.of("A", "B", "C"));
    private static final Question PICK = new Question(3, 1, 3, QuestionKind.SINGLE_CHOICE, "Pick", "", true, 0, List.of("X", "Y"));
    private static final Question TICK = new Question(4, 1, 4, QuestionKind.MULTIPLE_CHOICE, "Tick", "", false, 0, List.of("P", "Q", "R"));

    @Test
    void freeTextIsTrimmedLimitedAndRequiredOnlyWhenMovingOn() {
        assertThat(AnswerReader.read(TEXT, Map.of("q1", "  short  "), true).answer()).hasValueSatisfying(
                a -> assertThat(a.text()).isEqualTo("short"));
        assertThat(AnswerReader.read(TEXT, Map.of("q1", "x".repeat(11)), false).problem()).contains("10 characters or fewer; it has 11");
        assertThat(AnswerReader.read(TEXT, Map.of(), false).problem()).isNull();
        assertThat(AnswerReader.read(TEXT, Map.of(), true).problem()).isEqualTo("Enter an answer to: Why?");
    }

    @Test
    void rankingNeedsEveryOptionInADifferentPlace() {
        assertThat(AnswerReader.read(RANK, Map.of("q2-0", "2", "q2-1", "3", "q2-2", "1"), true).answer())
                .hasValueSatisfying(a -> assertThat(a.choices()).containsExactly(2, 0, 1));
        assertThat(AnswerReader.read(RANK, Map.of("q2-0", "1", "q2-1", "1", "q2-2", "2"), true).problem()).contains("different place");
        assertThat(AnswerReader.read(RANK, Map.of("q2-0", "1"), true).problem()).contains("Give every option a place");
        assertThat(AnswerReader.read(RANK, Map.of("q2-0", "4", "q2-1", "1", "q2-2", "2"), true).problem()).contains("different place");
        assertThat(AnswerReader.read(RANK, Map.of(), true).answer()).isEmpty();
    }

    @Test
    void choicesMustBeOnesOffered() {
        assertThat(AnswerReader.read(PICK, Map.of("q3", "1"), true).answer()).hasValueSatisfying(
                a -> assertThat(a.describe(PICK)).isEqualTo("Y"));
        assertThat(AnswerReader.read(PICK, Map.of("q3", "7"), true).problem()).contains("Select one of the options");
        assertThat(AnswerReader.read(PICK, Map.of("q3", "x"), true).problem()).contains("Select one of the options");
        assertThat(AnswerReader.read(TICK, Map.of("q4-0", "on", "q4-2", "on", "q4-9", "on"), true).answer())
                .hasValueSatisfying(a -> assertThat(a.describe(TICK)).isEqualTo("P; R"));
    }

    @Test
    void answersGoBackIntoTheSameFields() {
        Answer ranked = new Answer(2, null, List.of(2, 0, 1));
        assertThat(ranked.fields(RANK)).containsEntry("q2-2", "1").containsEntry("q2-0", "2").containsEntry("q2-1", "3");
        assertThat(ranked.describe(RANK)).isEqualTo("1. C; 2. A; 3. B");
    }
}
