package io.implementa.e2e.harness;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.implementa.stack.EmbeddedKafka;
import io.implementa.stack.EmbeddedPostgres;
import io.implementa.stack.FreePorts;
import io.implementa.stack.PostgresServerUrl;
import io.implementa.stack.ServerLogging;
import io.implementa.stack.SigningKeys;
import io.implementa.stack.TcpProxy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The running suite: one embedded PostgreSQL and one Kafka broker, each behind a {@link TcpProxy}, and the
 * four services as separate processes reaching them through those proxies. Every service also has a proxy of
 * its own in front of the shared PostgreSQL proxy, so a test can take the database away from one service
 * only. Started once per test JVM by {@link E2e}; stopped when the test run ends, or by a shutdown hook.
 */
final class Suite {

    static final String TOKEN_ISSUER = "https://implementa.e2e";
    /** How long services get to become ready; {@code -Dimplementa.e2e.ready-timeout=PT180S} on a crowded machine. */
    static final Duration READY_TIMEOUT = Duration.parse(System.getProperty("implementa.e2e.ready-timeout", "PT120S"));
    private static final int LOG_TAIL_LINES = 60;

    private final Layout layout;
    private final SigningKeys keys = SigningKeys.generate();
    private final Map<Service, ServiceProcess> processes = new EnumMap<>(Service.class);
    private final Map<Service, TcpProxy> servicePostgresProxies = new EnumMap<>(Service.class);
    /** Further instances of services started by scale-out tests, in the order started. */
    private final List<ServiceProcess> extraInstances = new CopyOnWriteArrayList<>();
    private Path publicKey;
    /** What to close, in the order started (PostgreSQL and Kafka start on two threads). */
    private final List<AutoCloseable> infrastructure = new CopyOnWriteArrayList<>();
    private GreenMail smtp;
    private String notificationSecretKey;
    private TcpProxy postgresProxy;
    private TcpProxy kafkaProxy;
    private EmbeddedPostgres postgres;
    private boolean stopped;

    private Suite(Layout layout) {
        this.layout = layout;
    }

    /** Where things are: the repository root with the built services, the work and log directories. */
    record Layout(Path root, Path work, Path logs) {

        static Layout fromSystemProperties() {
            Path root = Path.of(System.getProperty("implementa.e2e.root", "..")).toAbsolutePath().normalize();
            Path module = root.resolve("e2e-tests");
            return new Layout(root,
                    Path.of(System.getProperty("implementa.e2e.work", module.resolve("target/e2e").toString())),
                    Path.of(System.getProperty("implementa.e2e.logs", module.resolve("target/logs").toString())));
        }

        Path jar(Service service) {
            return root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        }

        Path pidFile() {
            return work.resolve("service-pids.txt");
        }
    }

    /** Starts everything and waits until every service is ready; on failure, stops what started and throws. */
    static Suite start() {
        Layout layout = Layout.fromSystemProperties();
        requireBuiltServices(layout);
        Suite suite = new Suite(layout);
        try {
            suite.startAll();
            return suite;
        } catch (RuntimeException | Error e) {
            suite.stop();
            throw e;
        }
    }

    private static void requireBuiltServices(Layout layout) {
        List<String> missing = new ArrayList<>();
        for (Service service : Service.values()) {
            if (!Files.isRegularFile(layout.jar(service))) {
                missing.add(layout.jar(service).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The end-to-end tests run the packaged services, but these are missing:\n  "
                    + String.join("\n  ", missing) + "\nBuild the services first, from the repository root:\n"
                    + "  mvn -DskipTests package -pl project-service,risk-service,resource-service,notification-service -am\n"
                    + "(or run the whole build, `mvn verify`, where e2e-tests is the last module).");
        }
    }

    private void startAll() {
        long begin = System.nanoTime();
        prepareDirectories();
        stopLeftoversOfAnEarlierRun();
        ServerLogging.quiet();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "e2e-suite-stop"));

        startPostgresAndKafka();
        startSmtp();
        publicKey = layout.work().resolve("jwt-public.pem");
        write(publicKey, keys.publicKeyPem());
        long infrastructureMillis = millisSince(begin);

        for (Service service : Service.values()) {
            TcpProxy proxy = TcpProxy.start(postgresProxy.host(), postgresProxy.port());
            infrastructure.add(proxy);
            servicePostgresProxies.put(service, proxy);
            processes.put(service, newProcess(service, proxy, publicKey, logOf(service)));
        }
        processes.values().forEach(ServiceProcess::start);
        recordPids();
        awaitReady(List.copyOf(processes.values()));
        System.out.printf("e2e suite ready in %d ms (PostgreSQL and Kafka %d ms, services %d ms): %s%n",
                millisSince(begin), infrastructureMillis, millisSince(begin) - infrastructureMillis, processes.values());
    }

    private void prepareDirectories() {
        try {
            Files.createDirectories(layout.work());
            Files.createDirectories(layout.logs());
            try (var logs = Files.list(layout.logs())) {
                for (Path log : logs.filter(file -> file.getFileName().toString().endsWith("-service.log")
                        || file.getFileName().toString().matches(".*-service-\\d+\\.log")).toList()) {
                    Files.deleteIfExists(log);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path logOf(Service service) {
        return layout.logs().resolve(service.module() + ".log");
    }

    /** Both at once: each takes seconds, mostly waiting (initdb, the KRaft quorum). */
    private void startPostgresAndKafka() {
        CompletableFuture<Void> kafka = CompletableFuture.runAsync(this::startKafka);
        try {
            startPostgres();
        } finally {
            try {
                kafka.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }

    private void startPostgres() {
        postgres = EmbeddedPostgres.start(new EmbeddedPostgres.Options(0, null, true,
                layout.logs().resolve("postgres.log")));
        infrastructure.add(postgres);
        postgresProxy = TcpProxy.start("localhost", postgres.port());
        infrastructure.add(postgresProxy);
        for (Service service : Service.values()) {
            postgres.createDatabaseIfMissing(service.database());
        }
    }

    /** The SMTP server the notification-service sends e-mail to, as an organisation's mail relay. */
    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(FreePorts.find(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        infrastructure.add(smtp::stop);
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        notificationSecretKey = java.util.Base64.getEncoder().encodeToString(key);
    }

    GreenMail smtp() {
        return smtp;
    }

    private void startKafka() {
        // The proxy's port must be known first: the broker advertises it to every client, so all go through it.
        int brokerPort = FreePorts.find();
        kafkaProxy = TcpProxy.start("127.0.0.1", brokerPort);
        infrastructure.add(kafkaProxy);
        EmbeddedKafka kafka = EmbeddedKafka.start(new EmbeddedKafka.Options(brokerPort, null, kafkaProxy.address()));
        infrastructure.add(kafka);
    }

    private ServiceProcess newProcess(Service service, TcpProxy databaseProxy, Path publicKey, Path log) {
        int port = FreePorts.find();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL",
                PostgresServerUrl.of(databaseProxy.host(), databaseProxy.port()).forDatabase(service.database()));
        environment.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaProxy.address());
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
        environment.put("MP_JWT_VERIFY_ISSUER", TOKEN_ISSUER);
        // The tests drive the API at machine speed as a handful of callers, far above a person's pace. As
        // environment variables, these are simply unused by a service built before the rate limit existed.
        environment.put("IMPLEMENTA_RATE_LIMIT_REQUESTS_PER_SECOND", "10000");
        environment.put("IMPLEMENTA_RATE_LIMIT_BURST", "10000");
        if (service == Service.NOTIFICATION) {
            environment.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            environment.put("QUARKUS_MAILER_PORT", String.valueOf(smtp.getSmtp().getPort()));
            environment.put("QUARKUS_MAILER_FROM", "implementa@e2e.example.com");
            environment.put("IMPLEMENTA_NOTIFICATION_SECRET_KEY", notificationSecretKey);
            // The webhook receivers of the tests listen on loopback, over plain http.
            environment.put("IMPLEMENTA_NOTIFICATION_ALLOW_PRIVATE_TARGETS", "true");
        }

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Four services on two cores: a small heap, the serial collector and C1 only keep start-up quick.
        command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        serviceSettings().forEach((key, value) -> command.add("-D" + key + "=" + value));
        if (service == Service.RISK) {
            // The review reminder job every second instead of hourly, so a test can see it run on every instance.
            command.add("-Dimplementa.risk.review.check-every=1s");
        }
        command.addAll(List.of("-jar", layout.jar(service).toString()));
        return new ServiceProcess(service, command, environment, port, log);
    }

    /**
     * Settings suited to failure tests, given as configuration the way an operator would (no code differs
     * from production): a dead consumer leaves its group within seconds rather than 45, and retries after
     * a broker or database outage come quickly.
     */
    static Map<String, String> serviceSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("implementa.consumer.properties.\"session.timeout.ms\"", "6000");
        settings.put("implementa.consumer.properties.\"heartbeat.interval.ms\"", "1000");
        settings.put("implementa.consumer.retry-initial-backoff", "100ms");
        settings.put("implementa.consumer.retry-max-backoff", "2s");
        settings.put("implementa.outbox.retry-backoff", "250ms");
        settings.put("implementa.outbox.send-timeout", "3s");
        settings.put("quarkus.console.color", "false");
        return settings;
    }

    /** Waits until every given service answers 200 on its readiness probe; dumps their logs and fails if not. */
    void awaitReady(List<ServiceProcess> waiting) {
        try {
            Awaitility.await("services ready: " + waiting)
                    .atMost(READY_TIMEOUT)
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        for (ServiceProcess process : waiting) {
                            if (!process.isAlive()) {
                                throw new IllegalStateException(process.service() + " exited with code "
                                        + process.exitCode() + " before it was ready\n" + logTails(List.of(process)));
                            }
                        }
                        return waiting.stream().allMatch(process -> process.readinessStatus() == 200);
                    });
        } catch (ConditionTimeoutException e) {
            List<ServiceProcess> notReady = waiting.stream().filter(p -> p.readinessStatus() != 200).toList();
            throw new IllegalStateException("Not ready within " + READY_TIMEOUT + ": " + notReady + "\n"
                    + readinessDetails(notReady) + logTails(notReady), e);
        }
    }

    private static String readinessDetails(List<ServiceProcess> processes) {
        return processes.stream()
                .map(process -> process.service() + " /q/health/ready: " + process.get("/q/health/ready"))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    String logTails(List<ServiceProcess> of) {
        return of.stream()
                .map(process -> "---- last lines of " + process.log() + "\n" + process.logTail(LOG_TAIL_LINES))
                .collect(Collectors.joining("\n", "", "\n----"));
    }

    String allLogTails() {
        List<ServiceProcess> all = new ArrayList<>(processes.values());
        all.addAll(extraInstances);
        return logTails(all);
    }

    ServiceProcess process(Service service) {
        return processes.get(service);
    }

    List<ServiceProcess> processes() {
        return List.copyOf(processes.values());
    }

    TcpProxy kafkaProxy() {
        return kafkaProxy;
    }

    TcpProxy postgresProxy() {
        return postgresProxy;
    }

    TcpProxy postgresProxy(Service service) {
        return servicePostgresProxies.get(service);
    }

    List<TcpProxy> proxies() {
        List<TcpProxy> all = new ArrayList<>(List.of(kafkaProxy, postgresProxy));
        all.addAll(servicePostgresProxies.values());
        return all;
    }

    SigningKeys keys() {
        return keys;
    }

    String bootstrapServers() {
        return kafkaProxy.address();
    }

    /**
     * Starts one more instance of a service: same database (through the service's own PostgreSQL proxy), same
     * broker, same consumer group, its own port and log ({@code <service>-<n>.log}); returns once it is ready.
     */
    ServiceProcess startExtraInstance(Service service) {
        long sameService = extraInstances.stream().filter(p -> p.service() == service).count();
        Path log = layout.logs().resolve(service.module() + "-" + (sameService + 2) + ".log");
        ServiceProcess process = newProcess(service, servicePostgresProxies.get(service), publicKey, log);
        extraInstances.add(process);
        process.start();
        recordPids();
        awaitReady(List.of(process));
        return process;
    }

    List<ServiceProcess> extraInstances() {
        return List.copyOf(extraInstances);
    }

    /** Stops every extra instance gracefully and forgets it. */
    void stopExtraInstances() {
        extraInstances.forEach(ServiceProcess::requestStop);
        extraInstances.forEach(ServiceProcess::stop);
        extraInstances.clear();
        recordPids();
    }

    /** Starts a process again with settings added to the usual ones, and waits until it is ready. */
    void restart(Service service, Map<String, String> settings) {
        ServiceProcess process = processes.get(service);
        process.stop();
        process.start(settings);
        recordPids();
        awaitReady(List.of(process));
    }

    /** Starts a process again after it was killed or stopped, with the same port and settings. */
    void restart(Service service) {
        ServiceProcess process = processes.get(service);
        process.stop();
        process.start();
        recordPids();
        awaitReady(List.of(process));
    }

    /** Stops the services (together, gracefully, then forcibly), then the broker, the proxies and PostgreSQL. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        extraInstances.forEach(ServiceProcess::requestStop);
        processes.values().forEach(ServiceProcess::requestStop);
        extraInstances.forEach(ServiceProcess::stop);
        processes.values().forEach(ServiceProcess::stop);
        deleteQuietly(layout.pidFile());
        for (int i = infrastructure.size() - 1; i >= 0; i--) {
            try {
                infrastructure.get(i).close();
            } catch (Exception e) {
                System.err.println("e2e suite: could not stop " + infrastructure.get(i) + ": " + e);
            }
        }
    }

    /**
     * Remembers which processes are ours, so that a run whose JVM was killed outright (no shutdown hook) has
     * its services stopped by the next run instead of leaving them holding memory and ports.
     */
    private void recordPids() {
        List<ServiceProcess> all = new ArrayList<>(processes.values());
        all.addAll(extraInstances);
        String lines = all.stream()
                .filter(ServiceProcess::isAlive)
                .map(process -> process.pid() + " " + layout.jar(process.service()))
                .collect(Collectors.joining("\n", "", "\n"));
        write(layout.pidFile(), lines);
    }

    private void stopLeftoversOfAnEarlierRun() {
        if (!Files.exists(layout.pidFile())) {
            return;
        }
        try {
            for (String line : Files.readAllLines(layout.pidFile(), StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split(" ", 2);
                if (parts.length < 2) {
                    continue;
                }
                Optional<ProcessHandle> leftover = ProcessHandle.of(Long.parseLong(parts[0]))
                        .filter(handle -> handle.info().commandLine().map(cmd -> cmd.contains(parts[1])).orElse(false));
                leftover.ifPresent(handle -> {
                    System.err.println("e2e suite: stopping " + parts[1] + " (pid " + handle.pid()
                            + ") left running by an earlier run");
                    handle.destroyForcibly();
                });
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("e2e suite: could not read " + layout.pidFile() + ": " + e);
        }
        deleteQuietly(layout.pidFile());
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Only bookkeeping is lost.
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
