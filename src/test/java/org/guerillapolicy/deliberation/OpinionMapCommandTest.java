package org.guerillapolicy.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpinionMapCommandTest {

    private static final Path BREXIT = Path.of("src/test/resources/polis/brexit-consensus");

    @TempDir
    Path out;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    private int run(String... args) {
        return OpinionMapCommand.run(List.of(args), new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesParticipantsStatementsAndRepness() throws Exception {
        int status = run("--comments", BREXIT.resolve("comments.csv").toString(), "--votes",
                BREXIT.resolve("participants-votes.csv").toString(), "--out", out.toString());

        assertThat(status).as(errors.toString()).isZero();
        List<String> participants = Files.readAllLines(out.resolve("participants.csv"));
        assertThat(participants.getFirst()).isEqualTo("participant,group");
        assertThat(participants).hasSizeGreaterThan(150).allSatisfy(line -> assertThat(line).matches("[\\w-]+,\\w+"));
        List<String> statements = Files.readAllLines(out.resolve("statements.csv"));
        assertThat(statements.getFirst()).isEqualTo("statement,consensus,group_aware_consensus");
        assertThat(statements).hasSize(51);
        List<String> repness = Files.readAllLines(out.resolve("repness.csv"));
        assertThat(repness.getFirst()).isEqualTo("group,statement,repness,agree_or_disagree");
        assertThat(repness.subList(1, repness.size())).isNotEmpty()
                .allSatisfy(line -> assertThat(line).matches("[01],\\d+,[-\\d.E]+,(agree|disagree)"));
        assertThat(printed.toString()).contains("Found 2 groups", "grouped once they have voted on 7 statements; 7 have"
                + " not", "8 with fewer are grouped because Pol.is had grouped them");
        assertThat(participants).hasSize(1 + 197);
    }

    @Test
    void fixesTheNumberOfGroupsWhenAsked() throws Exception {
        run("--comments", BREXIT.resolve("comments.csv").toString(), "--votes",
                BREXIT.resolve("participants-votes.csv").toString(), "--out", out.toString(), "--groups", "3");

        assertThat(Files.readAllLines(out.resolve("participants.csv")).stream().skip(1)
                .map(line -> line.split(",")[1]).distinct()).containsExactlyInAnyOrder("0", "1", "2");
    }

    @Test
    void namesTheFileAndLineOfABadVote() throws Exception {
        Path votes = out.resolve("participants-votes.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(BREXIT.resolve("participants-votes.csv")));
        lines.set(3, lines.get(3).replaceFirst(",-1,", ",yes,"));
        Files.write(votes, lines);

        int status = run("--comments", BREXIT.resolve("comments.csv").toString(), "--votes", votes.toString(),
                "--out", out.resolve("map").toString());

        assertThat(status).isEqualTo(1);
        assertThat(errors.toString()).contains("participants-votes.csv line 4:").contains("'yes'");
    }

    @Test
    void namesAColumnThatIsNotAComment() throws Exception {
        Path comments = out.resolve("comments.csv");
        List<String> lines = Files.readAllLines(BREXIT.resolve("comments.csv"));
        Files.write(comments, lines.stream().filter(line -> !line.matches("^\\d+,[^,]*,7,.*")).toList());

        int status = run("--comments", comments.toString(), "--votes",
                BREXIT.resolve("participants-votes.csv").toString(), "--out", out.resolve("map").toString());

        assertThat(status).isEqualTo(1);
        assertThat(errors.toString()).contains("participants-votes.csv line 1: column 7 is not a comment");
    }

    @Test
    void namesTheFileAndLineOfACommentsRowThatIsShortAndPrintsNoStackTrace() throws Exception {
        Path comments = out.resolve("comments.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(BREXIT.resolve("comments.csv")));
        lines.set(2, "1500282544716,Mon Jul 17 16:09:04 WIB 2017,34,0");
        Files.write(comments, lines);

        int status = run("--comments", comments.toString(), "--votes",
                BREXIT.resolve("participants-votes.csv").toString(), "--out", out.resolve("map").toString());

        assertThat(status).isEqualTo(1);
        assertThat(errors.toString()).isEqualTo("opinion-map: comments.csv line 3: has 4 fields but the header has 8"
                + " columns; a comma may be missing or extra, or a field with a comma in it may need quotes"
                + System.lineSeparator());
        assertThat(out.resolve("map")).doesNotExist();
    }

    @Test
    void namesTheFileAndLineOfAVoteColumnOrVoteEventThatCannotBeRead() throws Exception {
        Path votes = out.resolve("participants-votes.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(BREXIT.resolve("participants-votes.csv")));
        lines.set(0, lines.get(0) + ",99999999999999999999");
        Files.write(votes, lines);
        assertThat(run("--comments", BREXIT.resolve("comments.csv").toString(), "--votes", votes.toString(),
                "--out", out.resolve("map").toString())).isEqualTo(1);
        assertThat(errors.toString())
                .startsWith("opinion-map: participants-votes.csv line 1: column 99999999999999999999 is not a comment").doesNotContain("Exception");

        Path events = out.resolve("votes.csv");
        Files.writeString(events, "timestamp,datetime,comment-id,voter-id,vote\n1,Mon,36,0,1\n2,Mon,36,1\n");
        errors.reset();
        assertThat(run("--comments", BREXIT.resolve("comments.csv").toString(), "--votes", events.toString(),
                "--out", out.resolve("map").toString())).isEqualTo(1);
        assertThat(errors.toString()).startsWith("opinion-map: votes.csv line 3: has 4 fields but the header has 5")
                .doesNotContain("Exception");
    }

    @Test
    void aVotesFileWithAHeaderAloneMapsNobodyWithoutAStackTrace() throws Exception {
        Path votes = out.resolve("participants-votes.csv");
        Files.writeString(votes, Files.readAllLines(BREXIT.resolve("participants-votes.csv")).getFirst() + "\n");

        int status = run("--comments", BREXIT.resolve("comments.csv").toString(), "--votes", votes.toString(),
                "--out", out.resolve("map").toString());

        assertThat(status).as(errors.toString()).isZero();
        assertThat(printed.toString()).contains("Mapping 0 participants, 50 statements, 0 votes", "Found 0 groups");
    }

    @Test
    void explainsMissingFilesAndOptions() {
        assertThat(run("--comments", "nowhere.csv", "--votes", "x.csv", "--out", out.toString())).isEqualTo(1);
        assertThat(errors.toString()).contains("nowhere.csv: no such file");
        assertThat(run("--comments", "a.csv")).isEqualTo(2);
        assertThat(errors.toString()).contains("usage: opinion-map");
    }
}
