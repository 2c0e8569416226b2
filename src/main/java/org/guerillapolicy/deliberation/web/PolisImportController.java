package org.guerillapolicy.deliberation.web;

import jakarta.validation.Valid;
import java.io.IOException;
import org.guerillapolicy.deliberation.OpinionMapDetails;
import org.guerillapolicy.deliberation.OpinionMapException;
import org.guerillapolicy.deliberation.Participation;
import org.guerillapolicy.deliberation.PolisImports;
import org.guerillapolicy.platform.FormErrors;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Importing a conversation exported from Pol.is as a new opinion map. */
@Controller
class PolisImportController {

    private static final String COMMENTS_MISSING = "Choose the comments.csv file exported from Pol.is";
    private static final String VOTES_MISSING = "Choose the participants-votes.csv or votes.csv file exported from Pol.is";

    private final PolisImports imports;
    private final PartOfForms partOfForms;

    PolisImportController(PolisImports imports, PartOfForms partOfForms) {
        this.imports = imports;
        this.partOfForms = partOfForms;
    }

    @GetMapping("/maps/import")
    String newImport(Viewer viewer, @RequestParam(required = false) String project,
            @RequestParam(required = false) Integer stage, @RequestParam(required = false) String consultation,
            Model model) {
        ImportForm form = ImportForm.partOf(project, stage, consultation);
        model.addAttribute("form", form);
        return form(viewer, form, null, model);
    }

    @PostMapping("/maps/import")
    String importConversation(Viewer viewer, @Valid @ModelAttribute("form") ImportForm form, BindingResult errors,
            @RequestParam(name = "comments", required = false) MultipartFile comments,
            @RequestParam(name = "votes", required = false) MultipartFile votes, Model model) throws IOException {
        errors = FormErrors.withForm(model, "form", form, errors);
        String commentsProblem = ImportForm.problem(comments, COMMENTS_MISSING);
        if (commentsProblem != null) {
            errors.rejectValue("commentsFile", "file", commentsProblem);
        }
        String votesProblem = ImportForm.problem(votes, VOTES_MISSING);
        if (votesProblem != null) {
            errors.rejectValue("votesFile", "file", votesProblem);
        }
        PartOfForms.PartOf partOf = partOfForms.resolve(form.project(), form.stage(), form.consultation(), viewer, errors);
        if (errors.hasErrors()) {
            if (commentsProblem == null && votesProblem == null) {
                // The files must be chosen again anyway: tell what is wrong inside them now, not next time.
                try {
                    imports.check(ImportForm.polisFile(comments), ImportForm.polisFile(votes));
                } catch (OpinionMapException refused) {
                    reject(errors, refused);
                }
            }
            return form(viewer, form, errors, model);
        }
        try {
            OpinionMapDetails map = imports.importConversation(viewer, partOf.attachment(), partOf.consultation(),
                    form.prompt(), form.participation(), ImportForm.polisFile(comments), ImportForm.polisFile(votes));
            return "redirect:" + map.path() + "/map?imported";
        } catch (OpinionMapException refused) {
            reject(errors, refused);
            return form(viewer, form, errors, model);
        }
    }

    private static void reject(BindingResult errors, OpinionMapException refused) {
        errors.rejectValue(switch (String.valueOf(refused.field())) {
            case "comments" -> "commentsFile";
            case "votes" -> "votesFile";
            case "project", "consultation" -> refused.field();
            default -> "prompt";
        }, "import", refused.getMessage());
    }

    private String form(Viewer viewer, ImportForm form, BindingResult errors, Model model) {
        partOfForms.show(form.project(), form.stage(), form.consultation(), viewer, errors, model);
        model.addAttribute("participations", Participation.values());
        return "deliberation/import";
    }
}
