package org.guerillapolicy.deliberation.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.consultations.OutcomeAttachment;
import org.guerillapolicy.consultations.OutcomeAttachments;
import org.guerillapolicy.deliberation.MapReport;
import org.springframework.stereotype.Component;

/**
 * Shows maps' frozen reports on consultations' outcome pages. A report whose map is no longer readable by everyone
 * is left out, so a later change to the map's audience never leaves its results public.
 */
@Component
class MapReportsOnOutcomes implements OutcomeAttachments {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final MapReportStore reports;
    private final OpinionMapStore maps;

    MapReportsOnOutcomes(MapReportStore reports, OpinionMapStore maps) {
        this.reports = reports;
        this.maps = maps;
    }

    @Override
    public List<OutcomeAttachment> attachedTo(Consultation consultation) {
        return reports.attachedTo(consultation.id()).stream()
                .filter(r -> maps.visibleById(r.report().mapId(), OpinionMapStore.VISITOR).isPresent())
                .map(r -> attachment(consultation, r)).toList();
    }

    private static OutcomeAttachment attachment(Consultation consultation, MapReportStore.AttachedReport attached) {
        MapReport report = attached.report();
        List<OutcomeAttachment.Section> sections = new ArrayList<>();
        for (MapReport.Group group : report.groups()) {
            sections.add(new OutcomeAttachment.Section("Group " + group.number() + ": " + group.size()
                    + (group.size() == 1 ? " person" : " people"),
                    group.representative().stream().map(s -> share(s, "of this group")).toList()));
        }
        sections.add(new OutcomeAttachment.Section("Common ground", report.commonGround().isEmpty()
                ? List.of("No statement had broad agreement.")
                : report.commonGround().stream().map(s -> share(s, "of everyone")).toList()));
        String summary = "Opinion map results as they stood on " + WHEN.format(report.computedAt()) + ": "
                + report.votes() + (report.votes() == 1 ? " vote" : " votes") + " by " + report.participants()
                + (report.participants() == 1 ? " person" : " people") + " in " + report.groups().size()
                + (report.groups().size() == 1 ? " opinion group." : " opinion groups.");
        return new OutcomeAttachment("Opinion map: " + report.prompt(), summary, sections,
                "/maps/" + report.mapId() + "/map", "See the live map, which may have changed since",
                consultation.path() + "/map-reports/" + attached.id() + "/remove");
    }

    private static String share(MapReport.Share share, String who) {
        return share.percent() + "% " + who + " " + (share.agreed() ? "agreed" : "disagreed") + ": " + share.text();
    }
}
