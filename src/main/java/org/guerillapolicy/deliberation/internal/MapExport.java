package org.guerillapolicy.deliberation.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.guerillapolicy.deliberation.OpinionMapDetails;
import org.guerillapolicy.deliberation.Statement;
import org.guerillapolicy.deliberation.StatementStatus;
import org.springframework.stereotype.Component;

/**
 * A stored map in the Pol.is export format, giving away nobody's votes. Participants are numbered in an order
 * drawn from the map's secret export key, not in the order they came; who wrote which statement is left out, since
 * the map's owner wrote its seed statements and would otherwise be found by number; and votes carry only their day.
 * Anyone may export what the map page shows; statements waiting for moderation, and the text of removed ones, go
 * only to the map's owner.
 */
@Component
public class MapExport {

    private static final String REMOVED = "(removed by moderation)";

    private final OpinionMapStore store;
    private final MapGroupStore groups;

    MapExport(OpinionMapStore store, MapGroupStore groups) {
        this.store = store;
        this.groups = groups;
    }

    public void write(OpinionMapDetails map, boolean forOwner, String file, Appendable out) {
        List<Statement> statements = store.statements(map.id());
        List<OpinionMapStore.StoredVote> votes = store.votes(map.id());
        Map<Long, Integer> number = numbers(votes, store.exportKey(map.id()));
        Map<Long, Instant> added = store.statementTimes(map.id());

        List<PolisExport.ExportStatement> exported = new ArrayList<>();
        for (Statement s : statements) {
            if (s.status() == StatementStatus.PENDING && !forOwner) {
                continue;
            }
            int moderated = switch (s.status()) {
                case ACCEPTED -> 1;
                case PENDING -> 0;
                case REJECTED -> -1;
            };
            String text = s.status() == StatementStatus.REJECTED && !forOwner ? REMOVED : s.body();
            exported.add(new PolisExport.ExportStatement(s.id(), moderated, text, added.get(s.id())));
        }
        List<PolisExport.ExportVote> exportedVotes = votes.stream()
                .map(v -> new PolisExport.ExportVote(number.get(v.accountId()), v.statementId(), v.vote(),
                        v.votedAt().truncatedTo(ChronoUnit.DAYS)))
                .sorted(Comparator.comparing(PolisExport.ExportVote::at).thenComparingInt(PolisExport.ExportVote::participant)
                        .thenComparingLong(PolisExport.ExportVote::statement))
                .toList();

        // The groups the map page shows, as of the map's latest computation.
        Map<Integer, Integer> groupOfNumber = new HashMap<>();
        groups.groupOf(map.id()).forEach((voter, group) -> {
            if (number.containsKey(voter)) {
                groupOfNumber.put(number.get(voter), group - 1);
            }
        });
        new PolisExport(exported, exportedVotes, groupOfNumber).write(file, out);
    }

    /** Numbers from 0 for the voters, in the order of a keyed hash: the same each time, and telling nothing. */
    static Map<Long, Integer> numbers(List<OpinionMapStore.StoredVote> votes, UUID key) {
        Set<Long> voters = new HashSet<>();
        votes.forEach(v -> voters.add(v.accountId()));
        List<Long> ordered = new ArrayList<>(voters);
        Map<Long, byte[]> rank = new HashMap<>();
        ordered.forEach(voter -> rank.put(voter, digest(key, voter)));
        ordered.sort((a, b) -> Arrays.compareUnsigned(rank.get(a), rank.get(b)));
        Map<Long, Integer> number = new HashMap<>();
        ordered.forEach(voter -> number.put(voter, number.size()));
        return number;
    }

    private static byte[] digest(UUID key, long voter) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(key.toString().getBytes(StandardCharsets.US_ASCII));
            return sha.digest(ByteBuffer.allocate(Long.BYTES).putLong(voter).array());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
