package org.guerillapolicy.deliberation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.deliberation.internal.MapRecomputer;
import org.guerillapolicy.deliberation.internal.OpinionMapStore;
import org.guerillapolicy.deliberation.internal.PolisConversation;
import org.guerillapolicy.deliberation.internal.PolisFormatException;
import org.guerillapolicy.deliberation.internal.PolisImportStore;
import org.guerillapolicy.deliberation.internal.RatingMatrix;
import org.guerillapolicy.platform.Ids;
import org.guerillapolicy.platform.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a map from a conversation exported from Pol.is, read as the {@code opinion-map} command reads it.
 * Everything is checked before anything is stored, and all is stored in one transaction, so a bad file leaves
 * nothing behind. Statements moderated out on Pol.is are kept as removed; the rest are open for votes here too.
 */
@Service
public class PolisImports {

    /** The largest file taken, in bytes. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    /** Pol.is takes statements longer than ours; imported ones are kept whole up to this length. */
    public static final int MAX_IMPORTED_STATEMENT = 1000;

    /** An uploaded file: the name its sender knows it by, and its bytes. */
    public record PolisFile(String name, byte[] content) {
        public PolisFile {
            name = name == null || name.isBlank() ? "the file" : name;
        }
    }

    private final OpinionMaps opinionMaps;
    private final OpinionMapStore maps;
    private final PolisImportStore store;
    private final MapRecomputer recomputer;
    private final Ids ids;
    private final ApplicationEventPublisher events;

    PolisImports(OpinionMaps opinionMaps, OpinionMapStore maps, PolisImportStore store, MapRecomputer recomputer,
            Ids ids, ApplicationEventPublisher events) {
        this.opinionMaps = opinionMaps;
        this.maps = maps;
        this.store = store;
        this.recomputer = recomputer;
        this.ids = ids;
        this.events = events;
    }

    /**
     * Imports the conversation, as part of a project's stage or of a consultation when one is given (as for
     * {@link OpinionMaps#open}), or throws {@link OpinionMapException} naming the field, file and line at fault.
     */
    @Transactional
    public OpinionMapDetails importConversation(Viewer viewer, MapAttachment attachment, Consultation consultation,
            String prompt, Participation participation, PolisFile comments, PolisFile votes) {
        if (prompt == null || prompt.isBlank() || prompt.strip().length() > OpinionMapDetails.MAX_PROMPT) {
            throw new OpinionMapException("prompt", "Enter the question or topic of the conversation, up to 300 characters");
        }
        PolisConversation conversation = read(comments, votes);
        long id = opinionMaps.create(viewer, attachment, consultation, prompt, participation, false, Moderation.POST);
        Map<Long, Long> statementIds = new HashMap<>();
        for (PolisConversation.Statement statement : conversation.statements().values()) {
            long statementId = ids.next();
            statementIds.put(statement.id(), statementId);
            store.insertStatement(statementId, id, statement.id(), statement.text().strip(),
                    statement.moderated() < 0 ? StatementStatus.REJECTED : StatementStatus.ACCEPTED);
        }
        RatingMatrix ratings = conversation.ratings();
        store.insertVotes(id, ratings, statementIds::get);
        store.keepPolisGroups(id, conversation.polisGroups());
        int voters = 0;
        for (int row = 0; row < ratings.participantCount(); row++) {
            voters += ratings.votesCastBy(row) > 0 ? 1 : 0;
        }
        store.recordImport(id, voters, ratings.voteCount(), statementIds.size());
        events.publishEvent(new OpinionMapOpened(id, viewer.accountId()));
        recomputer.request(id);
        return maps.byId(id).orElseThrow();
    }

    /**
     * Reads the two files as the import would, storing nothing, or throws {@link OpinionMapException} naming the
     * file ({@code comments} or {@code votes}) and line at fault: so that a form with other problems can tell
     * those in the files at the same time.
     */
    public void check(PolisFile comments, PolisFile votes) {
        read(comments, votes);
    }

    private static PolisConversation read(PolisFile comments, PolisFile votes) {
        // Each file is read in its own step, so that a problem is told next to the file it is in, whatever the
        // files are called.
        Map<Long, PolisConversation.Statement> statements;
        try {
            statements = PolisConversation.readComments(comments.name(), text(comments, "comments"),
                    MAX_IMPORTED_STATEMENT);
        } catch (PolisFormatException e) {
            throw new OpinionMapException("comments", e.getMessage());
        }
        try {
            return PolisConversation.readVotes(statements, votes.name(), text(votes, "votes"));
        } catch (PolisFormatException e) {
            throw new OpinionMapException("votes", e.getMessage());
        }
    }

    /** What the map was imported from, if it was imported from Pol.is. */
    public Optional<MapImport> of(OpinionMapDetails map) {
        return store.of(map.id());
    }

    private static String text(PolisFile file, String field) {
        if (file.content() == null || file.content().length == 0) {
            throw new OpinionMapException(field, "Choose the " + field + " file exported from Pol.is");
        }
        if (file.content().length > MAX_FILE_BYTES) {
            throw new OpinionMapException(field, file.name() + " is larger than 10 MB, the most we take");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.content())).toString();
            if (text.indexOf('\u0000') >= 0) {
                throw new CharacterCodingException();
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new OpinionMapException(field, file.name() + " is not a CSV file in UTF-8 text");
        }
    }
}
