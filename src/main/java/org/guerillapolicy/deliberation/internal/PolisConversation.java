package org.guerillapolicy.deliberation.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A conversation read from Pol.is export files: {@code comments.csv} (statements and moderation) and
 * {@code participants-votes.csv} (each participant's latest vote per statement, and Pol.is's group if any), or
 * {@code votes.csv} (every vote event). Votes use the export sign: 1 agree, -1 disagree, 0 pass.
 */
public record PolisConversation(Map<Long, Statement> statements, RatingMatrix ratings, Map<Long, Integer> polisGroups) {

    /** A statement as exported: moderated is 1 accepted, 0 not yet moderated, -1 moderated out. */
    public record Statement(long id, long author, int moderated, String text) {
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    public static PolisConversation read(Path comments, Path participantVotes) {
        Map<Long, Statement> statements = readComments(comments);
        return readParticipantVotes(participantVotes, statements);
    }

    /**
     * Reads files given as text (uploads, say), named as their sender knows them. Whether the votes are
     * {@code participants-votes.csv} or {@code votes.csv} is told from their header. Statements must have text
     * of at most {@code maxText} characters.
     */
    public static PolisConversation read(String commentsName, String comments, String votesName, String votes,
            int maxText) {
        Map<Long, Statement> statements = readComments(commentsName, new StringReader(comments), maxText);
        String header = votes.lines().findFirst().orElse("");
        if (header.contains("voter-id")) {
            return readVoteEvents(statements, votesName, new StringReader(votes));
        }
        return readParticipantVotes(votesName, new StringReader(votes), statements);
    }

    static Map<Long, Statement> readComments(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readComments(file.getFileName().toString(), reader, Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new PolisFormatException(file.getFileName().toString(), 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Map<Long, Statement> readComments(String name, Reader reader, int maxText) {
        Map<Long, Statement> statements = new LinkedHashMap<>();
        try (CSVParser parser = FORMAT.parse(reader)) {
            requireColumns(parser, name, "comment-id", "moderated");
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                long id = number(record, "comment-id", name, line);
                int moderated = (int) number(record, "moderated", name, line);
                if (moderated < -1 || moderated > 1) {
                    throw new PolisFormatException(name, line, "moderated is " + moderated + ", not -1, 0 or 1");
                }
                long author = record.isMapped("author-id") && !record.get("author-id").isBlank()
                        ? number(record, "author-id", name, line) : -1;
                String text = record.isMapped("comment-body") ? record.get("comment-body") : "";
                if (maxText < Integer.MAX_VALUE && (text.isBlank() || text.length() > maxText)) {
                    throw new PolisFormatException(name, line, "comment " + id + (text.isBlank() ? " has no text"
                            : " is " + text.length() + " characters long; the most we take is " + maxText));
                }
                if (statements.put(id, new Statement(id, author, moderated, text)) != null) {
                    throw new PolisFormatException(name, line, "comment " + id + " appears twice");
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new PolisFormatException(name, 0, "cannot be read as CSV (" + e.getMessage() + ")");
        }
        return statements;
    }

    static PolisConversation readParticipantVotes(Path file, Map<Long, Statement> statements) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readParticipantVotes(file.getFileName().toString(), reader, statements);
        } catch (IOException e) {
            throw new PolisFormatException(file.getFileName().toString(), 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static PolisConversation readParticipantVotes(String name, Reader reader, Map<Long, Statement> statements) {
        RatingMatrix.Builder builder = RatingMatrix.builder();
        Map<Long, Integer> groups = new HashMap<>();
        try (CSVParser parser = FORMAT.parse(reader)) {
            requireColumns(parser, name, "participant");
            List<String> voteColumns = new ArrayList<>();
            for (String header : parser.getHeaderNames()) {
                if (header.matches("\\d+")) {
                    Statement statement = statements.get(Long.parseLong(header));
                    if (statement == null) {
                        throw new PolisFormatException(name, 1, "column " + header + " is not a comment in comments.csv");
                    }
                    builder.statement(statement.id(), statement.moderated() < 0);
                    voteColumns.add(header);
                }
            }
            java.util.Set<Long> seen = new java.util.HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw new PolisFormatException(name, line, "has " + record.size() + " fields but the header has "
                            + parser.getHeaderNames().size());
                }
                long participant = participant(record, "participant", name, line);
                if (!seen.add(participant)) {
                    throw new PolisFormatException(name, line, "participant " + participant + " appears twice");
                }
                builder.participant(participant);
                if (record.isMapped("group-id") && !record.get("group-id").isBlank()) {
                    groups.put(participant, (int) number(record, "group-id", name, line));
                }
                for (String column : voteColumns) {
                    String value = record.get(column).trim();
                    if (!value.isEmpty()) {
                        builder.vote(participant, Long.parseLong(column), vote(value, name, line, column));
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new PolisFormatException(name, 0, "cannot be read as CSV (" + e.getMessage() + ")");
        }
        return new PolisConversation(statements, builder.build(), groups);
    }

    /** Reads {@code votes.csv} events in file order (a later vote on the same cell replaces the earlier one). */
    public static PolisConversation readVoteEvents(Path comments, Path votes) {
        Map<Long, Statement> statements = readComments(comments);
        try (Reader reader = Files.newBufferedReader(votes, StandardCharsets.UTF_8)) {
            return readVoteEvents(statements, votes.getFileName().toString(), reader);
        } catch (IOException e) {
            throw new PolisFormatException(votes.getFileName().toString(), 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static PolisConversation readVoteEvents(Map<Long, Statement> statements, String name, Reader reader) {
        RatingMatrix.Builder builder = RatingMatrix.builder();
        statements.values().forEach(statement -> builder.statement(statement.id(), statement.moderated() < 0));
        try (CSVParser parser = FORMAT.parse(reader)) {
            requireColumns(parser, name, "comment-id", "voter-id", "vote");
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                long statement = number(record, "comment-id", name, line);
                if (!statements.containsKey(statement)) {
                    throw new PolisFormatException(name, line, "comment " + statement + " is not in comments.csv");
                }
                builder.vote(participant(record, "voter-id", name, line), statement,
                        vote(record.get("vote").trim(), name, line, "vote"));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new PolisFormatException(name, 0, "cannot be read as CSV (" + e.getMessage() + ")");
        }
        return new PolisConversation(statements, builder.build(), Map.of());
    }

    private static void requireColumns(CSVParser parser, String file, String... columns) {
        for (String column : columns) {
            if (!parser.getHeaderNames().contains(column)) {
                throw new PolisFormatException(file, 1, "the header has no " + column + " column");
            }
        }
    }

    private static long number(CSVRecord record, String column, String file, long line) {
        if (!record.isSet(column)) {
            throw new PolisFormatException(file, line, "has no value for " + column);
        }
        String value = record.get(column).trim();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new PolisFormatException(file, line, column + " is '" + value + "', not a whole number");
        }
    }

    /** Pol.is numbers its participants from 0. */
    private static long participant(CSVRecord record, String column, String file, long line) {
        long participant = number(record, column, file, line);
        if (participant < 0) {
            throw new PolisFormatException(file, line, column + " is " + participant + ", not a number from 0 up");
        }
        return participant;
    }

    private static int vote(String value, String file, long line, String column) {
        switch (value) {
            case "1", "1.0" -> {
                return 1;
            }
            case "-1", "-1.0" -> {
                return -1;
            }
            case "0", "0.0" -> {
                return 0;
            }
            default -> throw new PolisFormatException(file, line,
                    "vote for " + column + " is '" + value + "', not 1 (agree), -1 (disagree) or 0 (pass)");
        }
    }
}
