package org.guerillapolicy.deliberation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How much a statement represents a group against the other groups (Pol.is {@code repness.clj}): the counts,
 * smoothed shares, one-proportion tests, ratios against the rest and two-proportion tests of each group and
 * statement, and the selection of up to five representative statements per group.
 */
final class Representativeness {

    private static final int SELECTED = 5;

    private Representativeness() {
    }

    /** Statistics of statement {@code column} for one group; names follow Pol.is (n, p, r, t; a, d, s). */
    record Stats(int column, int na, int nd, int ns, double pa, double pd, double pat, double pdt, double ra, double rd,
            double rat, double rdt, boolean bestAgree) {

        /** The side it represents the group by; the group's best-agree statement is, as in Pol.is, on agree. */
        boolean agreeSide() {
            return bestAgree || rat > rdt;
        }

        Stats asBestAgree() {
            return new Stats(column, na, nd, ns, pa, pd, pat, pdt, ra, rd, rat, rdt, true);
        }

        double repness() {
            return agreeSide() ? ra : rd;
        }

        double repnessTest() {
            return agreeSide() ? rat : rdt;
        }

        double share() {
            return agreeSide() ? pa : pd;
        }

        double shareTest() {
            return agreeSide() ? pat : pdt;
        }

        double metric() {
            return repness() * repnessTest() * share() * shareTest();
        }

        boolean passes() {
            return ProportionTests.significant(rat) && ProportionTests.significant(pat)
                    || ProportionTests.significant(rdt) && ProportionTests.significant(pdt);
        }
    }

    /** Statistics per group (outer) and statement (inner), over the matrix with moderated-out set to pass. */
    static Stats[][] of(VoteCounts counts) {
        int groups = counts.groups();
        int statements = groups == 0 ? 0 : counts.seen()[0].length;
        Stats[][] result = new Stats[groups][statements];
        for (int c = 0; c < statements; c++) {
            int totalAgree = 0;
            int totalDisagree = 0;
            int totalSeen = 0;
            for (int g = 0; g < groups; g++) {
                totalAgree += counts.agree()[g][c];
                totalDisagree += counts.disagree()[g][c];
                totalSeen += counts.seen()[g][c];
            }
            for (int g = 0; g < groups; g++) {
                int na = counts.agree()[g][c];
                int nd = counts.disagree()[g][c];
                int ns = counts.seen()[g][c];
                int restAgree = totalAgree - na;
                int restDisagree = totalDisagree - nd;
                int restSeen = totalSeen - ns;
                double pa = ProportionTests.share(na, ns);
                double pd = ProportionTests.share(nd, ns);
                result[g][c] = new Stats(c, na, nd, ns, pa, pd,
                        ProportionTests.oneProportion(na, ns), ProportionTests.oneProportion(nd, ns),
                        pa / ProportionTests.share(restAgree, restSeen), pd / ProportionTests.share(restDisagree, restSeen),
                        ProportionTests.twoProportions(na, ns, restAgree, restSeen),
                        ProportionTests.twoProportions(nd, ns, restDisagree, restSeen), false);
            }
        }
        return result;
    }

    /** Pol.is {@code select-rep-comments} for one group, skipping moderated-out statements. */
    static List<Stats> select(Stats[] group, RatingMatrix ratings) {
        List<Stats> sufficient = new ArrayList<>();
        Stats best = null;
        Stats bestAgree = null;
        for (Stats stats : group) {
            if (ratings.isModeratedOut(stats.column())) {
                continue;
            }
            if (stats.passes()) {
                sufficient.add(stats);
            }
            if (sufficient.isEmpty() && (best == null || Math.max(stats.rat(), stats.rdt()) > best.repnessTest())) {
                best = stats;
            }
            if (beatsBestAgree(stats, bestAgree)) {
                bestAgree = stats;
            }
        }
        if (sufficient.isEmpty()) {
            return bestAgree != null ? List.of(bestAgree.asBestAgree()) : best != null ? List.of(best) : List.of();
        }
        Stats head = bestAgree == null ? null : bestAgree.asBestAgree();
        List<Stats> ranked = new ArrayList<>(sufficient.stream()
                .filter(stats -> head == null || stats.column() != head.column())
                .sorted(Comparator.comparingDouble(stats -> -stats.metric()))
                .toList());
        if (head != null) {
            ranked.addFirst(head);
        }
        List<Stats> top = ranked.subList(0, Math.min(SELECTED, ranked.size()));
        List<Stats> selected = new ArrayList<>(top.stream().filter(Stats::agreeSide).toList());
        selected.addAll(top.stream().filter(stats -> !stats.agreeSide()).toList());
        return selected;
    }

    private static boolean beatsBestAgree(Stats stats, Stats current) {
        if (stats.na() == 0 && stats.nd() == 0) {
            return false;
        }
        if (current != null && current.ra() > 1.0) {
            return stats.ra() * stats.rat() * stats.pa() * stats.pat()
                    > current.ra() * current.rat() * current.pa() * current.pat();
        }
        if (current != null) {
            return stats.pa() * stats.pat() > current.pa() * current.pat();
        }
        return ProportionTests.significant(stats.pat()) || stats.ra() > 1.0 && stats.pa() > 0.5;
    }
}
