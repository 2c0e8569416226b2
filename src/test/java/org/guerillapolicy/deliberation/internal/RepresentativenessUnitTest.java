package org.guerillapolicy.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepresentativenessUnitTest {

    /** Everyone agrees with statement 1; the groups split on statement 2. */
    @Test
    void aGroupsBestAgreeStatementRepresentsItByAgreementEvenWhenEveryoneAgrees() {
        RatingMatrix.Builder builder = RatingMatrix.builder().statement(1, false).statement(2, false);
        int[] groupOfRow = new int[8];
        for (int person = 0; person < 8; person++) {
            builder.vote(person, 1, 1);
            builder.vote(person, 2, person < 4 ? 1 : -1);
            groupOfRow[person] = person < 4 ? 0 : 1;
        }
        RatingMatrix ratings = builder.build();
        Representativeness.Stats[][] stats = Representativeness.of(VoteCounts.of(ratings, groupOfRow, 2, true));
        Representativeness.Stats shared = stats[1][columnOf(ratings, 1)];
        assertThat(shared.rat()).isEqualTo(shared.rdt());

        List<Representativeness.Stats> second = Representativeness.select(stats[1], ratings);
        Representativeness.Stats head = second.stream().filter(s -> s.column() == columnOf(ratings, 1)).findFirst()
                .orElseThrow();
        assertThat(head.agreeSide()).isTrue();
        assertThat(head.share()).isEqualTo(shared.pa());
        assertThat(second).allSatisfy(s -> assertThat(s.share()).isPositive());
    }

    private static int columnOf(RatingMatrix ratings, long statement) {
        for (int col = 0; col < ratings.statementCount(); col++) {
            if (ratings.statement(col) == statement) {
                return col;
            }
        }
        throw new AssertionError("No statement " + statement);
    }
}
