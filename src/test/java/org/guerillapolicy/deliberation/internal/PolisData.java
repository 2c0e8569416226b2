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
}
