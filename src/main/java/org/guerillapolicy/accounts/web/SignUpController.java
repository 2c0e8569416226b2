package org.guerillapolicy.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.guerillapolicy.accounts.Account;
import org.guerillapolicy.accounts.AccountKind;
import org.guerillapolicy.accounts.Accounts;
import org.guerillapolicy.accounts.EmailTakenException;
import org.guerillapolicy.accounts.UsernameTakenException;
import org.guerillapolicy.accounts.internal.SignedInAccount;
import org.guerillapolicy.platform.FormErrors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class SignUpController {

    private final Accounts accounts;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SignUpController(Accounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("kinds")
    AccountKind[] kinds() {
        return AccountKind.values();
    }

    @GetMapping("/signup")
    String form(Model model) {
        model.addAttribute("form", SignUpForm.empty());
        return "accounts/signup";
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        errors = FormErrors.withForm(model, "form", form, errors);
        // Taken names are reported with every other problem, so nobody has to fix the form twice.
        if (!errors.hasFieldErrors("username") && accounts.usernameTaken(form.username().trim())) {
            rejectTakenUsername(errors);
        }
        if (!errors.hasFieldErrors("email") && accounts.emailTaken(form.email().trim())) {
            rejectTakenEmail(errors);
        }
        if (errors.hasErrors()) {
            return "accounts/signup";
        }
        Account account;
        try {
            account = accounts.register(form.toNewAccount());
        } catch (UsernameTakenException raceLost) {
            rejectTakenUsername(errors);
            return "accounts/signup";
        } catch (EmailTakenException raceLost) {
            rejectTakenEmail(errors);
            return "accounts/signup";
        }
        signIn(account, request, response);
        return "redirect:/settings/profile?welcome";
    }

    private static void rejectTakenUsername(BindingResult errors) {
        errors.rejectValue("username", "taken", "That username is taken. Choose another");
    }

    private static void rejectTakenEmail(BindingResult errors) {
        errors.rejectValue("email", "taken", "An account already uses this email address. Sign in instead");
    }

    /** Signs the new account in at once, in a fresh session id, as a successful sign-in would. */
    private void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        SignedInAccount principal = SignedInAccount.of(account.id(), account.username(), account.displayName());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        sessions.saveContext(context, request, response);
    }
}
