package io.implementa.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;

import org.jboss.logmanager.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * The PostgreSQL server and Kafka broker of the local run, started by {@code ./suite up} as a
 * process of its own and stopped by {@code ./suite down} (SIGTERM runs the shutdown hook, which
 * stops both cleanly).
 *
 * <p>Data survives restarts: PostgreSQL in {@code .local/postgres}, Kafka in {@code .local/kafka}.
 * Either can be an external server instead ({@link LocalSettings}); the four service databases
 * are created if missing, on an external server too. With both external, this process only
 * does that and then idles, so that {@code ./suite} treats every setup alike. When everything
 * is ready, {@code .local/infra.env} is written: the settings the services need, in a form a
 * shell can source; it is removed on shutdown, so its presence means "ready".
 */
public final class LocalInfrastructure {

    private static final Logger LOG = Logger.getLogger(LocalInfrastructure.class.getName());

    private final LocalSettings settings;
    private final List<AutoCloseable> started = new ArrayList<>();

    private LocalInfrastructure(LocalSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        configureLogging();
        LocalSettings settings = LocalSettings.fromEnvironment(System.getenv());
        LocalInfrastructure infrastructure = new LocalInfrastructure(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::stop, "local-infrastructure-stop"));
        try {
            infrastructure.start();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Local infrastructure failed to start", e);
            System.exit(1);
        }
        // Runs until ./suite down (or Ctrl+C) ends the JVM, which runs the shutdown hook.
        new CountDownLatch(1).await();
    }

    private synchronized void start() {
        createDirectories();
        deleteStatusFile();
        Postgres postgres = startPostgres();
        for (String database : settings.databases()) {
            PostgresDatabases.createIfMissing(postgres.url(), postgres.user(), postgres.password(), database);
        }
        String bootstrapServers = startKafka();

        Map<String, String> status = new LinkedHashMap<>();
        status.put("IMPLEMENTA_INFRA_PID", String.valueOf(ProcessHandle.current().pid()));
        status.put("POSTGRES_SERVER_URL", postgres.url().server());
        status.put("POSTGRES_USER", postgres.user());
        status.put("POSTGRES_PASSWORD", postgres.password());
        status.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        for (String database : settings.databases()) {
            status.put("JDBC_URL_" + database.toUpperCase(Locale.ROOT), postgres.url().forDatabase(database));
        }
        writeStatusFile(status);
        LOG.info("Local infrastructure ready: " + settings.statusFile());
    }

    /** How the services reach PostgreSQL. */
    private record Postgres(PostgresServerUrl url, String user, String password) {
    }

    private Postgres startPostgres() {
        if (settings.externalPostgres().isPresent()) {
            PostgresServerUrl url = settings.externalPostgres().get();
            LOG.info("Using external PostgreSQL at " + url.server());
            return new Postgres(url, settings.postgresUser(), settings.postgresPassword());
        }
        EmbeddedPostgres embedded = EmbeddedPostgres.start(EmbeddedPostgres.Options.persistent(
                settings.postgresPort(), settings.postgresDataDirectory(),
                settings.logDirectory().resolve("postgres.log")));
        started.add(embedded);
        LOG.info("PostgreSQL listening on port " + embedded.port() + ", data in " + settings.postgresDataDirectory());
        return new Postgres(embedded.serverUrl(), embedded.username(), embedded.password());
    }

    /** Returns the bootstrap servers. */
    private String startKafka() {
        if (settings.externalKafka().isPresent()) {
            LOG.info("Using external Kafka at " + settings.externalKafka().get());
            return settings.externalKafka().get();
        }
        EmbeddedKafka kafka = EmbeddedKafka.start(
                EmbeddedKafka.Options.persistent(settings.kafkaPort(), settings.kafkaLogDirectory()));
        started.add(kafka);
        LOG.info("Kafka listening on " + kafka.bootstrapServers() + ", data in " + settings.kafkaLogDirectory());
        return kafka.bootstrapServers();
    }

    private void createDirectories() {
        try {
            Files.createDirectories(settings.logDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeStatusFile(Map<String, String> status) {
        StringBuilder text = new StringBuilder(
                "# Written by LocalInfrastructure once ready; removed when it stops. Shell-sourceable.\n");
        status.forEach((key, value) -> text.append(key).append('=').append(shellQuote(value)).append('\n'));
        try {
            // Written whole, then renamed: a reader never sees half a file.
            Path temporary = settings.statusFile().resolveSibling(settings.statusFile().getFileName() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, settings.statusFile(), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + settings.statusFile(), e);
        }
    }

    static String shellQuote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    private void deleteStatusFile() {
        try {
            Files.deleteIfExists(settings.statusFile());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + settings.statusFile(), e);
        }
    }

    /** Stops what was started, newest first: Kafka, then PostgreSQL. */
    private synchronized void stop() {
        deleteStatusFile();
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Could not stop " + started.get(i).getClass().getSimpleName(), e);
            }
        }
        started.clear();
        LOG.info("Local infrastructure stopped");
    }

    /** Our INFO lines and the servers' warnings, to standard output (which the launcher logs to a file). */
    private static void configureLogging() {
        // Initialising the JUL manager (JBoss LogManager here) installs its default console
        // handler; let that happen now, so it can be replaced rather than doubled later.
        java.util.logging.LogManager.getLogManager();
        Logger root = Logger.getLogger("");
        root.clearHandlers();
        root.setLevel(Level.INFO);
        root.addHandler(new ConsoleHandler(ConsoleHandler.Target.SYSTEM_OUT,
                new PatternFormatter("%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{1.}] %s%e%n")));
        ServerLogging.quiet();
    }
}
