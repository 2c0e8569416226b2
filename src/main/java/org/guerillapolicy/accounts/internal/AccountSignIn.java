package org.guerillapolicy.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Checks credentials for Spring Security and limits guessing: after {@value #FAILURE_LIMIT} wrong
 * passwords in a row an account is locked for {@link #LOCK_TIME}, whatever password is tried.
 */
@Service
class AccountSignIn implements UserDetailsService {

    static final int FAILURE_LIMIT = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final AccountStore store;
    private final Clock clock;

    AccountSignIn(AccountStore store) {
        this.store = store;
        this.clock = Clock.systemUTC();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return store.credentials(username)
                .map(c -> new SignedInAccount(c.id(), c.username(), c.displayName(), c.passwordHash(),
                        c.lockedUntil() == null || c.lockedUntil().isBefore(Instant.now(clock)), c.administrator()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        store.recordFailedSignIn(event.getAuthentication().getName(), FAILURE_LIMIT,
                Instant.now(clock).plus(LOCK_TIME));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInAccount account) {
            store.recordSuccessfulSignIn(account.accountId());
        }
    }
}
