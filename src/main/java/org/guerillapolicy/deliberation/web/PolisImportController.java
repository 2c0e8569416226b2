package org.guerillapolicy.deliberation.web;

import jakarta.validation.Valid;
import java.io.IOException;
import org.guerillapolicy.deliberation.OpinionMapDetails;
import org.guerillapolicy.deliberation.OpinionMapException;
import org.guerillapolicy.deliberation.Participation;
import org.guerillapolicy.deliberation.PolisImports;
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

    PolisImportController(PolisImports imports) {
        this.imports = imports;
    }

    @GetMapping("/maps/import")
    String newImport(Model model) {
        model.addAttribute("form", ImportForm.empty());
        return form(model);
    }

    @PostMapping("/maps/import")
    String importConversation(Viewer viewer, @Valid @ModelAttribute("form") ImportForm form, BindingResult errors,
            @RequestParam(name = "comments", required = false) MultipartFile comments,
            @RequestParam(name = "votes", required = false) MultipartFile votes, Model model) throws IOException {
        String commentsProblem = ImportForm.problem(comments, COMMENTS_MISSING);
        if (commentsProblem != null) {
            errors.rejectValue("commentsFile", "file", commentsProblem);
        }
        String votesProblem = ImportForm.problem(votes, VOTES_MISSING);
        if (votesProblem != null) {
            errors.rejectValue("votesFile", "file", votesProblem);
        }
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            OpinionMapDetails map = imports.importConversation(viewer, form.prompt(), form.participation(),
                    ImportForm.polisFile(comments), ImportForm.polisFile(votes));
            return "redirect:" + map.path() + "/map?imported";
        } catch (OpinionMapException refused) {
            errors.rejectValue(switch (String.valueOf(refused.field())) {
                case "comments" -> "commentsFile";
                case "votes" -> "votesFile";
                default -> "prompt";
            }, "import", refused.getMessage());
            return form(model);
        }
    }

    private static String form(Model model) {
        model.addAttribute("participations", Participation.values());
        return "deliberation/import";
    }
}
