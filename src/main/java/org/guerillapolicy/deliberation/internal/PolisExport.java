package org.guerillapolicy.deliberation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a conversation in the Pol.is export format ({@code comments.csv}, {@code votes.csv},
 * {@code participants-votes.csv}), with Pol.is's export sign (1 agree, -1 disagree, 0 pass). Participants are
 * numbers, so an export names nobody; who wrote which statement is left blank ({@code author-id}, {@code n-comments}).
 */
public final class PolisExport {

    public static final List<String> FILES = List.of("comments.csv", "votes.csv", "participants-votes.csv");

    private static final DateTimeFormatter READABLE = DateTimeFormatter
            .ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** A statement: moderated is 1 accepted, 0 waiting, -1 moderated out. */
    public record ExportStatement(long id, int moderated, String text, Instant createdAt) {
    }

    public record ExportVote(int participant, long statement, int vote, Instant at) {
    }

    private final List<ExportStatement> statements;
    private final List<ExportVote> votes;
    private final Map<Integer, Integer> groups;

    public PolisExport(List<ExportStatement> statements, List<ExportVote> votes, Map<Integer, Integer> groups) {
        this.statements = statements;
        this.votes = votes;
        this.groups = groups;
    }

    public void write(String file, Appendable out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            switch (file) {
                case "comments.csv" -> comments(csv);
                case "votes.csv" -> votes(csv);
                case "participants-votes.csv" -> participantVotes(csv);
                default -> throw new IllegalArgumentException("Not a Pol.is export file: " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void comments(CSVPrinter csv) throws IOException {
        csv.printRecord("timestamp", "datetime", "comment-id", "author-id", "agrees", "disagrees", "moderated",
                "comment-body");
        Map<Long, int[]> tallies = latestTallies();
        for (ExportStatement s : statements) {
            int[] tally = tallies.getOrDefault(s.id(), new int[2]);
            csv.printRecord(s.createdAt().toEpochMilli(), READABLE.format(s.createdAt()), s.id(), "",
                    tally[0], tally[1], s.moderated(), s.text());
        }
    }

    private void votes(CSVPrinter csv) throws IOException {
        csv.printRecord("timestamp", "datetime", "comment-id", "voter-id", "vote");
        for (ExportVote v : votes) {
            csv.printRecord(v.at().toEpochMilli(), READABLE.format(v.at()), v.statement(), v.participant(), v.vote());
        }
    }

    private void participantVotes(CSVPrinter csv) throws IOException {
        List<Object> header = new ArrayList<>(List.of("participant", "group-id", "n-comments", "n-votes", "n-agree",
                "n-disagree"));
        statements.forEach(s -> header.add(s.id()));
        csv.printRecord(header);
        Map<Integer, Map<Long, Integer>> latest = new java.util.TreeMap<>();
        for (ExportVote v : votes) {
            latest.computeIfAbsent(v.participant(), p -> new HashMap<>()).put(v.statement(), v.vote());
        }
        for (var entry : latest.entrySet()) {
            int participant = entry.getKey();
            Map<Long, Integer> cast = entry.getValue();
            List<Object> row = new ArrayList<>();
            row.add(participant);
            row.add(groups.containsKey(participant) ? groups.get(participant) : "");
            row.add("");
            row.add(cast.size());
            row.add(cast.values().stream().filter(v -> v == 1).count());
            row.add(cast.values().stream().filter(v -> v == -1).count());
            statements.forEach(s -> row.add(cast.containsKey(s.id()) ? cast.get(s.id()) : ""));
            csv.printRecord(row);
        }
    }

    private Map<Long, int[]> latestTallies() {
        Map<Long, int[]> tallies = new HashMap<>();
        Map<Long, Map<Integer, Integer>> byStatement = new HashMap<>();
        for (ExportVote v : votes) {
            byStatement.computeIfAbsent(v.statement(), s -> new HashMap<>()).put(v.participant(), v.vote());
        }
        byStatement.forEach((statement, cast) -> tallies.put(statement, new int[] {
            (int) cast.values().stream().filter(v -> v == 1).count(),
            (int) cast.values().stream().filter(v -> v == -1).count()}));
        return tallies;
    }
}
