package org.guerillapolicy.deliberation.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a computed map as three CSV files: {@code participants.csv} (participant,group) for everyone clustered,
 * {@code statements.csv} (statement,consensus,group_aware_consensus) for the statements not moderated out, and
 * {@code repness.csv} (group,statement,repness,agree_or_disagree) for each group's representative statements.
 * Consensus is Pol.is's agree-consensus metric pa x pat; groups are numbered from 0, largest first.
 */
public final class OpinionMapFiles {

    private OpinionMapFiles() {
    }

    public static void write(OpinionMap map, Path folder) throws IOException {
        Files.createDirectories(folder);
        RatingMatrix ratings = map.ratings();
        try (CSVPrinter csv = printer(folder.resolve("participants.csv"), "participant", "group")) {
            for (int row = 0; row < ratings.participantCount(); row++) {
                if (map.groupOfRow()[row] >= 0) {
                    csv.printRecord(ratings.participant(row), map.groupOfRow()[row]);
                }
            }
        }
        try (CSVPrinter csv = printer(folder.resolve("statements.csv"), "statement", "consensus",
                "group_aware_consensus")) {
            for (int c = 0; c < ratings.statementCount(); c++) {
                if (!ratings.isModeratedOut(c)) {
                    csv.printRecord(ratings.statement(c), map.consensus(c), map.groupAwareConsensus(c));
                }
            }
        }
        try (CSVPrinter csv = printer(folder.resolve("repness.csv"), "group", "statement", "repness",
                "agree_or_disagree")) {
            for (int g = 0; g < map.groups(); g++) {
                for (OpinionMap.Representative representative : map.representativeOf(g)) {
                    csv.printRecord(g, ratings.statement(representative.column()), representative.repness(),
                            representative.agreed() ? "agree" : "disagree");
                }
            }
        }
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator('\n').get());
    }
}
