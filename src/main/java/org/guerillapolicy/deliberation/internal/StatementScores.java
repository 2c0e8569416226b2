package org.guerillapolicy.deliberation.internal;

/**
 * Whole-population consensus, group-aware consensus and routing priority of each statement.
 *
 * <ul>
 * <li>Consensus (Pol.is {@code consensus-stats}): agree share pa and its one-proportion test pat (and the
 * disagree twins) over all participants, moderated-out statements counting as passes.</li>
 * <li>Group-aware consensus (Pol.is {@code :group-aware-consensus}): the product over groups of the smoothed
 * agree share of each group's votes as cast; high only if every group tends to agree.</li>
 * <li>Priority (Pol.is {@code importance-metric}, {@code priority-metric}) from the groups' votes as cast and
 * the statement's extremity, with a novelty boost for statements few have seen.</li>
 * </ul>
 */
record StatementScores(double[] pa, double[] pat, double[] pd, double[] pdt, double[] groupAwareConsensus,
        double[] priority) {

    static StatementScores of(RatingMatrix ratings, VoteCounts asCast, PrincipalComponents components) {
        int statements = ratings.statementCount();
        int[] everyone = new int[ratings.participantCount()];
        VoteCounts all = VoteCounts.of(ratings, everyone, 1, false);
        double[] pa = new double[statements];
        double[] pat = new double[statements];
        double[] pd = new double[statements];
        double[] pdt = new double[statements];
        double[] gac = new double[statements];
        double[] priority = new double[statements];
        for (int c = 0; c < statements; c++) {
            int na = all.agree()[0][c];
            int nd = all.disagree()[0][c];
            int ns = all.seen()[0][c];
            pa[c] = ProportionTests.share(na, ns);
            pd[c] = ProportionTests.share(nd, ns);
            pat[c] = ProportionTests.oneProportion(na, ns);
            pdt[c] = ProportionTests.oneProportion(nd, ns);
            double product = 1;
            int agree = 0;
            int disagree = 0;
            int seen = 0;
            for (int g = 0; g < asCast.groups(); g++) {
                product *= ProportionTests.share(asCast.agree()[g][c], asCast.seen()[g][c]);
                agree += asCast.agree()[g][c];
                disagree += asCast.disagree()[g][c];
                seen += asCast.seen()[g][c];
            }
            gac[c] = product;
            priority[c] = priority(agree, disagree, seen, components.extremity(c));
        }
        return new StatementScores(pa, pat, pd, pdt, gac, priority);
    }

    static double priority(int agree, int disagree, int seen, double extremity) {
        int passes = seen - agree - disagree;
        double importance = (1 - (passes + 1.0) / (seen + 2.0)) * (extremity + 1) * (agree + 1.0) / (seen + 2.0);
        double novelty = 1 + 8 * Math.pow(2, -seen / 5.0);
        double boosted = importance * novelty;
        return boosted * boosted;
    }

    /** The agree-consensus metric Pol.is ranks by: pa x pat. */
    double consensus(int column) {
        return pa[column] * pat[column];
    }

    boolean agreedByConsensus(int column) {
        return pa[column] > 0.5 && ProportionTests.significant(pat[column]);
    }

    boolean disagreedByConsensus(int column) {
        return pd[column] > 0.5 && ProportionTests.significant(pdt[column]);
    }
}
