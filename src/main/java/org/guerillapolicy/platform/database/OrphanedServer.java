package org.guerillapolicy.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that outlived the copy of the platform that started it. Killing the platform with
 * SIGKILL leaves its database server running on the data folder; the next start must stop it first.
 * Only called while holding the data folder's lock, so the server cannot belong to a live copy.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private OrphanedServer() {
    }

    static void stopIfRunning(Path postgresFolder) throws IOException {
        Optional<ProcessHandle> server = runningServer(postgresFolder.resolve("postmaster.pid"));
        if (server.isEmpty()) {
            return;
        }
        ProcessHandle process = server.get();
        log.warn("A database server (pid {}) was left running by a copy that stopped abruptly; stopping it",
                process.pid());
        // SIGTERM is PostgreSQL's "smart" shutdown: the dead copy's connections are gone, so it exits cleanly.
        process.destroy();
        try {
            process.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("The database server left running (pid " + process.pid()
                    + ") did not stop within " + SHUTDOWN_WAIT.toSeconds() + " s; stop it and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the database server left running", e);
        } catch (ExecutionException e) {
            throw new IOException("Could not stop the database server left running", e);
        }
    }

    private static Optional<ProcessHandle> runningServer(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.getFirst().trim());
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }
}
