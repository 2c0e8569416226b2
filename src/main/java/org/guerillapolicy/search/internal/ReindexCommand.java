package org.guerillapolicy.search.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** {@code java -jar guerilla-policy.jar reindex} rebuilds the search documents and exits. */
@Component
class ReindexCommand implements ApplicationRunner {

    private final Reindex reindex;

    ReindexCommand(Reindex reindex) {
        this.reindex = reindex;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.getNonOptionArgs().contains("reindex")) {
            System.out.println("Rebuilding the search index");
            reindex.run(System.out::println);
            System.out.println("The search index is rebuilt");
        }
    }
}
