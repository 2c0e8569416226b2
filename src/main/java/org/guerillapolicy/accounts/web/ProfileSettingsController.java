package org.guerillapolicy.accounts.web;

import jakarta.validation.Valid;
import org.guerillapolicy.accounts.Account;
import org.guerillapolicy.accounts.AccountKind;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;
import org.guerillapolicy.platform.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** An account's owner edits their profile; nobody else can reach this page. */
@Controller
class ProfileSettingsController {

    private final Accounts accounts;

    ProfileSettingsController(Accounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", AccountKind.values());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("allSectors", Sector.values());
    }

    @GetMapping("/settings/profile")
    String edit(Viewer viewer, Model model) {
        Account account = accounts.byId(viewer.accountId()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("form", ProfileForm.of(account));
        return "accounts/profile-settings";
    }

    @PostMapping("/settings/profile")
    String save(Viewer viewer, @Valid @ModelAttribute("form") ProfileForm form, BindingResult errors, Model model) {
        Account account = accounts.byId(viewer.accountId()).orElseThrow();
        if (errors.hasErrors()) {
            model.addAttribute("account", account);
            return "accounts/profile-settings";
        }
        accounts.updateProfile(account.id(), form.toChanges());
        return "redirect:/@" + account.username() + "?saved";
    }
}
