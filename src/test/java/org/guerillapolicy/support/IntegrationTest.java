package org.guerillapolicy.support;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application on a random port against real PostgreSQL. Every subclass shares one application
 * context and one database, so tests never assume an empty database: they make their own data with
 * {@link #unique(String)} names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int SUFFIX_LENGTH = 8;
    private static final int MAX_LENGTH = 30;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.get().jdbcUrl());
        registry.add("spring.datasource.username", () -> TestDatabase.get().username());
        registry.add("spring.datasource.password", () -> "");
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * A name no other test uses, short enough for a username: the prefix (lower-cased, cut short if need
     * be), an underscore and a random suffix.
     */
    public static String unique(String prefix) {
        String start = prefix.toLowerCase(Locale.ROOT);
        StringBuilder name = new StringBuilder(
                start.substring(0, Math.min(start.length(), MAX_LENGTH - SUFFIX_LENGTH - 1))).append('_');
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return name.toString();
    }
}
