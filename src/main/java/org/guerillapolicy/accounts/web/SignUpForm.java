package org.guerillapolicy.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.guerillapolicy.accounts.AccountKind;
import org.guerillapolicy.accounts.NewAccount;

record SignUpForm(
        @NotBlank(message = "Enter a username")
        @Pattern(regexp = "^$|[A-Za-z0-9_]{3,30}",
                message = "Username must be 3 to 30 letters, numbers or underscores")
        String username,
        @NotBlank(message = "Enter the name to show on your profile")
        @Size(max = 80, message = "Name must be 80 characters or fewer")
        String displayName,
        @NotBlank(message = "Enter your email address")
        @Email(message = "Enter an email address in the correct format, like name@example.org")
        @Size(max = 254, message = "Email address must be 254 characters or fewer")
        String email,
        @NotNull(message = "Enter a password")
        @Size(min = 10, max = 128, message = "Password must be between 10 and 128 characters")
        String password,
        @NotNull(message = "Choose whether this account is for a person or an organisation")
        AccountKind kind) {

    static SignUpForm empty() {
        return new SignUpForm("", "", "", "", AccountKind.PERSON);
    }

    NewAccount toNewAccount() {
        return new NewAccount(username.trim(), displayName.trim(), email.trim(), password, kind);
    }
}
