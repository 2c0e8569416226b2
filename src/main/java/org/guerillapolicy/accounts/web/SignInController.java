package org.guerillapolicy.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks the form it posts. */
@Controller
class SignInController {

    @GetMapping("/signin")
    String signIn() {
        return "accounts/signin";
    }
}
