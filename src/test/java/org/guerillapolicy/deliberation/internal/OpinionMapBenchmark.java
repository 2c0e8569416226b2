package org.guerillapolicy.deliberation.internal;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Times an opinion map of 10,000 participants and 1,000 statements (about 2 million votes). Not part of the test
 * suite (its name is not a test's); run it with
 * {@code mvn test -Dtest=OpinionMapBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. It prints its figures.
 *
 * <p>Votes are sparse and uneven as in real conversations: how many statements a person votes on is heavy-tailed
 * (many vote on a few dozen, some on nearly all), earlier statements are seen more, and opinions come from three
 * camps of unequal size on two latent axes, with about a fifth of votes passes.
 */
class OpinionMapBenchmark {

    private static final int PARTICIPANTS = 10_000;
    private static final int STATEMENTS = 1_000;
    private static final int ROUNDS = 5;

    @Test
    void recomputeAtScale() {
        long start = System.nanoTime();
        Votes votes = generate(new SplittableRandom(2026));
        RatingMatrix ratings = votes.matrix(null);
        System.out.printf("Generated %,d participants x %,d statements, %,d votes in %d ms%n",
                ratings.participantCount(), ratings.statementCount(), ratings.voteCount(), millis(start));

        OpinionMap map = null;
        for (int round = 1; round <= ROUNDS; round++) {
            long from = System.nanoTime();
            long cpu = cpuNanos();
            RatingMatrix fresh = votes.matrix(null);
            long built = System.nanoTime();
            map = OpinionMapping.compute(fresh, OpinionMapping.Settings.defaults());
            System.out.printf("From scratch, run %d: %d ms (matrix %d ms, maths %d ms; CPU %d ms); %d groups, sizes %s%n",
                    round, millis(from), millis(from) - millis(built), millis(built), (cpuNanos() - cpu) / 1_000_000,
                    map.groups(), sizes(map));
        }
        for (int round = 1; round <= ROUNDS; round++) {
            long from = System.nanoTime();
            long cpu = cpuNanos();
            RatingMatrix withOneMore = votes.matrix(new int[] {round, STATEMENTS - round, 1});
            long built = System.nanoTime();
            OpinionMap next = OpinionMapping.update(map, withOneMore, OpinionMapping.Settings.defaults());
            System.out.printf("After one new vote, run %d: %d ms (matrix %d ms, maths %d ms; CPU %d ms); %d groups%n",
                    round, millis(from), millis(from) - millis(built), millis(built), (cpuNanos() - cpu) / 1_000_000,
                    next.groups());
        }
    }

    /** CPU time of the whole process (all threads), to tell work from waiting on a busy machine. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static String sizes(OpinionMap map) {
        StringBuilder sizes = new StringBuilder();
        for (int g = 0; g < map.groups(); g++) {
            sizes.append(g == 0 ? "" : "/").append(map.groupSize(g));
        }
        return sizes.toString();
    }

    /** Vote events as parallel arrays, so the benchmark can rebuild the matrix as a live update would. */
    private record Votes(int[] participant, int[] statement, byte[] value) {

        RatingMatrix matrix(int[] extra) {
            RatingMatrix.Builder builder = RatingMatrix.builder();
            for (int s = 0; s < STATEMENTS; s++) {
                builder.statement(s, s % 50 == 49);
            }
            for (int i = 0; i < participant.length; i++) {
                builder.vote(participant[i], statement[i], value[i]);
            }
            if (extra != null) {
                builder.vote(extra[0], extra[1], extra[2]);
            }
            return builder.build();
        }
    }

    private static Votes generate(SplittableRandom random) {
        double[][] loading = new double[STATEMENTS][3];
        for (double[] statement : loading) {
            statement[0] = random.nextGaussian() * 1.5;
            statement[1] = random.nextGaussian() * 1.5;
            statement[2] = random.nextGaussian() * 0.5;
        }
        double[][] camps = {{1.2, 0.3}, {-1.0, 0.8}, {0.1, -1.3}};
        double[] campShare = {0.55, 0.3, 0.15};
        int capacity = 2_200_000;
        int[] who = new int[capacity];
        int[] what = new int[capacity];
        byte[] how = new byte[capacity];
        int count = 0;
        for (int p = 0; p < PARTICIPANTS; p++) {
            double draw = random.nextDouble();
            int camp = draw < campShare[0] ? 0 : draw < campShare[0] + campShare[1] ? 1 : 2;
            double x = camps[camp][0] + random.nextGaussian() * 0.5;
            double y = camps[camp][1] + random.nextGaussian() * 0.5;
            // Heavy-tailed participation with a mean near 200 votes.
            int wanted = (int) Math.min(STATEMENTS, Math.max(3, Math.exp(4.9 + random.nextGaussian() * 0.9)));
            java.util.BitSet seen = new java.util.BitSet(STATEMENTS);
            while (seen.cardinality() < wanted && count < capacity) {
                // Earlier statements are seen more often.
                int s = (int) Math.min(STATEMENTS - 1, Math.floor(-Math.log(1 - random.nextDouble()) * 400));
                if (seen.get(s)) {
                    s = random.nextInt(STATEMENTS);
                    if (seen.get(s)) {
                        continue;
                    }
                }
                seen.set(s);
                double lean = loading[s][0] * x + loading[s][1] * y + loading[s][2];
                double agree = 1 / (1 + Math.exp(-lean));
                double r = random.nextDouble();
                who[count] = p;
                what[count] = s;
                how[count++] = (byte) (r < 0.2 ? 0 : random.nextDouble() < agree ? 1 : -1);
            }
        }
        return new Votes(java.util.Arrays.copyOf(who, count), java.util.Arrays.copyOf(what, count),
                java.util.Arrays.copyOf(how, count));
    }
}
