package org.guerillapolicy.deliberation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The same votes with participants' rows in another order. */
final class Shuffled {

    private Shuffled() {
    }

    static RatingMatrix rows(RatingMatrix ratings, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int row = 0; row < ratings.participantCount(); row++) {
            order.add(row);
        }
        Collections.shuffle(order, new Random(seed));
        RatingMatrix.Builder builder = RatingMatrix.builder();
        for (int c = 0; c < ratings.statementCount(); c++) {
            builder.statement(ratings.statement(c), ratings.isModeratedOut(c));
        }
        for (int row : order) {
            builder.participant(ratings.participant(row));
            if (ratings.wasClustered(row)) {
                builder.clusteredBefore(ratings.participant(row));
            }
            for (int i = ratings.rowStart(row); i < ratings.rowStart(row + 1); i++) {
                builder.vote(ratings.participant(row), ratings.statement(ratings.columnAt(i)), ratings.voteAt(i));
            }
        }
        return builder.build();
    }
}
