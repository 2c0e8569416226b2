package org.guerillapolicy.deliberation.web;

import org.guerillapolicy.consultations.Consultation;
import org.guerillapolicy.deliberation.ConsultationMaps;
import org.guerillapolicy.deliberation.MapAttachment;
import org.guerillapolicy.deliberation.OpinionMapException;
import org.guerillapolicy.deliberation.ProjectMaps;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The project stage or consultation a new map is to be part of, as the forms that open and import maps name them
 * (fields {@code project}, {@code stage}, {@code consultation}), and what those forms show of it.
 */
@Component
class PartOfForms {

    /** What a new map is part of: a project's stage, a consultation, or neither. */
    record PartOf(MapAttachment attachment, Consultation consultation) {
    }

    private final ProjectMaps projectMaps;
    private final ConsultationMaps consultationMaps;

    PartOfForms(ProjectMaps projectMaps, ConsultationMaps consultationMaps) {
        this.projectMaps = projectMaps;
        this.consultationMaps = consultationMaps;
    }

    /** What the form names, checked for the viewer; a refusal is put on the form's field. */
    PartOf resolve(String project, Integer stage, String consultation, Viewer viewer, BindingResult errors) {
        try {
            return new PartOf(projectMaps.attachment(project, stage, viewer),
                    consultationMaps.attachment(consultation, viewer));
        } catch (OpinionMapException refused) {
            errors.rejectValue(refused.field(), "attachment", refused.getMessage());
            return new PartOf(null, null);
        }
    }

    /** For the form's page: what the map will be part of, or why it cannot be (unless already a field error). */
    void show(String project, Integer stage, String consultation, Viewer viewer, BindingResult errors, Model model) {
        if (errors == null || !errors.hasFieldErrors("project")) {
            try {
                model.addAttribute("attachment", projectMaps.attachment(project, stage, viewer));
            } catch (OpinionMapException refused) {
                model.addAttribute("attachmentProblem", refused.getMessage());
            }
        }
        if (errors == null || !errors.hasFieldErrors("consultation")) {
            try {
                model.addAttribute("partOfConsultation", consultationMaps.attachment(consultation, viewer));
            } catch (OpinionMapException refused) {
                model.addAttribute("consultationProblem", refused.getMessage());
            }
        }
    }
}
