package org.guerillapolicy.deliberation.internal;

/**
 * Agrees, disagrees and votes seen (passes included) per group and statement. Pol.is counts representativeness
 * on the matrix with moderated-out statements set to pass for everyone, but group-aware consensus and routing on
 * the votes as cast; {@code asCast} chooses.
 */
record VoteCounts(int[][] agree, int[][] disagree, int[][] seen) {

    static VoteCounts of(RatingMatrix ratings, int[] groupOfRow, int groups, boolean asCast) {
        int statements = ratings.statementCount();
        int[][] agree = new int[groups][statements];
        int[][] disagree = new int[groups][statements];
        int[][] seen = new int[groups][statements];
        int[] moderatedOut = java.util.stream.IntStream.range(0, statements).filter(ratings::isModeratedOut).toArray();
        for (int row = 0; row < ratings.participantCount(); row++) {
            int g = groupOfRow[row];
            if (g < 0) {
                continue;
            }
            for (int i = ratings.rowStart(row); i < ratings.rowStart(row + 1); i++) {
                int c = ratings.columnAt(i);
                if (!asCast && ratings.isModeratedOut(c)) {
                    continue;
                }
                seen[g][c]++;
                if (ratings.voteAt(i) == RatingMatrix.AGREE) {
                    agree[g][c]++;
                } else if (ratings.voteAt(i) == RatingMatrix.DISAGREE) {
                    disagree[g][c]++;
                }
            }
            if (!asCast) {
                for (int c : moderatedOut) {
                    seen[g][c]++;
                }
            }
        }
        return new VoteCounts(agree, disagree, seen);
    }

    int groups() {
        return agree.length;
    }
}
