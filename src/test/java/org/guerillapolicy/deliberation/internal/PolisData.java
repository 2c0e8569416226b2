package org.guerillapolicy.deliberation.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The four real Pol.is conversations kept as test resources (CC BY 4.0, see polis/ATTRIBUTION.md). */
final class PolisData {

    static final List<String> CONVERSATIONS = List.of("brexit-consensus", "15-per-hour-seattle",
            "scoop-hivemind.taxes", "canadian-electoral-reform");

    private PolisData() {
    }

    static Path folder(String conversation) {
        return Path.of("src/test/resources/polis", conversation);
    }

    static PolisConversation read(String conversation) {
        return PolisConversation.read(folder(conversation).resolve("comments.csv"),
                folder(conversation).resolve("participants-votes.csv"));
    }

    /** Pol.is's group of each row, -1 where Pol.is did not group the participant. */
    static int[] polisGroupOfRow(PolisConversation conversation) {
        RatingMatrix ratings = conversation.ratings();
        Map<Long, Integer> groups = conversation.polisGroups();
        int[] result = new int[ratings.participantCount()];
        for (int row = 0; row < result.length; row++) {
            result[row] = groups.getOrDefault(ratings.participant(row), -1);
        }
        return result;
    }

    /** Our and Pol.is's groups over the participants both grouped (as the command-line output is compared). */
    static int[][] comparableLabels(OpinionMap map, int[] polis) {
        int[] rows = java.util.stream.IntStream.range(0, polis.length)
                .filter(row -> polis[row] >= 0 && map.groupOfRow()[row] >= 0).toArray();
        return new int[][] {java.util.Arrays.stream(rows).map(row -> map.groupOfRow()[row]).toArray(),
                java.util.Arrays.stream(rows).map(row -> polis[row]).toArray()};
    }

    /**
     * Our group for every participant Pol.is grouped: the group we clustered them into, or for the few Pol.is kept
     * from an earlier state with fewer votes than we require, the group with the nearest centre.
     */
    static int[][] labelsOfAllPolisGrouped(OpinionMap map, int[] polis) {
        double[][] centre = new double[map.groups()][2];
        int[] size = new int[map.groups()];
        for (int row = 0; row < polis.length; row++) {
            int g = map.groupOfRow()[row];
            if (g >= 0) {
                centre[g][0] += map.positions()[row][0];
                centre[g][1] += map.positions()[row][1];
                size[g]++;
            }
        }
        for (int g = 0; g < centre.length; g++) {
            centre[g][0] /= size[g];
            centre[g][1] /= size[g];
        }
        int count = (int) java.util.Arrays.stream(polis).filter(g -> g >= 0).count();
        int[] ours = new int[count];
        int[] theirs = new int[count];
        int at = 0;
        for (int row = 0; row < polis.length; row++) {
            if (polis[row] >= 0) {
                int g = map.groupOfRow()[row];
                ours[at] = g >= 0 ? g : KMeans.nearestCentre(map.positions()[row], centre);
                theirs[at++] = polis[row];
            }
        }
        return new int[][] {ours, theirs};
    }
}
