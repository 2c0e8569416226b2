package org.guerillapolicy.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.guerillapolicy.accounts.Account;
import org.guerillapolicy.accounts.AccountKind;
import org.guerillapolicy.accounts.ProfileChanges;
import org.guerillapolicy.accounts.Role;
import org.guerillapolicy.accounts.Sector;

record ProfileForm(
        @NotBlank(message = "Enter the name to show on your profile")
        @Size(max = 80, message = "Name must be 80 characters or fewer")
        String displayName,
        @NotNull(message = "Choose whether this account is for a person or an organisation")
        AccountKind kind,
        Boolean pseudonymous,
        Set<Role> roles,
        Set<Sector> sectors,
        @Size(max = 100, message = "Locality must be 100 characters or fewer")
        String locality,
        @Size(max = 500, message = "About you must be 500 characters or fewer")
        String bio,
        @Size(max = 200, message = "Website must be 200 characters or fewer")
        @Pattern(regexp = "^$|https?://[^\\s]+", message = "Website must start with https:// or http://")
        String website) {

    static ProfileForm of(Account account) {
        return new ProfileForm(account.displayName(), account.kind(), account.pseudonymous(), account.roles(),
                account.sectors(), account.locality(), account.bio(), account.website());
    }

    ProfileChanges toChanges() {
        return new ProfileChanges(displayName.trim(), kind, kind == AccountKind.PERSON && Boolean.TRUE.equals(pseudonymous),
                roles == null ? Set.of() : Set.copyOf(roles),
                sectors == null ? Set.of() : Set.copyOf(sectors),
                trim(locality), trim(bio), trim(website));
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
