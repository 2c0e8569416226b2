package org.guerillapolicy.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real PostgreSQL processes on temporary data folders. */
class EmbeddedDatabaseTest {

    private static final Duration START_WAIT = Duration.ofMinutes(2);

    @TempDir
    Path folder;

    @Test
    void keepsWhatItAcknowledgedThroughAPowerCut() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, 0)) {
            assertThat(query(database, "show fsync")).isEqualTo("on");
            assertThat(query(database, "show synchronous_commit")).isEqualTo("on");
            assertThat(query(database, "show full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void keepsDataAcrossRestarts() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, 0)) {
            execute(database, "create table notes (note text)");
            execute(database, "insert into notes values ('kept')");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, 0)) {
            assertThat(query(database, "select note from notes")).isEqualTo("kept");
        }
    }

    @Test
    void refusesADataFolderAlreadyInUse() throws Exception {
        try (EmbeddedDatabase ignored = EmbeddedDatabase.start(folder, 0)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(folder, 0))
                    .isInstanceOf(DataFolderInUseException.class)
                    .hasMessageContaining(folder.toAbsolutePath().toString());
        }
    }

    @Test
    void recoversAfterThePlatformIsKilled() throws Exception {
        Path dataFolder = folder.resolve("data");
        Path childLog = folder.resolve("child.log");
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), EmbeddedDatabaseChild.class.getName(),
                dataFolder.toString())
                .redirectErrorStream(true)
                .redirectOutput(childLog.toFile())
                .start();
        ProcessHandle orphan = null;
        try {
            awaitReady(child, childLog);
            orphan = serverOf(dataFolder);

            // A second copy in another process is refused while the first is alive.
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataFolder, 0))
                    .isInstanceOf(DataFolderInUseException.class);

            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(orphan.isAlive()).as("PostgreSQL outlives the killed JVM").isTrue();

            try (EmbeddedDatabase database = EmbeddedDatabase.start(dataFolder, 0)) {
                assertThat(query(database, "select note from crash_test")).isEqualTo(EmbeddedDatabaseChild.ROW);
                assertThat(orphan.isAlive()).as("the orphaned server was stopped").isFalse();
                assertThat(serverOf(dataFolder).pid()).isNotEqualTo(orphan.pid());
            }
        } finally {
            child.destroyForcibly();
            if (orphan != null && orphan.isAlive()) {
                orphan.destroy();
                orphan.onExit().get(60, TimeUnit.SECONDS);
            }
        }
    }

    private static void awaitReady(Process child, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_WAIT);
        while (!readLines(log).contains(EmbeddedDatabaseChild.READY)) {
            if (!child.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("The child platform did not start:\n" + String.join("\n", readLines(log)));
            }
            Thread.sleep(100);
        }
    }

    private static List<String> readLines(Path log) throws IOException {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    /** The server process running on the folder, from the pid PostgreSQL records there. */
    private static ProcessHandle serverOf(Path dataFolder) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataFolder.resolve("postgres/postmaster.pid")).getFirst().trim());
        return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("No process " + pid));
    }

    private static String query(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).as("a row from: " + sql).isTrue();
            return result.getString(1);
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), "");
    }
}
