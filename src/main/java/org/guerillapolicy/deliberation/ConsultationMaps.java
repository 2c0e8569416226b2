package org.guerillapolicy.deliberation;

import java.util.List;
import java.util.Optional;
import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.consultations.ConsultationActivities;
import org.guerillapolicy.consultations.ConsultationActivity;
import org.guerillapolicy.consultations.ConsultationAudience;
import org.guerillapolicy.consultations.Consultations;
import org.guerillapolicy.deliberation.internal.OpinionMapStore;
import org.guerillapolicy.platform.NotFoundException;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Service;

/**
 * Opinion maps opened as part of a consultation: who may open one (its organisers, once it is published, so that
 * a draft never shows through a map), the maps its page lists, and the consultation a map belongs to.
 */
@Service
public class ConsultationMaps implements ConsultationActivities {

    private final OpinionMapStore store;
    private final Consultations consultations;

    ConsultationMaps(OpinionMapStore store, Consultations consultations) {
        this.store = store;
        this.consultations = consultations;
    }

    /** The consultation a new map is part of, or null for none; refused unless the viewer organises it. */
    public Consultation attachment(String consultationSlug, Viewer viewer) {
        if (consultationSlug == null || consultationSlug.isBlank()) {
            return null;
        }
        Consultation consultation;
        try {
            consultation = consultations.find(consultationSlug.strip(), viewer);
        } catch (NotFoundException missing) {
            throw new OpinionMapException("consultation", "There is no consultation at that address that you can see");
        }
        if (!organises(consultation, viewer)) {
            throw new OpinionMapException("consultation", "Only the consultation's organisers can open a map for it");
        }
        if (consultation.isDraft()) {
            throw new OpinionMapException("consultation", "Publish the consultation before opening a map for it");
        }
        return consultation;
    }

    /** The rule: the organisers of a published consultation open maps for it (a draft would show through). */
    boolean mayOpenFor(Consultation consultation, Viewer viewer) {
        return !consultation.isDraft() && organises(consultation, viewer);
    }

    private boolean organises(Consultation consultation, Viewer viewer) {
        return ConsultationAudience.mayOrganise(consultations.role(consultation, viewer));
    }

    /** The consultation a map is part of: published, so whoever may see the map may see it. */
    public Optional<Consultation> consultationOf(OpinionMapDetails map) {
        return map.consultationId() == null ? Optional.empty() : consultations.published(map.consultationId());
    }

    @Override
    public List<ConsultationActivity> attached(Consultation consultation) {
        return store.listedOfConsultation(consultation.id()).stream()
                .map(map -> new ConsultationActivity("Opinion map", map.prompt(), map.path()))
                .toList();
    }

    @Override
    public List<ConsultationActivity> offers(Consultation consultation, Viewer viewer) {
        if (!mayOpenFor(consultation, viewer)) {
            return List.of();
        }
        return List.of(new ConsultationActivity("Opinion map", "Open an opinion map for this consultation",
                        "/maps/new?consultation=" + consultation.slug()),
                new ConsultationActivity("Opinion map", "Import a Pol.is conversation for this consultation",
                        "/maps/import?consultation=" + consultation.slug()));
    }
}
