package org.guerillapolicy.deliberation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.consultations.ConsultationAudience;
import org.guerillapolicy.consultations.Consultations;
import org.guerillapolicy.deliberation.internal.MapReportStore;
import org.guerillapolicy.platform.Ids;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maps' reports on consultations' outcomes. A consultation's organisers attach the report of a map whose results
 * {@link MapAudience} lets them make public; the report is frozen as the map stands then, and organisers may
 * remove it.
 */
@Service
public class MapReports {

    private final OpinionMaps maps;
    private final Consultations consultations;
    private final MapReportStore store;
    private final Ids ids;

    MapReports(OpinionMaps maps, Consultations consultations, MapReportStore store, Ids ids) {
        this.maps = maps;
        this.consultations = consultations;
        this.store = store;
        this.ids = ids;
    }

    /** The consultations the viewer organises, whose outcomes they may attach reports to. */
    public List<Consultation> consultationsFor(Viewer viewer) {
        return consultations.ofTeam(viewer).stream()
                .filter(c -> ConsultationAudience.mayOrganise(consultations.role(c, viewer))).toList();
    }

    /** Why the viewer may not attach this map's report to an outcome, if they may not. */
    public Optional<String> refusal(OpinionMapDetails map, Viewer viewer) {
        if (!maps.readableByEveryone(map)) {
            return Optional.of("This map is not open to everyone, so its report cannot go on a public outcome page.");
        }
        if (!MapAudience.mayLinkFromElsewhere(map, viewer.accountId())) {
            return Optional.of("This map is shared only with people who have its link. Only its owner may attach "
                    + "its report to a public outcome, because that publishes its address.");
        }
        if (maps.snapshot(map).computedAt() == null) {
            return Optional.of("This map has no results yet. Attach its report once people have voted.");
        }
        return Optional.empty();
    }

    /** Attaches the map's report, as it stands now, to the outcome of a consultation the viewer organises. */
    @Transactional
    public Consultation attach(OpinionMapDetails map, Viewer viewer, String consultationSlug) {
        refusal(map, viewer).ifPresent(problem -> {
            throw new OpinionMapException("consultation", problem);
        });
        Consultation consultation = consultationsFor(viewer).stream()
                .filter(c -> c.slug().equals(consultationSlug)).findFirst()
                .orElseThrow(() -> new OpinionMapException("consultation", "Choose a consultation you organise"));
        store.attach(ids.next(), consultation.id(), viewer.accountId(), report(map));
        return consultation;
    }

    /** Removes a report from the outcome of a consultation the viewer organises; a 404 for anyone else. */
    @Transactional
    public Consultation remove(String consultationSlug, long reportId, Viewer viewer) {
        Consultation consultation = consultations.find(consultationSlug, viewer);
        consultations.requireOrganiser(consultation, viewer);
        MapReportStore.AttachedReport attached = store.byId(reportId)
                .filter(r -> r.consultationId() == consultation.id())
                .orElseThrow(() -> new NotFoundException("Map report"));
        store.remove(attached.id());
        return consultation;
    }

    private MapReport report(OpinionMapDetails map) {
        MapSnapshot snapshot = maps.snapshot(map);
        Map<Long, String> texts = maps.statements(map).stream()
                .filter(s -> s.status() == StatementStatus.ACCEPTED)
                .collect(Collectors.toMap(Statement::id, Statement::body));
        Function<List<MapSnapshot.StatementShare>, List<MapReport.Share>> shares = list -> list.stream()
                .filter(s -> texts.containsKey(s.statementId()))
                .map(s -> new MapReport.Share(texts.get(s.statementId()), s.agreed(), s.percent())).toList();
        List<MapReport.Group> groups = snapshot.groups().stream()
                .map(g -> new MapReport.Group(g.number(), g.size(), shares.apply(g.representative()))).toList();
        List<MapReport.Share> common = new java.util.ArrayList<>(shares.apply(snapshot.agreed()));
        common.addAll(shares.apply(snapshot.disagreed()));
        return new MapReport(map.id(), map.prompt(), snapshot.computedAt(), snapshot.participants(), snapshot.votes(),
                groups, common);
    }
}
