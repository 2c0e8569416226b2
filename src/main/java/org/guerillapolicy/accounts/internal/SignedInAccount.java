package org.guerillapolicy.accounts.internal;

import java.util.Collection;
import java.util.List;
import org.guerillapolicy.platform.SignedInPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal kept in a signed-in session. Its password hash is erased once sign-in is over. */
public final class SignedInAccount implements UserDetails, CredentialsContainer, SignedInPrincipal {

    private final long accountId;
    private final String username;
    private final String displayName;
    private final boolean accountNonLocked;
    private final boolean administrator;
    private String passwordHash;

    SignedInAccount(long accountId, String username, String displayName, String passwordHash,
                    boolean accountNonLocked, boolean administrator) {
        this.administrator = administrator;
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.accountNonLocked = accountNonLocked;
    }

    public static SignedInAccount of(long accountId, String username, String displayName) {
        return new SignedInAccount(accountId, username, displayName, null, true, false);
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        // Administrators run the site; the role gives no sight of private groups or messages.
        return administrator
                ? List.of(new SimpleGrantedAuthority("ROLE_MEMBER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_MEMBER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
