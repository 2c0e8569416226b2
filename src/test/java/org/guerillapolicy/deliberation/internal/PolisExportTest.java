package org.guerillapolicy.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real conversation written in the Pol.is format and read back is the same conversation. */
class PolisExportTest {

    @TempDir
    Path folder;

    @Test
    void aConversationSurvivesExportAndImport() throws Exception {
        PolisConversation original = PolisData.read("scoop-hivemind.taxes");
        RatingMatrix ratings = original.ratings();
        List<PolisExport.ExportStatement> statements = new ArrayList<>();
        for (int c = 0; c < ratings.statementCount(); c++) {
            PolisConversation.Statement s = original.statements().get(ratings.statement(c));
            statements.add(new PolisExport.ExportStatement(s.id(), s.moderated(), s.text(), Instant.EPOCH));
        }
        List<PolisExport.ExportVote> votes = new ArrayList<>();
        Map<Integer, Integer> groups = new HashMap<>();
        for (int row = 0; row < ratings.participantCount(); row++) {
            int participant = (int) ratings.participant(row);
            Integer group = original.polisGroups().get(ratings.participant(row));
            if (group != null) {
                groups.put(participant, group);
            }
            for (int i = ratings.rowStart(row); i < ratings.rowStart(row + 1); i++) {
                votes.add(new PolisExport.ExportVote(participant, ratings.statement(ratings.columnAt(i)),
                        ratings.voteAt(i), Instant.EPOCH));
            }
        }
        PolisExport export = new PolisExport(statements, votes, groups);
        for (String file : PolisExport.FILES) {
            StringBuilder text = new StringBuilder();
            export.write(file, text);
            Files.writeString(folder.resolve(file), text);
        }

        PolisConversation fromMatrix = PolisConversation.read(folder.resolve("comments.csv"),
                folder.resolve("participants-votes.csv"));
        PolisConversation fromEvents = PolisConversation.readVoteEvents(folder.resolve("comments.csv"),
                folder.resolve("votes.csv"));

        assertThat(fromMatrix.polisGroups()).isEqualTo(original.polisGroups());
        for (PolisConversation copy : List.of(fromMatrix, fromEvents)) {
            assertThat(copy.ratings().voteCount()).isEqualTo(ratings.voteCount());
            assertThat(copy.statements().keySet()).containsAll(fromMatrix.statements().keySet());
            OpinionMap a = OpinionMapping.compute(ratings, OpinionMapping.Settings.defaults());
            OpinionMap b = OpinionMapping.compute(copy.ratings(), OpinionMapping.Settings.defaults());
            assertThat(b.groups()).isEqualTo(a.groups());
        }
    }
}
