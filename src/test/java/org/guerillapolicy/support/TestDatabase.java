package org.guerillapolicy.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.guerillapolicy.platform.database.EmbeddedDatabase;
import org.springframework.util.FileSystemUtils;

/**
 * The PostgreSQL that integration tests run against, one per test JVM. Where the machine runs PostgreSQL
 * on 127.0.0.1:5432 (as in CI) each JVM gets a fresh database there, which starts in a blink; otherwise
 * the platform's own embedded server starts in a temporary folder.
 */
public final class TestDatabase {

    private static final String SERVER_URL = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String SERVER_USER = "postgres";
    private static final String PREFIX = "gp_test_";
    private static final Duration STALE_AFTER = Duration.ofHours(2);

    private static TestDatabase instance;

    private final String jdbcUrl;
    private final String username;

    private TestDatabase(String jdbcUrl, String username) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = serverIsRunning() ? freshDatabaseOnServer() : embedded();
        }
        return instance;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    private static boolean serverIsRunning() {
        // Without a short timeout a filtered port would stall every test run for the driver's default.
        try (Connection ignored = DriverManager.getConnection(
                SERVER_URL + "postgres?connectTimeout=2&socketTimeout=5", SERVER_USER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static TestDatabase freshDatabaseOnServer() {
        dropStaleDatabases();
        String name = PREFIX + System.currentTimeMillis() + "_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
        execute("create database " + name);
        return new TestDatabase(SERVER_URL + name, SERVER_USER);
    }

    /**
     * Test databases are dropped by later runs rather than at exit: at exit the application may still be
     * closing its connections, and a dropped database would stall it. Names carry their creation time.
     */
    private static void dropStaleDatabases() {
        long staleBefore = System.currentTimeMillis() - STALE_AFTER.toMillis();
        for (String name : query("select datname from pg_database where datname like '" + PREFIX + "%'")) {
            String[] parts = name.substring(PREFIX.length()).split("_");
            if (parts[0].matches("\\d+") && Long.parseLong(parts[0]) < staleBefore) {
                execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    private static List<String> query(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER_URL + "postgres", SERVER_USER, "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run on the test PostgreSQL: " + sql, e);
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER_URL + "postgres", SERVER_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run on the test PostgreSQL: " + sql, e);
        }
    }

    private static TestDatabase embedded() {
        try {
            Path folder = Files.createTempDirectory("gp-test-db");
            EmbeddedDatabase database = EmbeddedDatabase.start(folder, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    database.close();
                    FileSystemUtils.deleteRecursively(folder);
                } catch (IOException ignored) {
                    // Nothing more can be done while the JVM exits.
                }
            }));
            return new TestDatabase(database.jdbcUrl(), database.username());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL for the tests", e);
        }
    }
}
