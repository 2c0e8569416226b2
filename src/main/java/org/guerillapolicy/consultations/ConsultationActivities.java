package org.guerillapolicy.consultations;

import java.util.List;

/**
 * Implemented by modules whose work can be part of a consultation (such as opinion maps), so that the
 * consultation's page lists it and offers to start it without this module depending on theirs.
 */
public interface ConsultationActivities {

    /** What is part of the consultation and open to everyone who may see the consultation. */
    List<ConsultationActivity> attached(Consultation consultation);

    /** Links for this viewer to start something as part of the consultation (none if they may not). */
    List<ConsultationActivity> offers(Consultation consultation, org.guerillapolicy.platform.Viewer viewer);
}
