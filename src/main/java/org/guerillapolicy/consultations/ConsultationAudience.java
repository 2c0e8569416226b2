package org.guerillapolicy.consultations;

import java.util.Optional;

/**
 * The one rule for who may see what in a consultation. A draft is for its team only (organisers and
 * analysts, including the members of a group that runs it); once published, the consultation and its
 * public analysis are for everyone. Individual responses are for the team and for whoever holds the
 * response's private link. Public figures hide counts under {@link #SMALL_COUNT}.
 */
public final class ConsultationAudience {

    /** Counts below this are not shown in public, so that no one can be picked out. */
    public static final int SMALL_COUNT = 5;

    private ConsultationAudience() {
    }

    public static boolean maySee(Consultation consultation, Optional<TeamRole> role) {
        return !consultation.isDraft() || role.isPresent();
    }

    public static boolean mayAnalyse(Optional<TeamRole> role) {
        return role.isPresent();
    }

    public static boolean mayOrganise(Optional<TeamRole> role) {
        return role.filter(r -> r == TeamRole.ORGANISER).isPresent();
    }

    /** Open data and public analysis exist once responses can no longer change. */
    public static boolean publicAnalysisAvailable(Consultation consultation) {
        return consultation.isClosed();
    }
}
