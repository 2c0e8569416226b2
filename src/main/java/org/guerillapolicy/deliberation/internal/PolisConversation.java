package org.guerillapolicy.deliberation.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A conversation read from Pol.is export files: {@code comments.csv} (statements and moderation) and
 * {@code participants-votes.csv} (each participant's latest vote per statement, and Pol.is's group if any: whoever
 * Pol.is grouped stays in the grouping here, as in Pol.is), or
 * {@code votes.csv} (every vote event). Votes use the export sign: 1 agree, -1 disagree, 0 pass. Any problem with
 * the files is a {@link PolisFormatException} naming the file and line.
 */
public record PolisConversation(Map<Long, Statement> statements, RatingMatrix ratings, Map<Long, Integer> polisGroups) {

    /** A statement as exported: moderated is 1 accepted, 0 not yet moderated, -1 moderated out. */
    public record Statement(long id, long author, int moderated, String text) {
    }

    /** Reads the comments and the votes, telling {@code votes.csv} from {@code participants-votes.csv} by header. */
    public static PolisConversation read(Path comments, Path votes) {
        Map<Long, Statement> statements = fromFile(comments, csv -> readComments(csv, Integer.MAX_VALUE));
        return fromFile(votes, csv -> readVotes(csv, statements));
    }

    /** Reads {@code votes.csv} events in time order (a later vote on the same cell replaces the earlier one). */
    public static PolisConversation readVoteEvents(Path comments, Path votes) {
        Map<Long, Statement> statements = fromFile(comments, csv -> readComments(csv, Integer.MAX_VALUE));
        return fromFile(votes, csv -> readVoteEvents(csv, statements));
    }

    /**
     * Reads the comments file given as text (an upload, say), named as its sender knows it. Statements must have
     * text of at most {@code maxText} characters.
     */
    public static Map<Long, Statement> readComments(String name, String text, int maxText) {
        try (PolisCsv csv = PolisCsv.open(name, new StringReader(text))) {
            return readComments(csv, maxText);
        }
    }

    /**
     * Reads the votes file given as text against the statements read from the comments file; whether it is
     * {@code participants-votes.csv} or {@code votes.csv} is told from its header.
     */
    public static PolisConversation readVotes(Map<Long, Statement> statements, String name, String text) {
        try (PolisCsv csv = PolisCsv.open(name, new StringReader(text))) {
            return readVotes(csv, statements);
        }
    }

    private static <T> T fromFile(Path file, Function<PolisCsv, T> reading) {
        String name = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                PolisCsv csv = PolisCsv.open(name, reader)) {
            return reading.apply(csv);
        } catch (IOException e) {
            throw new PolisFormatException(name, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Map<Long, Statement> readComments(PolisCsv csv, int maxText) {
        if (csv.has("participant") || csv.has("voter-id")) {
            throw csv.headerProblem("is a votes file, not the comments file (its header has a "
                    + (csv.has("participant") ? "participant" : "voter-id") + " column): were the two files swapped?");
        }
        csv.require("comment-id", "moderated");
        Map<Long, Statement> statements = new LinkedHashMap<>();
        csv.forEachRow(row -> {
            long id = row.number("comment-id");
            int moderated = row.number("moderated", -1, 1, "-1, 0 or 1");
            long author = row.isBlank("author-id") ? -1 : row.number("author-id");
            String text = row.text("comment-body");
            if (maxText < Integer.MAX_VALUE && (text.isBlank() || text.length() > maxText)) {
                throw row.problem("comment " + id + (text.isBlank() ? " has no text"
                        : " is " + text.length() + " characters long; the most we take is " + maxText));
            }
            if (statements.put(id, new Statement(id, author, moderated, text)) != null) {
                throw row.problem("comment " + id + " appears twice");
            }
        });
        if (statements.isEmpty()) {
            throw new PolisFormatException(csv.file(), 0, "has no comments after its header");
        }
        return statements;
    }

    private static PolisConversation readVotes(PolisCsv csv, Map<Long, Statement> statements) {
        if (csv.has("comment-body") && !csv.has("voter-id") && !csv.has("participant")) {
            throw csv.headerProblem("is a comments file, not a votes file (its header has a comment-body column): were"
                    + " the two files swapped?");
        }
        return csv.has("voter-id") ? readVoteEvents(csv, statements) : readParticipantVotes(csv, statements);
    }

    private static PolisConversation readParticipantVotes(PolisCsv csv, Map<Long, Statement> statements) {
        csv.require("participant");
        RatingMatrix.Builder builder = RatingMatrix.builder();
        Map<String, Long> voteColumns = new LinkedHashMap<>();
        Set<Long> columnStatements = new HashSet<>();
        for (String header : csv.header()) {
            if (header.matches("\\d+")) {
                Statement statement = statements.get(commentId(header));
                if (statement == null) {
                    throw csv.headerProblem("column " + header + " is not a comment in comments.csv");
                }
                if (!columnStatements.add(statement.id())) {
                    throw csv.headerProblem("the header has two columns for comment " + statement.id());
                }
                builder.statement(statement.id(), statement.moderated() < 0);
                voteColumns.put(header, statement.id());
            }
        }
        Map<Long, Integer> groups = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        csv.forEachRow(row -> {
            long participant = row.participant("participant");
            if (!seen.add(participant)) {
                throw row.problem("participant " + participant + " appears twice");
            }
            builder.participant(participant);
            if (!row.isBlank("group-id")) {
                groups.put(participant, row.number("group-id", 0, Integer.MAX_VALUE, "a group number from 0 up"));
                builder.clusteredBefore(participant);
            }
            voteColumns.forEach((column, statement) -> {
                if (!row.isBlank(column)) {
                    builder.vote(participant, statement, row.vote(column));
                }
            });
        });
        return new PolisConversation(statements, builder.build(), groups);
    }

    /** The comment a column of digits stands for, or null if the number is too large to be one. */
    private static Long commentId(String column) {
        try {
            return Long.valueOf(column);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Vote events, in time order where the file gives times (file order among equal times), latest counting. */
    private static PolisConversation readVoteEvents(PolisCsv csv, Map<Long, Statement> statements) {
        csv.require("comment-id", "voter-id", "vote");
        record Event(long at, long participant, long statement, int vote) {
        }
        boolean timed = csv.has("timestamp");
        List<Event> events = new ArrayList<>();
        csv.forEachRow(row -> {
            long statement = row.number("comment-id");
            if (!statements.containsKey(statement)) {
                throw row.problem("comment " + statement + " is not in comments.csv");
            }
            long at = !timed || row.isBlank("timestamp") ? Long.MIN_VALUE : row.number("timestamp");
            events.add(new Event(at, row.participant("voter-id"), statement, row.vote("vote")));
        });
        events.sort(Comparator.comparingLong(Event::at));
        RatingMatrix.Builder builder = RatingMatrix.builder();
        statements.values().forEach(statement -> builder.statement(statement.id(), statement.moderated() < 0));
        events.forEach(event -> builder.vote(event.participant(), event.statement(), event.vote()));
        return new PolisConversation(statements, builder.build(), Map.of());
    }
}
