package org.guerillapolicy;

import java.util.List;
import org.guerillapolicy.deliberation.OpinionMapCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GuerillaPolicyApplication {

    /** Commands that do their work and exit, without starting the web server. */
    private static final List<String> COMMANDS = List.of("reindex", "administrator");

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(OpinionMapCommand.NAME)) {
            // Pure computation on files: no database, no Spring context.
            System.exit(OpinionMapCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        SpringApplication application = new SpringApplication(GuerillaPolicyApplication.class);
        if (List.of(args).stream().anyMatch(COMMANDS::contains)) {
            application.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
