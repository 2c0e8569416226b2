package org.guerillapolicy.consultations;

import java.util.List;

/**
 * Implemented by modules that attach things to consultations' outcomes, so that the outcome page shows them
 * without this module depending on theirs. Whatever is returned is shown to everyone who may see the outcome.
 */
public interface OutcomeAttachments {

    List<OutcomeAttachment> attachedTo(Consultation consultation);
}
