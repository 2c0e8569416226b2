package org.guerillapolicy.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.guerillapolicy.accounts.internal.AccountStore;
import org.guerillapolicy.platform.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts module's API: register, find and change accounts. */
@Service
public class Accounts {

    private final AccountStore store;
    private final Ids ids;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    Accounts(AccountStore store, Ids ids, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.store = store;
        this.ids = ids;
        this.passwords = passwords;
        this.events = events;
    }

    @Transactional
    public Account register(NewAccount account) {
        if (store.usernameExists(account.username())) {
            throw new UsernameTakenException();
        }
        if (store.emailExists(account.email())) {
            throw new EmailTakenException();
        }
        long id = ids.next();
        store.insert(id, account, passwords.encode(account.password()));
        events.publishEvent(new AccountRegistered(id, account.username()));
        return store.byId(id).orElseThrow();
    }

    public boolean usernameTaken(String username) {
        return store.usernameExists(username);
    }

    public boolean emailTaken(String email) {
        return store.emailExists(email);
    }

    public Optional<Account> byUsername(String username) {
        return store.byUsername(username);
    }

    public Optional<Account> byId(long id) {
        return store.byId(id);
    }

    /** Accounts in id order after the given id, for work over all of them in batches. */
    public List<Account> batchAfter(long afterId, int size) {
        return store.batchAfter(afterId, size);
    }

    public Map<Long, AccountSummary> summaries(Collection<Long> ids) {
        return store.summaries(ids);
    }

    @Transactional
    public void updateProfile(long accountId, ProfileChanges changes) {
        store.updateProfile(accountId, changes);
        events.publishEvent(new ProfileUpdated(accountId));
    }

    public boolean any() {
        return store.count() > 0;
    }
}
