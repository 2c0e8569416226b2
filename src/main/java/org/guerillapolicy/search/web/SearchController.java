package org.guerillapolicy.search.web;

import jakarta.validation.Valid;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.platform.Viewer;
import org.guerillapolicy.search.ResultKind;
import org.guerillapolicy.search.Search;
import org.guerillapolicy.search.SearchResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

@Controller
class SearchController {

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@Valid @ModelAttribute("form") SearchForm form, BindingResult errors, Viewer viewer, Model model) {
        model.addAttribute("kinds", ResultKind.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("results", errors.hasErrors() ? SearchResults.none() : search.search(form.toQuery(), viewer));
        model.addAttribute("searched", !errors.hasErrors() && !form.toQuery().isEmpty());
        return "search/search";
    }
}
