package org.guerillapolicy.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A stand-in for the platform in {@link EmbeddedDatabaseTest}'s crash test, run in its own JVM so that the
 * test can kill it: starts the embedded database on the folder given, writes a row, says READY and waits.
 */
public final class EmbeddedDatabaseChild {

    static final String READY = "READY";
    static final String ROW = "written before the crash";

    public static void main(String[] args) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0);
             Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
             Statement statement = connection.createStatement()) {
            statement.execute("create table crash_test (note text)");
            statement.execute("insert into crash_test values ('" + ROW + "')");
            System.out.println(READY);
            // Waits for the test to kill it; should the test's JVM die first, stdin closes and it stops.
            while (System.in.read() != -1) {
                // Nothing is ever sent.
            }
        }
    }
}
