package org.guerillapolicy.deliberation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.guerillapolicy.deliberation.MapSnapshot;
import org.guerillapolicy.deliberation.OpinionMapUpdated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recomputes a map in the background whenever its votes or moderation change. Requests for a map that is
 * already being computed are folded into one more run, so a burst of votes costs at most two computations and
 * the map always ends up reflecting the latest vote.
 */
@Component
public class MapRecomputer {

    private static final Logger log = LoggerFactory.getLogger(MapRecomputer.class);

    private final OpinionMapStore store;
    private final MapGroupStore groups;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<Long, AtomicBoolean> pending = new ConcurrentHashMap<>();

    MapRecomputer(OpinionMapStore store, MapGroupStore groups, JsonMapper json, ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.store = store;
        this.groups = groups;
        this.json = json;
        this.events = events;
        this.transactions = transactions;
    }

    /** Asks for a recomputation once the current transaction (if any) has committed. */
    public void request(long mapId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    start(mapId);
                }
            });
        } else {
            start(mapId);
        }
    }

    private void start(long mapId) {
        AtomicBoolean again = pending.computeIfAbsent(mapId, id -> new AtomicBoolean());
        if (again.getAndSet(true)) {
            return;
        }
        workers.submit(() -> {
            try {
                while (again.getAndSet(false)) {
                    if (store.stale(mapId)) {
                        recompute(mapId);
                    }
                }
            } catch (RuntimeException e) {
                log.warn("Could not recompute opinion map {}", mapId, e);
            } finally {
                pending.remove(mapId, again);
                if (again.get()) {
                    start(mapId);
                }
            }
        });
    }

    public MapSnapshot snapshot(long mapId) {
        return store.snapshot(mapId).map(text -> json.readValue(text, MapSnapshot.class)).orElse(MapSnapshot.empty());
    }

    void recompute(long mapId) {
        Instant changes = store.changedAt(mapId);
        SnapshotBuilder.Computed computed = SnapshotBuilder.compute(store.statements(mapId), store.votes(mapId),
                groups.groupOf(mapId).keySet(), store.roles(mapId), Instant.now(clock));
        MapSnapshot snapshot = computed.snapshot();
        transactions.executeWithoutResult(status -> {
            store.saveSnapshot(mapId, changes, json.writeValueAsString(snapshot));
            groups.replace(mapId, computed.groupOf());
            events.publishEvent(new OpinionMapUpdated(mapId, snapshot.participants(), snapshot.groups().size()));
        });
    }
}
