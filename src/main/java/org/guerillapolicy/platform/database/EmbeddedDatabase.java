package org.guerillapolicy.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the platform runs on when no database is configured: real PostgreSQL binaries
 * (zonky), with the data kept in a folder of the platform's own so that it survives restarts.
 */
public final class EmbeddedDatabase implements Closeable {

    public static final String DATABASE_NAME = "guerilla";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /**
     * Folders this JVM holds. Checked before the lock file is opened, because closing any channel on a
     * locked file releases the process's lock on it, which would let another copy in.
     */
    private static final Set<Path> HELD_FOLDERS = ConcurrentHashMap.newKeySet();

    private final Path dataFolder;
    private final FileChannel lockChannel;
    private final FileLock folderLock;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path dataFolder, FileChannel lockChannel, FileLock folderLock, EmbeddedPostgres postgres) {
        this.dataFolder = dataFolder;
        this.lockChannel = lockChannel;
        this.folderLock = folderLock;
        this.postgres = postgres;
    }

    /**
     * Starts the server on the given data folder, creating it on first use. Refuses when another copy of
     * the platform holds the folder; shuts down a server left behind by a copy that was killed.
     */
    public static EmbeddedDatabase start(Path dataFolder, int port) throws IOException {
        Files.createDirectories(dataFolder);
        Path folder = dataFolder.toRealPath();
        if (!HELD_FOLDERS.add(folder)) {
            throw new DataFolderInUseException(dataFolder);
        }
        try {
            return start(folder, dataFolder, port);
        } catch (IOException | RuntimeException e) {
            HELD_FOLDERS.remove(folder);
            throw e;
        }
    }

    private static EmbeddedDatabase start(Path folder, Path dataFolder, int port) throws IOException {
        FileChannel channel = FileChannel.open(dataFolder.resolve("guerilla-policy.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel);
        if (lock == null) {
            channel.close();
            throw new DataFolderInUseException(dataFolder);
        }
        try {
            Path postgresFolder = folder.resolve("postgres");
            OrphanedServer.stopIfRunning(postgresFolder);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(postgresFolder)
                    .setCleanDataDirectory(false)
                    // The application context closes it, after everything that still uses the database.
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky starts PostgreSQL tuned for throwaway test data (-F, synchronous_commit=off);
                    // the platform's data must survive a power cut, so both are switched back on.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(folder, channel, lock, postgres);
            database.createApplicationDatabase();
            log.info("Embedded PostgreSQL is running on port {} with its data in {}", postgres.getPort(),
                    postgresFolder.toAbsolutePath());
            return database;
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcessHoldsIt) {
            return null;
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE_NAME);
    }

    public String username() {
        return "postgres";
    }

    private void createApplicationDatabase() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var existing = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE_NAME + "'");
            if (!existing.next()) {
                statement.execute("create database " + DATABASE_NAME);
            }
        } catch (SQLException e) {
            throw new IOException("Could not create the database " + DATABASE_NAME, e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            folderLock.release();
            lockChannel.close();
            HELD_FOLDERS.remove(dataFolder);
        }
    }
}
