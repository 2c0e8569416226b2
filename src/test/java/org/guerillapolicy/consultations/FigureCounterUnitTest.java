package org.guerillapolicy.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guerillapolicy.accounts.Sector;
import org.junit.jupiter.api.Test;

class FigureCounterUnitTest {

    private static final Question SCALE = new Question(10, 1, 1, QuestionKind.AGREEMENT, "Fair?", "", true, 0, List.of());

    @Test
    void publicFiguresHideCountsUnderFiveAndTeamFiguresShowThem() {
        List<Response> responses = new ArrayList<>();
        Map<Long, Map<Long, Answer>> answers = new HashMap<>();
        for (long id = 1; id <= 7; id++) {
            Capacity capacity = id <= 5 ? Capacity.SERVICE_USER : Capacity.CARER;
            responses.add(new Response(id, 1, "t" + id, null, ResponseStatus.SUBMITTED, capacity, Sector.WELFARE, "leeds",
                    true, null, Instant.now(), Instant.now()));
            answers.put(id, Map.of(10L, new Answer(10, null, List.of(id <= 5 ? 0 : 4))));
        }
        List<Coding> codings = List.of(new Coding(1, 10, 100, 9), new Coding(1, 10, 100, 8), new Coding(2, 10, 100, 9));
        List<Theme> themes = List.of(new Theme(100, "Travel", ""));

        ConsultationFigures open = new FigureCounter(List.of(SCALE), responses, answers, codings, themes,
                Dimension.CAPACITY, true).count();
        assertThat(open.responses()).isEqualTo(7);
        assertThat(open.linked()).isEqualTo(2);
        assertThat(open.linkedPercent()).isEqualTo(29);
        assertThat(open.respondents().bars()).extracting(Bar::label, Bar::display)
                .contains(org.assertj.core.groups.Tuple.tuple("A carer or family member", "not shown"),
                        // Shown, 5 would give the 2 carers away: 7 responses in all.
                        org.assertj.core.groups.Tuple.tuple("Someone who uses the service", "not shown"));
        assertThat(open.respondents().hidesCounts()).isTrue();
        QuestionFigures scale = open.questions().getFirst();
        assertThat(scale.totals().bars()).extracting(Bar::display).containsExactly("not shown", "0", "0", "0", "not shown");
        assertThat(scale.totals().bars().get(4).width(scale.totals().max(), 300)).isZero();
        assertThat(open.themes().bars().getFirst().display()).isEqualTo("not shown");

        ConsultationFigures team = new FigureCounter(List.of(SCALE), responses, answers, codings, themes,
                Dimension.LOCALITY, false).count();
        assertThat(team.questions().getFirst().totals().bars()).extracting(Bar::display).containsExactly("5", "0", "0", "0", "2");
        assertThat(team.questions().getFirst().breakdown().bars()).extracting(Bar::label)
                .containsExactly("Leeds: Strongly agree", "Leeds: Strongly disagree");
        assertThat(team.themes().bars().getFirst().count()).isEqualTo(2);
    }

    @Test
    void aSmallCountAloneInATotalIsProtectedByHidingTheNextSmallest() {
        List<Bar> oneSmall = Bar.partOfTotal(List.of(Bar.of("a", 20, true), Bar.of("b", 6, true), Bar.of("c", 2, true),
                Bar.of("d", 0, true)));
        assertThat(oneSmall).extracting(Bar::display).containsExactly("20", "not shown", "not shown", "0");

        List<Bar> twoSmall = Bar.partOfTotal(List.of(Bar.of("a", 20, true), Bar.of("b", 3, true), Bar.of("c", 2, true)));
        assertThat(twoSmall).extracting(Bar::display).containsExactly("20", "not shown", "not shown");

        List<Bar> none = Bar.partOfTotal(List.of(Bar.of("a", 20, true), Bar.of("b", 6, true)));
        assertThat(none).extracting(Bar::display).containsExactly("20", "6");
    }

    @Test
    void answersThatNeedNotAddUpAreNotHiddenBeyondTheSmallOnes() {
        Question several = new Question(11, 1, 1, QuestionKind.MULTIPLE_CHOICE, "Which?", "", false, 0,
                List.of("Shorter forms", "Paper copies"));
        List<Response> responses = new ArrayList<>();
        Map<Long, Map<Long, Answer>> answers = new HashMap<>();
        for (long id = 1; id <= 9; id++) {
            responses.add(new Response(id, 1, "t" + id, null, ResponseStatus.SUBMITTED, Capacity.SERVICE_USER,
                    Sector.WELFARE, "leeds", true, null, Instant.now(), Instant.now()));
            answers.put(id, Map.of(11L, new Answer(11, null, id <= 2 ? List.of(0, 1) : List.of(0))));
        }
        ConsultationFigures figures = new FigureCounter(List.of(several), responses, answers, List.of(), List.of(),
                Dimension.CAPACITY, true).count();
        assertThat(figures.questions().getFirst().totals().bars()).extracting(Bar::display)
                .containsExactly("9", "not shown");
    }
}
