package org.guerillapolicy.deliberation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guerillapolicy.deliberation.OpinionMapDetails;
import org.guerillapolicy.deliberation.Statement;
import org.guerillapolicy.deliberation.StatementStatus;
import org.springframework.stereotype.Component;

/**
 * A stored map in the Pol.is export format. Participants become numbers in the order they first voted. Anyone
 * may export what the map page shows; statements waiting for moderation, and the text of removed ones, go only
 * to the map's owner.
 */
@Component
public class MapExport {

    private static final String REMOVED = "(removed by moderation)";

    private final OpinionMapStore store;

    MapExport(OpinionMapStore store) {
        this.store = store;
    }

    public void write(OpinionMapDetails map, boolean forOwner, String file, Appendable out) {
        List<Statement> statements = store.statements(map.id());
        List<OpinionMapStore.StoredVote> votes = store.votes(map.id());
        Map<Long, Integer> number = new LinkedHashMap<>();
        votes.forEach(v -> number.computeIfAbsent(v.accountId(), id -> number.size()));
        Map<Long, OpinionMapStore.Authorship> authorship = new HashMap<>();
        store.authorship(map.id()).forEach(a -> authorship.put(a.statementId(), a));

        List<PolisExport.ExportStatement> exported = new ArrayList<>();
        for (Statement s : statements) {
            if (s.status() == StatementStatus.PENDING && !forOwner) {
                continue;
            }
            OpinionMapStore.Authorship made = authorship.get(s.id());
            int author = made.authorId() == null ? -1 : number.computeIfAbsent(made.authorId(), id -> number.size());
            int moderated = switch (s.status()) {
                case ACCEPTED -> 1;
                case PENDING -> 0;
                case REJECTED -> -1;
            };
            String text = s.status() == StatementStatus.REJECTED && !forOwner ? REMOVED : s.body();
            exported.add(new PolisExport.ExportStatement(s.id(), author, moderated, text, made.createdAt()));
        }
        List<PolisExport.ExportVote> exportedVotes = votes.stream()
                .map(v -> new PolisExport.ExportVote(number.get(v.accountId()), v.statementId(), v.vote(), v.votedAt()))
                .toList();

        Map<Integer, Integer> groups = new HashMap<>();
        RatingMatrix ratings = SnapshotBuilder.ratings(statements, votes);
        if (ratings.participantCount() > 0 && ratings.statementCount() > 0) {
            OpinionMap computed = OpinionMapping.compute(ratings, OpinionMapping.Settings.defaults());
            for (int row = 0; row < ratings.participantCount(); row++) {
                if (computed.groupOfRow()[row] >= 0) {
                    groups.put(number.get(ratings.participant(row)), computed.groupOfRow()[row]);
                }
            }
        }
        new PolisExport(exported, exportedVotes, groups).write(file, out);
    }
}
