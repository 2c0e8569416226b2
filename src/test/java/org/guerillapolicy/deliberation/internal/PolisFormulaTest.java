package org.guerillapolicy.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Given Pol.is's own groups, our representativeness, consensus, group-aware consensus and priority equal the
 * published formulas (research note opinion-math.md, 1.7-1.10), recomputed here straight from the exported CSV.
 */
class PolisFormulaTest {

    private static final double EXACT = 1e-9;
    static final List<String> CONVERSATIONS = PolisData.CONVERSATIONS;

    @ParameterizedTest
    @FieldSource("CONVERSATIONS")
    void statisticsFollowTheFormulas(String name) throws Exception {
        PolisConversation conversation = PolisData.read(name);
        RatingMatrix ratings = conversation.ratings();
        int[] polis = PolisData.polisGroupOfRow(conversation);
        int groups = java.util.Arrays.stream(polis).max().orElseThrow() + 1;
        PrincipalComponents components = PrincipalComponents.of(ratings, 1, 1e-10);
        OpinionMap map = OpinionMapping.withGroups(ratings, components, components.project(ratings), polis, groups,
                Map.of());

        Reference reference = Reference.read(name);
        double worst = 0;
        for (int c = 0; c < ratings.statementCount(); c++) {
            String id = Long.toString(ratings.statement(c));
            boolean out = reference.moderatedOut.contains(id);
            double[] repness = new double[0];
            for (int g = 0; g < groups; g++) {
                int[] in = reference.counts(id, Integer.toString(g), true, out);
                int[] all = {0, 0, 0};
                for (int h = 0; h < groups; h++) {
                    int[] other = reference.counts(id, Integer.toString(h), true, out);
                    for (int i = 0; i < 3; i++) {
                        all[i] += h == g ? 0 : other[i];
                    }
                }
                double pa = (in[0] + 1.0) / (in[2] + 2.0);
                double pd = (in[1] + 1.0) / (in[2] + 2.0);
                double pat = 2 * Math.sqrt(in[2] + 1.0) * ((in[0] + 1.0) / (in[2] + 1.0) - 0.5);
                double pdt = 2 * Math.sqrt(in[2] + 1.0) * ((in[1] + 1.0) / (in[2] + 1.0) - 0.5);
                double ra = pa / ((1.0 + all[0]) / (2.0 + all[2]));
                double rd = pd / ((1.0 + all[1]) / (2.0 + all[2]));
                double rat = twoProp(in[0] + 1, in[2] + 1, all[0] + 1, all[2] + 1);
                double rdt = twoProp(in[1] + 1, in[2] + 1, all[1] + 1, all[2] + 1);
                Representativeness.Stats ours = map.repness()[g][c];
                double[] expected = {pa, pd, pat, pdt, ra, rd, rat, rdt};
                double[] actual = {ours.pa(), ours.pd(), ours.pat(), ours.pdt(), ours.ra(), ours.rd(), ours.rat(),
                    ours.rdt()};
                for (int i = 0; i < expected.length; i++) {
                    worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
                }
            }
            int[] everyone = reference.counts(id, null, true, out);
            double pa = (everyone[0] + 1.0) / (everyone[2] + 2.0);
            double pat = 2 * Math.sqrt(everyone[2] + 1.0) * ((everyone[0] + 1.0) / (everyone[2] + 1.0) - 0.5);
            worst = Math.max(worst, Math.abs(pa * pat - map.consensus(c)));

            double gac = 1;
            int agree = 0;
            int disagree = 0;
            int seen = 0;
            for (int g = 0; g < groups; g++) {
                int[] cast = reference.counts(id, Integer.toString(g), false, out);
                gac *= (cast[0] + 1.0) / (cast[2] + 2.0);
                agree += cast[0];
                disagree += cast[1];
                seen += cast[2];
            }
            worst = Math.max(worst, Math.abs(gac - map.groupAwareConsensus(c)));
            double extremity = Math.sqrt(ratings.statementCount()) * Math.abs(1 - components.mean()[c])
                    * Math.sqrt(Math.pow(components.first()[c], 2) + Math.pow(components.second()[c], 2));
            double passes = seen - agree - disagree;
            double importance = (1 - (passes + 1) / (seen + 2)) * (extremity + 1) * (agree + 1) / (seen + 2);
            double priority = Math.pow(importance * (1 + 8 * Math.pow(2, -seen / 5.0)), 2);
            worst = Math.max(worst, Math.abs(priority - map.priority(c)) / Math.max(1, priority));
        }
        System.out.printf("%-27s largest difference from the formulas %.2e%n", name, worst);
        assertThat(worst).isCloseTo(0, within(EXACT));
    }

    private static double twoProp(double x1, double m1, double x2, double m2) {
        double pooled = (x1 + x2) / (m1 + m2);
        return pooled == 1 ? 0 : (x1 / m1 - x2 / m2) / Math.sqrt(pooled * (1 - pooled) * (1 / m1 + 1 / m2));
    }

    /** The export read as plain strings, independently of {@link PolisConversation}. */
    private record Reference(List<CSVRecord> rows, Set<String> moderatedOut) {

        static Reference read(String name) throws Exception {
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            Set<String> out = new HashSet<>();
            try (Reader reader = Files.newBufferedReader(PolisData.folder(name).resolve("comments.csv"))) {
                for (CSVRecord record : format.parse(reader)) {
                    if (record.get("moderated").equals("-1")) {
                        out.add(record.get("comment-id"));
                    }
                }
            }
            try (Reader reader = Files.newBufferedReader(PolisData.folder(name).resolve("participants-votes.csv"))) {
                return new Reference(new ArrayList<>(format.parse(reader).getRecords()), out);
            }
        }

        /**
         * Agrees, disagrees and votes seen on a statement by a group's members (everyone when group is null); on
         * the matrix Pol.is clusters on, a moderated-out statement is a pass for everyone.
         */
        int[] counts(String statement, String group, boolean zeroModerated, boolean moderatedOut) {
            int[] counts = new int[3];
            Map<String, Integer> tally = new HashMap<>();
            for (CSVRecord row : rows) {
                if (group != null && !row.get("group-id").equals(group)) {
                    continue;
                }
                if (zeroModerated && moderatedOut) {
                    counts[2]++;
                    continue;
                }
                String vote = row.get(statement);
                if (!vote.isEmpty()) {
                    counts[2]++;
                    tally.merge(vote, 1, Integer::sum);
                }
            }
            counts[0] = tally.getOrDefault("1", 0);
            counts[1] = tally.getOrDefault("-1", 0);
            return counts;
        }
    }
}
