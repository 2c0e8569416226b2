package org.guerillapolicy.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed Pol.is files are refused with a PolisFormatException naming the file and line, and nothing else. */
class PolisConversationUnitTest {

    private static final String COMMENTS_HEADER = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,"
            + "comment-body\n";
    private static final String COMMENTS = COMMENTS_HEADER
            + "1,Mon,0,0,1,0,1,\"Respite care should be bookable online\"\n"
            + "2,Mon,1,1,0,1,-1,\"Carers need a break, not a form\"\n";

    @TempDir
    Path folder;

    private static Map<Long, PolisConversation.Statement> comments(String text) {
        return PolisConversation.readComments("comments.csv", text, 1000);
    }

    private static PolisConversation votes(String name, String text) {
        return PolisConversation.readVotes(comments(COMMENTS), name, text);
    }

    private static AbstractThrowableAssert<?, ?> refusedComments(String text) {
        return assertThatThrownBy(() -> comments(text)).isExactlyInstanceOf(PolisFormatException.class);
    }

    private static AbstractThrowableAssert<?, ?> refusedVotes(String name, String text) {
        return assertThatThrownBy(() -> votes(name, text)).isExactlyInstanceOf(PolisFormatException.class);
    }

    @Test
    void readsWellFormedFilesWithBlankLinesAByteOrderMarkAndACommentOverTwoLines() {
        Map<Long, PolisConversation.Statement> statements = comments("\uFEFF" + COMMENTS_HEADER
                + "\n1,Mon,0,0,1,0,1,\"Respite care\nshould be bookable\"\n\n2,Mon,1,,0,1,-1,Carers\n\n");
        assertThat(statements.get(0L).text()).isEqualTo("Respite care\nshould be bookable");
        assertThat(statements.get(1L).author()).isEqualTo(-1);

        PolisConversation conversation = votes("participants-votes.csv",
                "\uFEFFparticipant,group-id,0,1\n0,0,1,-1\n\n1,,0.0,\n");
        assertThat(conversation.ratings().voteCount()).isEqualTo(3);
        assertThat(conversation.polisGroups()).containsExactly(Map.entry(0L, 0));

        assertThat(votes("votes.csv", "timestamp,datetime,comment-id,voter-id,vote\n1,Mon,0,5,1\n2,Mon,0,5,-1\n")
                .ratings().voteCount()).isEqualTo(1);
    }

    @Test
    void theLatestVoteCountsByItsTimeWhateverTheOrderOfTheRows() {
        String header = "timestamp,datetime,comment-id,voter-id,vote\n";
        RatingMatrix latestLast = votes("votes.csv", header + "1000,Mon,0,7,1\n2000,Mon,0,7,-1\n").ratings();
        RatingMatrix latestFirst = votes("votes.csv", header + "2000,Mon,0,7,-1\n1000,Mon,0,7,1\n").ratings();
        RatingMatrix untimed = votes("votes.csv", "comment-id,voter-id,vote\n0,7,1\n0,7,-1\n").ratings();
        for (RatingMatrix ratings : java.util.List.of(latestLast, latestFirst, untimed)) {
            assertThat(ratings.voteCount()).isEqualTo(1);
            assertThat(ratings.voteAt(ratings.rowStart(0))).isEqualTo((byte) -1);
        }
    }

    @Test
    void aCommentsRowWithFewerFieldsThanTheHeader() {
        refusedComments(COMMENTS + "3,Mon,2,0,1\n")
                .hasMessageStartingWith("comments.csv line 4: has 5 fields but the header has 8 columns");
    }

    @Test
    void aCommentsRowWithMoreFieldsThanTheHeader() {
        refusedComments(COMMENTS + "3,Mon,2,0,1,0,1,Carers, and their families\n")
                .hasMessageStartingWith("comments.csv line 4: has 9 fields but the header has 8 columns");
    }

    @Test
    void anEmptyFileOrOneOfBlankLinesOrAHeaderAlone() {
        refusedComments("").hasMessageStartingWith("comments.csv: the file is empty");
        refusedComments("\n\r\n\n").hasMessageStartingWith("comments.csv: the file is empty");
        refusedComments("\uFEFF").hasMessageStartingWith("comments.csv: the file is empty");
        refusedComments(COMMENTS_HEADER).hasMessage("comments.csv: has no comments after its header");
        refusedVotes("participants-votes.csv", "").hasMessageStartingWith("participants-votes.csv: the file is empty");
    }

    @Test
    void headerProblemsNameTheHeaderLine() {
        refusedComments("comment-id,moderated,moderated\n0,1,1\n")
                .hasMessage("comments.csv line 1: the header names the column moderated twice");
        refusedComments("comment-id,,moderated\n0,x,1\n")
                .hasMessage("comments.csv line 1: column 2 of the header has no name");
        refusedComments("\n\ncomment-id,body\n0,x\n")
                .hasMessage("comments.csv line 3: the header has no moderated column");
        refusedVotes("participants-votes.csv", "group-id,0\n0,1\n")
                .hasMessage("participants-votes.csv line 1: the header has no participant column");
        refusedVotes("comments.csv", "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n")
                .hasMessage("comments.csv line 1: is a comments file, not a votes file (its header has a comment-body"
                        + " column): were the two files swapped?");
        refusedComments("timestamp,datetime,comment-id,voter-id,vote\n")
                .hasMessage("comments.csv line 1: is a votes file, not the comments file (its header has a voter-id"
                        + " column): were the two files swapped?");
    }

    @Test
    void quotesLeftOpenOrFollowedByText() {
        refusedComments(COMMENTS + "3,Mon,2,0,1,0,1,\"Carers need\n\n4,Mon,3,0,1,0,1,x\n")
                .hasMessageStartingWith("comments.csv line 4: a field opens a quote (\") that is never closed");
        refusedComments(COMMENTS + "3,Mon,2,0,1,0,1,\"Carers\" need a break\n")
                .hasMessageStartingWith("comments.csv line 4: a quoted field has text after its closing quote");
    }

    @Test
    void lineNumbersCountBlankLinesAndLinesInsideQuotes() {
        refusedComments(COMMENTS_HEADER + "\n1,Mon,0,0,1,0,1,\"two\nlines\"\n\n2,Mon,x,0,1,0,1,y\n")
                .hasMessage("comments.csv line 6: comment-id is 'x', not a whole number");
        refusedComments(COMMENTS_HEADER + "1,Mon,0,0,1,0,1,a\n2,Mon,x,0,1,0,1,no newline at the end")
                .hasMessage("comments.csv line 3: comment-id is 'x', not a whole number");
    }

    @Test
    void idsThatAreNotNumbersOrAreTooLargeOrMissing() {
        refusedComments(COMMENTS_HEADER + "1,Mon,seven,0,1,0,1,a\n")
                .hasMessage("comments.csv line 2: comment-id is 'seven', not a whole number");
        refusedComments(COMMENTS_HEADER + "1,Mon,99999999999999999999,0,1,0,1,a\n")
                .hasMessage("comments.csv line 2: comment-id is '99999999999999999999', which is too large a number");
        refusedComments(COMMENTS_HEADER + "1,Mon, ,0,1,0,1,a\n")
                .hasMessage("comments.csv line 2: has no value for comment-id");
        refusedComments(COMMENTS_HEADER + "1,Mon,0,1.5,1,0,1,a\n")
                .hasMessage("comments.csv line 2: author-id is '1.5', not a whole number");
        refusedComments(COMMENTS_HEADER + "1,Mon,0,0,1,0,4294967297,a\n")
                .hasMessage("comments.csv line 2: moderated is 4294967297, not -1, 0 or 1");
        refusedComments(COMMENTS + "1,Mon,0,0,1,0,1,again\n")
                .hasMessage("comments.csv line 4: comment 0 appears twice");
        refusedComments(COMMENTS_HEADER + "1,Mon,0,0,1,0,1,\" \"\n")
                .hasMessage("comments.csv line 2: comment 0 has no text");
    }

    @Test
    void participantsVotesWithShortRowsBadColumnsOrBadValues() {
        String name = "participants-votes.csv";
        refusedVotes(name, "participant,group-id,0,1\n0,0,1,1\n1,0,1\n")
                .hasMessageStartingWith(name + " line 3: has 3 fields but the header has 4 columns");
        refusedVotes(name, "participant,group-id,0,99999999999999999999\n0,0,1,1\n")
                .hasMessage(name + " line 1: column 99999999999999999999 is not a comment in comments.csv");
        refusedVotes(name, "participant,0,00\n0,1,1\n")
                .hasMessage(name + " line 1: the header has two columns for comment 0");
        refusedVotes(name, "participant,0,1\n0,1,2\n")
                .hasMessage(name + " line 2: vote for comment 1 is '2', not 1 (agree), -1 (disagree) or 0 (pass)");
        refusedVotes(name, "participant,0,1\n0,yes,1\n")
                .hasMessageStartingWith(name + " line 2: vote for comment 0 is 'yes'");
        refusedVotes(name, "participant,0\n-3,1\n")
                .hasMessage(name + " line 2: participant is -3, not a number from 0 up");
        refusedVotes(name, "participant,0\n18446744073709551616,1\n")
                .hasMessage(name + " line 2: participant is '18446744073709551616', which is too large a number");
        refusedVotes(name, "participant,group-id,0\n0,4294967296,1\n")
                .hasMessage(name + " line 2: group-id is 4294967296, not a group number from 0 up");
        refusedVotes(name, "participant,0\n0,1\n0,-1\n")
                .hasMessage(name + " line 3: participant 0 appears twice");
    }

    @Test
    void voteEventsWithShortRowsOrBadValues() {
        String header = "timestamp,datetime,comment-id,voter-id,vote\n";
        refusedVotes("votes.csv", header + "1,Mon,0,5,1\n2,Mon,0,5\n")
                .hasMessageStartingWith("votes.csv line 3: has 4 fields but the header has 5 columns");
        refusedVotes("votes.csv", header + "1,Mon,0,5,yes\n")
                .hasMessage("votes.csv line 2: vote is 'yes', not 1 (agree), -1 (disagree) or 0 (pass)");
        refusedVotes("votes.csv", header + "1,Mon,0,5,2\n")
                .hasMessageStartingWith("votes.csv line 2: vote is '2'");
        refusedVotes("votes.csv", header + "1,Mon,0,99999999999999999999,1\n")
                .hasMessageStartingWith("votes.csv line 2: voter-id is '99999999999999999999', which is too large");
        refusedVotes("votes.csv", header + "1,Mon,7,5,1\n")
                .hasMessage("votes.csv line 2: comment 7 is not in comments.csv");
        refusedVotes("votes.csv", "comment-id,voter-id\n0,5\n")
                .hasMessage("votes.csv line 1: the header has no vote column");
    }

    @Test
    void filesOnDiskWithAByteOrderMarkAreReadAndFilesNotInUtf8AreRefused() throws Exception {
        Path comments = folder.resolve("comments.csv");
        Files.writeString(comments, "\uFEFF" + COMMENTS, StandardCharsets.UTF_8);
        Path votes = folder.resolve("participants-votes.csv");
        Files.writeString(votes, "\uFEFFparticipant,group-id,0,1\n0,0,1,-1\n", StandardCharsets.UTF_8);
        assertThat(PolisConversation.read(comments, votes).ratings().voteCount()).isEqualTo(2);

        Files.write(votes, new byte[] {'p', 'a', 'r', 't', (byte) 0xff, '\n', '0', '\n'});
        assertThatThrownBy(() -> PolisConversation.read(comments, votes))
                .isExactlyInstanceOf(PolisFormatException.class)
                .hasMessage("participants-votes.csv: is not a CSV file in UTF-8 text");

        Files.writeString(votes, "participant,0,1\n0,1\n");
        assertThatThrownBy(() -> PolisConversation.read(comments, votes))
                .isExactlyInstanceOf(PolisFormatException.class)
                .hasMessageStartingWith("participants-votes.csv line 2: has 2 fields");
    }
}
