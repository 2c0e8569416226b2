package org.guerillapolicy.deliberation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guerillapolicy.deliberation.internal.OpinionMap;
import org.guerillapolicy.deliberation.internal.OpinionMapFiles;
import org.guerillapolicy.deliberation.internal.OpinionMapping;
import org.guerillapolicy.deliberation.internal.PolisConversation;
import org.guerillapolicy.deliberation.internal.PolisFormatException;
import org.guerillapolicy.deliberation.internal.RatingMatrix;

/**
 * {@code java -jar guerilla-policy.jar opinion-map --comments comments.csv --votes participants-votes.csv --out DIR
 * [--groups K]} maps a conversation exported from Pol.is; {@code votes.csv} may stand in for
 * {@code participants-votes.csv}. It needs no database, so it runs before Spring starts. A file that cannot be read
 * is named, with the line at fault, and the command exits with status 1.
 */
public final class OpinionMapCommand {

    public static final String NAME = "opinion-map";
    private static final List<String> OPTIONS = List.of("--comments", "--votes", "--out", "--groups");
    private static final String USAGE = "usage: opinion-map --comments comments.csv --votes participants-votes.csv"
            + " --out DIR [--groups K]";

    private OpinionMapCommand() {
    }

    /** Runs the command on the arguments after its name; returns the process exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            if (!OPTIONS.contains(args.get(i)) || i + 1 >= args.size()) {
                err.println("opinion-map: unknown option or missing value: " + args.get(i));
                err.println(USAGE);
                return 2;
            }
            options.put(args.get(i), args.get(i + 1));
        }
        if (!options.keySet().containsAll(OPTIONS.subList(0, 3))) {
            err.println(USAGE);
            return 2;
        }
        Integer groups = null;
        if (options.containsKey("--groups")) {
            try {
                groups = Integer.valueOf(options.get("--groups"));
            } catch (NumberFormatException e) {
                groups = 0;
            }
            if (groups < 1) {
                err.println("opinion-map: --groups must be a whole number of at least 1, not " + options.get("--groups"));
                return 2;
            }
        }
        for (String option : OPTIONS.subList(0, 2)) {
            if (!Files.isRegularFile(Path.of(options.get(option)))) {
                err.println("opinion-map: " + options.get(option) + ": no such file");
                return 1;
            }
        }
        try {
            long start = System.nanoTime();
            out.println("Reading " + options.get("--comments") + " and " + options.get("--votes"));
            PolisConversation conversation = PolisConversation.read(Path.of(options.get("--comments")),
                    Path.of(options.get("--votes")));
            out.printf("Mapping %d participants, %d statements, %d votes%n", conversation.ratings().participantCount(),
                    conversation.ratings().statementCount(), conversation.ratings().voteCount());
            OpinionMap map = OpinionMapping.compute(conversation.ratings(),
                    OpinionMapping.Settings.defaults().withGroups(groups));
            OpinionMapFiles.write(map, Path.of(options.get("--out")));
            out.printf("Found %d groups (%s); wrote participants.csv, statements.csv and repness.csv to %s in %d ms%n",
                    map.groups(), groupSizes(map), options.get("--out"), (System.nanoTime() - start) / 1_000_000);
            out.println(whoIsGrouped(map));
            return 0;
        } catch (PolisFormatException e) {
            err.println("opinion-map: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("opinion-map: cannot write to " + options.get("--out") + ": " + e.getMessage());
            return 1;
        }
    }

    /** Why some participants are in no group, and why some with few votes are. */
    private static String whoIsGrouped(OpinionMap map) {
        RatingMatrix ratings = map.ratings();
        int needed = OpinionMapping.votesToJoin(ratings);
        int ungrouped = 0;
        int keptByPolis = 0;
        for (int row = 0; row < ratings.participantCount(); row++) {
            if (map.groupOfRow()[row] < 0) {
                ungrouped++;
            } else if (ratings.votesCastBy(row) < needed && ratings.wasClustered(row)) {
                keptByPolis++;
            }
        }
        return String.format("Participants are grouped once they have voted on %d statements; %d have not (they are"
                + " left out of participants.csv), and %d with fewer are grouped because Pol.is had grouped them"
                + " (in Pol.is, a participant once grouped stays grouped).", needed, ungrouped, keptByPolis);
    }

    private static String groupSizes(OpinionMap map) {
        StringBuilder sizes = new StringBuilder();
        for (int g = 0; g < map.groups(); g++) {
            sizes.append(g == 0 ? "" : ", ").append("group ").append(g).append(": ").append(map.groupSize(g));
        }
        return sizes.toString();
    }
}
