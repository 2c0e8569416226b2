package org.guerillapolicy.accounts.internal;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar guerilla-policy.jar administrator USERNAME} makes an existing account an administrator
 * and exits. Only someone with access to the server can do it, so no web form can be tricked into it.
 */
@Component
class AdministratorCommand implements ApplicationRunner {

    private final AccountStore store;

    AdministratorCommand(AccountStore store) {
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        int at = words.indexOf("administrator");
        if (at < 0) {
            return;
        }
        if (at + 1 >= words.size()) {
            System.out.println("Say whose account to make an administrator: administrator USERNAME");
        } else if (store.makeAdministrator(words.get(at + 1))) {
            System.out.println(words.get(at + 1) + " is now an administrator");
        } else {
            System.out.println("No account has the username " + words.get(at + 1));
        }
    }
}
