package io.implementa.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * Apache Kafka's own broker, run in the current JVM as a single KRaft node that is broker and
 * controller at once, for tests and for the local run of the suite. Starts in a few seconds.
 *
 * <p>The broker has three listeners: {@code CLIENT} for applications, whose advertised address
 * may point at a {@link TcpProxy} in front of it; {@code INTERNAL} for the broker's calls to
 * itself (transaction markers, for one), which must keep working while that proxy is cut; and
 * {@code CONTROLLER} for the KRaft quorum.
 *
 * <p>Topics are not created automatically: like production, services create theirs with the
 * Admin client. Everything replicated is set to one replica so a single node suffices.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    private static final long READY_TIMEOUT_SECONDS = 60;

    private final KafkaRaftServer server;
    private final int clientPort;
    private final int internalPort;
    private final String advertisedAddress;
    private final Path temporaryLogDirectory;

    private EmbeddedKafka(KafkaRaftServer server, int clientPort, int internalPort, String advertisedAddress,
                          Path temporaryLogDirectory) {
        this.server = server;
        this.clientPort = clientPort;
        this.internalPort = internalPort;
        this.advertisedAddress = advertisedAddress;
        this.temporaryLogDirectory = temporaryLogDirectory;
    }

    /**
     * How to start the broker.
     *
     * @param port              the client port, or 0 for a free one
     * @param logDirectory      where topics are stored and kept between runs, or null for a
     *                          temporary directory deleted on {@link #close()}
     * @param advertisedAddress {@code host:port} that clients are told to connect to (a proxy in
     *                          front of the client port), or null for the client port itself
     */
    public record Options(int port, Path logDirectory, String advertisedAddress) {

        /** A throw-away broker on free ports. */
        public static Options forTests() {
            return new Options(0, null, null);
        }

        /** A broker that keeps its topics in {@code logDirectory} across restarts. */
        public static Options persistent(int port, Path logDirectory) {
            return new Options(port, logDirectory, null);
        }
    }

    public static EmbeddedKafka start(Options options) {
        Path temporaryLogDirectory = null;
        try {
            Path logDirectory = options.logDirectory();
            if (logDirectory == null) {
                temporaryLogDirectory = Files.createTempDirectory("implementa-kafka-");
                logDirectory = temporaryLogDirectory;
            } else {
                Files.createDirectories(logDirectory);
            }
            int clientPort = options.port() > 0 ? options.port() : FreePorts.find();
            int internalPort = FreePorts.find();
            int controllerPort = FreePorts.find();
            String advertised = options.advertisedAddress() != null
                    ? options.advertisedAddress()
                    : LOOPBACK + ":" + clientPort;

            Properties config = brokerConfig(logDirectory, clientPort, internalPort, controllerPort, advertised);
            if (!Files.exists(logDirectory.resolve("meta.properties"))) {
                formatStorage(config);
            }
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
            EmbeddedKafka kafka = new EmbeddedKafka(server, clientPort, internalPort, advertised,
                    temporaryLogDirectory);
            try {
                server.startup();
                kafka.awaitBrokerRegistered();
            } catch (RuntimeException e) {
                // A half-started broker keeps threads and ports; take it down before giving up.
                kafka.close();
                throw e;
            }
            return kafka;
        } catch (IOException e) {
            deleteRecursively(temporaryLogDirectory);
            throw new UncheckedIOException("Could not start embedded Kafka", e);
        } catch (RuntimeException e) {
            deleteRecursively(temporaryLogDirectory);
            throw e;
        }
    }

    private static Properties brokerConfig(Path logDirectory, int clientPort, int internalPort, int controllerPort,
                                           String advertisedClientAddress) {
        Properties config = new Properties();
        config.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                // A static quorum: its voters come from this config, not from the log, so a
                // kept log directory still works when the controller port changes on restart.
                Map.entry("controller.quorum.voters", "1@" + LOOPBACK + ":" + controllerPort),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "INTERNAL"),
                Map.entry("listeners", "CLIENT://" + LOOPBACK + ":" + clientPort
                        + ",INTERNAL://" + LOOPBACK + ":" + internalPort
                        + ",CONTROLLER://" + LOOPBACK + ":" + controllerPort),
                Map.entry("advertised.listeners", "CLIENT://" + advertisedClientAddress
                        + ",INTERNAL://" + LOOPBACK + ":" + internalPort),
                Map.entry("listener.security.protocol.map", "CLIENT:PLAINTEXT,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("log.dirs", logDirectory.toAbsolutePath().toString()),
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("num.partitions", "3"),
                Map.entry("default.replication.factor", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                // Internal topics are created on first use; one partition each makes that fast.
                Map.entry("offsets.topic.num.partitions", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.num.partitions", "1"),
                // Consumers join a group at once instead of waiting for others that never come.
                Map.entry("group.initial.rebalance.delay.ms", "0")));
        return config;
    }

    /** Formats a new log directory for KRaft, under a new cluster id. */
    private static void formatStorage(Properties config) throws IOException {
        Path configFile = Files.createTempFile("implementa-kafka-", ".properties");
        try {
            try (OutputStream out = Files.newOutputStream(configFile)) {
                config.store(out, "embedded Kafka");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            // execute(), not main(): main() ends the JVM when it is done.
            int exitCode = StorageTool.execute(new String[] {
                    "format", "--config", configFile.toString(),
                    "--cluster-id", Uuid.randomUuid().toString()},
                    new PrintStream(output, true, StandardCharsets.UTF_8));
            if (exitCode != 0) {
                throw new IllegalStateException("Formatting Kafka storage failed: "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(configFile);
        }
    }

    /** Waits until the broker is part of the cluster, the moment clients can use it. */
    private void awaitBrokerRegistered() {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LOOPBACK + ":" + internalPort))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_TIMEOUT_SECONDS);
            while (admin.describeCluster().nodes().get(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Embedded Kafka did not become ready in time");
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for embedded Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Embedded Kafka did not become ready", e);
        }
    }

    /** The bootstrap servers clients use: the advertised address (a proxy, if one was given). */
    public String bootstrapServers() {
        return advertisedAddress;
    }

    /** The broker's own client listener, bypassing any proxy. */
    public String directBootstrapServers() {
        return LOOPBACK + ":" + clientPort;
    }

    public int port() {
        return clientPort;
    }

    /** Stops the broker and waits until it is down; a temporary log directory is deleted. */
    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        deleteRecursively(temporaryLogDirectory);
    }

    private static void deleteRecursively(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Only temporary files are at stake; the OS cleans its temp directory eventually.
        }
    }
}
