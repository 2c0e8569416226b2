package org.guerillapolicy.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guerillapolicy.deliberation.internal.MapGroupStore;
import org.guerillapolicy.deliberation.internal.OpinionMapStore;
import org.guerillapolicy.support.IntegrationTest;
import org.guerillapolicy.support.Members;
import org.guerillapolicy.support.WebSession;
import org.guerillapolicy.support.WebSession.Response;
import org.guerillapolicy.support.WebSession.Upload;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PolisImportIntegrationTest extends IntegrationTest {

    static final Path BREXIT = Path.of("src/test/resources/polis/brexit-consensus");
    static final Path SEATTLE = Path.of("src/test/resources/polis/15-per-hour-seattle");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MapGroupStore groups;

    @TempDir
    Path out;

    static Upload upload(Path file) {
        try {
            return new Upload(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Imports through the form; returns the response to the post. */
    static Response importFiles(WebSession person, String prompt, Upload comments, Upload votes) {
        person.get("/maps/import");
        Map<String, Upload> files = new HashMap<>();
        if (comments != null) {
            files.put("comments", comments);
        }
        if (votes != null) {
            files.put("votes", votes);
        }
        return person.submitFiles("form[action=/maps/import]", Map.of("prompt", prompt, "participation", "LISTED"),
                files);
    }

    static String mapPath(Response imported) {
        assertThat(imported.location()).as(imported.page().select(".error-summary").text()).isPresent();
        return imported.location().orElseThrow().replaceAll("\\?.*", "").replaceAll("^https?://[^/]+", "")
                .replaceAll("/map$", "");
    }

    @Test
    void importsAConversationWithTheGroupsTheCommandFinds() throws Exception {
        WebSession owner = Members.joined(url(""), unique("importer"));
        String prompt = "Brexit " + unique("p");
        String path = mapPath(importFiles(owner, prompt, upload(BREXIT.resolve("comments.csv")),
                upload(BREXIT.resolve("participants-votes.csv"))));
        long mapId = Long.parseLong(path.replace("/maps/", ""));

        // The command on the same files.
        int status = OpinionMapCommand.run(List.of("--comments", BREXIT.resolve("comments.csv").toString(), "--votes",
                BREXIT.resolve("participants-votes.csv").toString(), "--out", out.toString()),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertThat(status).isZero();
        Map<Long, String> commandGroups = new HashMap<>();
        Files.readAllLines(out.resolve("participants.csv")).stream().skip(1).map(line -> line.split(","))
                .forEach(cells -> commandGroups.put(Long.parseLong(cells[0]), cells[1]));

        // The groups of the map computed from what the import stored: everyone Pol.is grouped stays grouped, some
        // of them with fewer than seven votes, as in the command.
        Document map = OpinionMapsIntegrationTest.mapWhenUpdated(new WebSession(url("")), path, "Group 1:");
        Map<Long, String> storedGroups = new HashMap<>();
        groups.groupOf(mapId).forEach((voter, group) ->
                storedGroups.put(voter - OpinionMapStore.IMPORTED_VOTER_OFFSET, Integer.toString(group - 1)));
        assertThat(storedGroups).isEqualTo(commandGroups).hasSize(197);

        assertThat(jdbc.sql("select count(*) from opinion_statements where map_id = :m").param("m", mapId)
                .query(Long.class).single()).isEqualTo(50);
        assertThat(map.select("#imported").text()).contains("Imported from Pol.is", "participants,", "50 statements");
        for (int g = 1; g <= 2; g++) {
            long size = storedGroups.values().stream().filter(Integer.toString(g - 1)::equals).count();
            assertThat(map.text()).contains("Group " + g + ": " + size + " people");
        }
        assertThat(map.text()).contains("7 people are not in a group yet: people join one once they have voted on 7");
        // Statements longer than 140 characters come across whole.
        assertThat(map.text()).contains("\"The EU\" as a concept is too big and too varied to be summed up simply");
        assertThat(new WebSession(url("")).get("/maps").page().text()).contains(prompt);
    }

    @Test
    void importedMapsExportInThePolisFormatAndImportAgainFromVotesCsv() throws Exception {
        WebSession owner = Members.joined(url(""), unique("importer"));
        String path = mapPath(importFiles(owner, "Seattle " + unique("p"), upload(SEATTLE.resolve("comments.csv")),
                upload(SEATTLE.resolve("participants-votes.csv"))));
        long first = Long.parseLong(path.replace("/maps/", ""));
        WebSession anyone = new WebSession(url(""));
        String comments = anyone.get(path + "/export/comments.csv").body();
        String votes = anyone.get(path + "/export/votes.csv").body();
        assertThat(comments).contains("(removed by moderation)");
        long votesStored = jdbc.sql("select count(*) from opinion_imported_votes where map_id = :m").param("m", first)
                .query(Long.class).single();
        assertThat(votes.lines().count() - 1).isEqualTo(votesStored);
        assertThat(anyone.get(path + "/export/participants-votes.csv").body().lines().count()).isGreaterThan(300);

        String again = mapPath(importFiles(owner, "Seattle again " + unique("p"),
                new Upload("comments.csv", comments.getBytes(StandardCharsets.UTF_8)),
                new Upload("votes.csv", votes.getBytes(StandardCharsets.UTF_8))));
        long second = Long.parseLong(again.replace("/maps/", ""));
        assertThat(jdbc.sql("select count(*) from opinion_imported_votes where map_id = :m").param("m", second)
                .query(Long.class).single()).isEqualTo(votesStored);
        assertThat(jdbc.sql("select count(*) from opinion_statements where map_id = :m and status = 'REJECTED'")
                .param("m", second).query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from opinion_statements where map_id = :m and status = 'REJECTED'")
                        .param("m", first).query(Long.class).single()).isPositive();
        Document map = OpinionMapsIntegrationTest.mapWhenUpdated(anyone, again, "Group 1:");
        Document original = OpinionMapsIntegrationTest.mapWhenUpdated(anyone, path, "Group 1:");
        assertThat(map.select(".opinion-group h3").eachText()).isEqualTo(original.select(".opinion-group h3").eachText());
    }

    @Test
    void badFilesAreRefusedNamingTheFileAndLineAndNothingIsSaved() throws Exception {
        String name = unique("importer");
        WebSession owner = Members.joined(url(""), name);
        List<String> lines = Files.readAllLines(BREXIT.resolve("participants-votes.csv"));
        lines.set(2, lines.get(2).replaceFirst(",1,1,", ",1,yes,"));
        Upload badVotes = new Upload("my-votes.csv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        Response bad = importFiles(owner, "Bad " + unique("p"), upload(BREXIT.resolve("comments.csv")), badVotes);
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.page().select(".error-summary").text()).contains("my-votes.csv line 3: vote for")
                .contains("is 'yes', not 1 (agree), -1 (disagree) or 0 (pass)");
        assertThat(bad.page().select("#votesFile-error").text()).contains("my-votes.csv line 3");
        // Told together with a problem elsewhere on the form, as the files must be chosen again anyway.
        Response both = importFiles(owner, " ", upload(BREXIT.resolve("comments.csv")), badVotes);
        assertThat(both.page().select(".error-summary").text()).contains("Enter the question or topic",
                "my-votes.csv line 3");

        List<String> comments = Files.readAllLines(BREXIT.resolve("comments.csv"));
        comments.set(3, comments.get(3).replaceFirst(",1,\"", ",1,\"" + "x".repeat(1001)));
        Response tooLong = importFiles(owner, "Long " + unique("p"),
                new Upload("comments.csv", String.join("\n", comments).getBytes(StandardCharsets.UTF_8)),
                upload(BREXIT.resolve("participants-votes.csv")));
        assertThat(tooLong.page().select("#commentsFile-error").text())
                .contains("comments.csv line 4: comment").contains("the most we take is 1000");

        Response missing = importFiles(owner, " ", null, upload(BREXIT.resolve("comments.csv")));
        assertThat(missing.page().select(".error-summary").text()).contains("Enter the question or topic",
                "Choose the comments.csv file");
        assertThat(missing.page().select("#choose-again").text()).contains("Choose both files again");

        Response swapped = importFiles(owner, "Swapped " + unique("p"), upload(BREXIT.resolve("participants-votes.csv")),
                upload(BREXIT.resolve("comments.csv")));
        assertThat(swapped.page().select(".error-summary").text()).contains("participants-votes.csv line 1: is a votes"
                + " file, not the comments file (its header has a participant column): were the two files swapped?");

        Response binary = importFiles(owner, "Binary " + unique("p"), new Upload("comments.csv", new byte[] {(byte) 0xff, 0, 1}),
                upload(BREXIT.resolve("participants-votes.csv")));
        assertThat(binary.page().select(".error-summary").text()).contains("comments.csv is not a CSV file in UTF-8 text");

        assertThat(jdbc.sql("select count(*) from opinion_maps m join accounts a on a.id = m.created_by where a.username = :u")
                .param("u", name).query(Long.class).single()).isZero();
        assertThat(new WebSession(url("")).get("/maps/import").location())
                .hasValueSatisfying(location -> assertThat(location).contains("/signin"));
    }

    @Test
    void aShortRowOrAProblemInFilesOfTheSameNameIsToldNextToTheFileItIsIn() throws Exception {
        String name = unique("importer");
        WebSession owner = Members.joined(url(""), name);
        List<String> comments = new java.util.ArrayList<>(Files.readAllLines(BREXIT.resolve("comments.csv")));
        List<String> shortComments = new java.util.ArrayList<>(comments);
        shortComments.set(2, "1500282544716,Mon Jul 17 16:09:04 WIB 2017,34,0");
        List<String> votes = new java.util.ArrayList<>(Files.readAllLines(BREXIT.resolve("participants-votes.csv")));
        List<String> badVotes = new java.util.ArrayList<>(votes);
        badVotes.set(2, badVotes.get(2).replaceFirst(",1,1,", ",1,yes,"));

        String prompt = "Short " + unique("p");
        Response shortRow = importFiles(owner, prompt, new Upload("comments.csv", bytes(shortComments)),
                upload(BREXIT.resolve("participants-votes.csv")));
        assertThat(shortRow.status()).isEqualTo(200);
        assertThat(shortRow.page().select("#commentsFile-error").text())
                .contains("comments.csv line 3: has 4 fields but the header has 8 columns");
        assertThat(shortRow.page().select("#votesFile-error")).isEmpty();
        assertThat(shortRow.page().select("textarea[name=prompt]").text()).isEqualTo(prompt);

        for (String sameName : List.of("export.csv", "")) {
            String shown = sameName.isEmpty() ? "the file" : sameName;
            Response inVotes = importFiles(owner, "Same " + unique("p"), new Upload(sameName, bytes(comments)),
                    new Upload(sameName, bytes(badVotes)));
            assertThat(inVotes.status()).isEqualTo(200);
            assertThat(inVotes.page().select("#votesFile-error").text()).contains(shown + " line 3: vote for comment");
            assertThat(inVotes.page().select("#commentsFile-error")).isEmpty();

            Response inComments = importFiles(owner, "Same " + unique("p"), new Upload(sameName, bytes(shortComments)),
                    new Upload(sameName, bytes(votes)));
            assertThat(inComments.status()).isEqualTo(200);
            assertThat(inComments.page().select("#commentsFile-error").text())
                    .contains(shown + " line 3: has 4 fields");
            assertThat(inComments.page().select("#votesFile-error")).isEmpty();
        }

        Response shortVotes = importFiles(owner, "Short votes " + unique("p"), upload(BREXIT.resolve("comments.csv")),
                new Upload("votes.csv", "timestamp,datetime,comment-id,voter-id,vote\n1,Mon,36,0\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(shortVotes.status()).isEqualTo(200);
        assertThat(shortVotes.page().select("#votesFile-error").text())
                .contains("votes.csv line 2: has 4 fields but the header has 5 columns");

        assertThat(jdbc.sql("""
                select count(*) from opinion_maps m join accounts a on a.id = m.created_by where a.username = :u""")
                .param("u", name).query(Long.class).single()).isZero();
    }

    private static byte[] bytes(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void filesOverTheLimitAreRefusedWithAMessageOrA413() {
        WebSession owner = Members.joined(url(""), unique("importer"));
        byte[] eleven = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(eleven, (byte) 'a');
        Response tooBig = importFiles(owner, "Big " + unique("p"), new Upload("comments.csv", eleven),
                upload(BREXIT.resolve("participants-votes.csv")));
        assertThat(tooBig.status()).isEqualTo(200);
        assertThat(tooBig.page().select("#commentsFile-error").text()).contains("comments.csv is larger than 10 MB");

        byte[] huge = new byte[13 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        Response refused = importFiles(owner, "Huge " + unique("p"), new Upload("comments.csv", huge),
                upload(BREXIT.resolve("participants-votes.csv")));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.page().select("h1").text()).isEqualTo("The files were too large");
    }
}
