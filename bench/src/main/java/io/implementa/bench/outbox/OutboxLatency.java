package io.implementa.bench.outbox;

import io.implementa.stack.EmbeddedKafka;
import io.implementa.stack.FreePorts;
import io.implementa.stack.SigningKeys;
import io.implementa.stack.Tokens;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Outbox latency, commit to broker: starts an embedded PostgreSQL and Kafka broker, runs the
 * packaged project-service against them as its own process, then creates projects over REST at
 * fixed rates and, for each, measures how long after its transaction committed a consumer
 * subscribed beforehand receives its {@code ProjectCreated} record (matched by key = project id).
 * Stops every process it started.
 *
 * <p>The commit instant is PostgreSQL's own commit timestamp of the project row
 * ({@code track_commit_timestamp = on}, {@code pg_xact_commit_timestamp(xmin)}), compared with the
 * wall clock of the same machine when the record arrives. The HTTP 201 is not a usable mark: on a
 * loaded machine the response often reaches the client after the record does.
 *
 * <pre>
 * java -cp ... io.implementa.bench.outbox.OutboxLatency --jar project-service/target/quarkus-app/quarkus-run.jar \
 *     --work bench/target/outbox-latency --rates 20,100 --count 1000 --warmup 200
 * </pre>
 */
public final class OutboxLatency {

    private static final String TOPIC = "implementa.project.events";
    private static final String ISSUER = "https://implementa.local/bench";
    private static final String CREATED_TYPE = "\"io.implementa.project.ProjectCreated\"";

    /** Wall-clock microseconds, from a monotonic clock anchored once (finer than currentTimeMillis). */
    private static final long WALL_ANCHOR_MICROS = wallNowMicros();
    private static final long NANO_ANCHOR = System.nanoTime();

    private final Map<String, Long> received = new ConcurrentHashMap<>();
    private final Map<String, Long> receivedWallMicros = new ConcurrentHashMap<>();
    private final Map<String, Long> producedWallMicros = new ConcurrentHashMap<>();
    private final Map<String, Long> responded = new ConcurrentHashMap<>();
    private final Map<String, Long> sent = new ConcurrentHashMap<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> failureStatus = new ConcurrentHashMap<>();
    private final AtomicBoolean consuming = new AtomicBoolean(true);

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new java.util.HashMap<>(Map.of(
                "--jar", "project-service/target/quarkus-app/quarkus-run.jar",
                "--work", "bench/target/outbox-latency",
                "--rates", "20,100",
                "--count", "1000",
                "--warmup", "200"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        int[] rates = Arrays.stream(opts.get("--rates").split(",")).mapToInt(Integer::parseInt).toArray();
        new OutboxLatency().run(Path.of(opts.get("--jar")), Path.of(opts.get("--work")), rates,
                Integer.parseInt(opts.get("--count")), Integer.parseInt(opts.get("--warmup")), System.out);
    }

    void run(Path jar, Path work, int[] rates, int count, int warmup, PrintStream out) throws Exception {
        Files.createDirectories(work);
        long t0 = System.nanoTime();
        // zonky directly rather than the stack's wrapper, for one extra setting: commit timestamps.
        // Durable settings (fsync and synchronous commit on), as in production, not the test mode.
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("track_commit_timestamp", "on")
                .start();
             EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Options.forTests())) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("create database project");
            }
            String jdbcUrl = postgres.getJdbcUrl("postgres", "project");
            SigningKeys keys = SigningKeys.generate();
            Path publicKey = work.resolve("public.pem");
            Files.writeString(publicKey, keys.publicKeyPem(), StandardCharsets.US_ASCII);
            int port = FreePorts.find();
            Path log = work.resolve("project-service.log");
            out.printf("infrastructure up in %.1f s (PostgreSQL :%d, Kafka %s); starting project-service on :%d "
                            + "(log: %s)%n", (System.nanoTime() - t0) / 1e9, postgres.getPort(), kafka.bootstrapServers(),
                    port, log);
            ProcessBuilder pb = new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toAbsolutePath().toString());
            env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
            // One caller drives every request: lift the per-caller rate limit (50/s by default),
            // which this run does not measure.
            env.put("IMPLEMENTA_RATE_LIMIT_REQUESTS_PER_SECOND", "10000");
            env.put("IMPLEMENTA_RATE_LIMIT_BURST", "10000");
            Process service = pb.start();
            try {
                URI base = URI.create("http://127.0.0.1:" + port);
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                awaitReady(http, base, service, Duration.ofSeconds(180));
                out.printf("project-service ready %.1f s after start%n", (System.nanoTime() - t0) / 1e9);
                String token = Tokens.sign(keys, ISSUER, "bench-admin", "bench-admin@example.com", "Bench Admin",
                        Set.of("admin"), Duration.ofHours(2));
                try (KafkaConsumer<String, String> consumer = consumer(kafka.bootstrapServers())) {
                    Thread poller = new Thread(() -> poll(consumer), "latency-consumer");
                    poller.start();
                    try {
                        if (warmup > 0) {
                            out.printf("warm-up: %d projects at 20/s (not reported)%n", warmup);
                            runRate(http, base, token, jdbcUrl, "WARM", 20, warmup);
                        }
                        List<String> report = new ArrayList<>();
                        for (int rate : rates) {
                            out.printf("measuring: %d projects at %d/s ...%n", count, rate);
                            report.add(runRate(http, base, token, jdbcUrl, "RATE" + rate, rate, count));
                        }
                        out.println();
                        out.println("Latency in ms; n = records received / projects created.");
                        out.println("  commit->consumer = PostgreSQL commit timestamp -> ProjectCreated record "
                                + "received by the consumer (the figure asked for)");
                        out.println("  commit->produced = commit timestamp -> the record's CreateTime (set by the "
                                + "relay's producer at send; ms resolution)");
                        out.println("  201->consumer = HTTP 201 read by the client -> record received "
                                + "(< 0 when the record arrives first)");
                        out.println("  request->201 = POST sent -> HTTP 201 read by the client");
                        out.printf("%-7s %-17s %11s %8s %8s %8s %8s %8s%n", "rate/s", "measure", "n", "p50", "p95",
                                "p99", "max", "mean");
                        report.forEach(out::print);
                        if (!failures.isEmpty()) {
                            out.printf("%d request failures (warm-up included) %s, first: %s%n", failures.size(),
                                    failureStatus, failures.get(0));
                        }
                    } finally {
                        consuming.set(false);
                        poller.join(10_000);
                    }
                }
            } finally {
                stop(service, out);
            }
        }
        out.printf("all processes stopped; total %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** Sends {@code count} creations at {@code rate} per second, waits for their records, returns the report lines. */
    private String runRate(HttpClient http, URI base, String token, String jdbcUrl, String prefix, int rate,
                           int count) throws InterruptedException, SQLException {
        List<String> ids = new CopyOnWriteArrayList<>();
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime();
        List<java.util.concurrent.CompletableFuture<?>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            String key = prefix + "-" + i;
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/projects"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(key)))
                    .build();
            long sentAt = System.nanoTime();
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long at = System.nanoTime();
                if (error != null) {
                    failures.add(key + ": " + error);
                    failureStatus.merge(error.getClass().getSimpleName(), 1, Integer::sum);
                } else if (response.statusCode() != 201) {
                    failures.add(key + ": HTTP " + response.statusCode() + " " + response.body());
                    failureStatus.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                } else {
                    String location = response.headers().firstValue("Location").orElseThrow();
                    String id = location.substring(location.lastIndexOf('/') + 1);
                    sent.put(id, sentAt);
                    responded.put(id, at);
                    ids.add(id);
                }
            }));
        }
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        pending.forEach(f -> {
            try {
                f.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                // recorded as a failure in whenComplete
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !ids.stream().allMatch(received::containsKey)) {
            Thread.sleep(50);
        }
        Map<String, Long> committed = commitTimestamps(jdbcUrl, ids);
        List<String> complete = ids.stream().filter(id -> received.containsKey(id) && committed.containsKey(id)).toList();
        double[] commitToConsumer = sortedValues(complete, id -> (receivedWallMicros.get(id) - committed.get(id)) / 1e3);
        double[] commitToProduced = sortedValues(complete, id -> (producedWallMicros.get(id) - committed.get(id)) / 1e3);
        double[] responseToConsumer = sortedValues(complete, id -> (received.get(id) - responded.get(id)) / 1e6);
        double[] requestToResponse = sortedValues(ids, id -> (responded.get(id) - sent.get(id)) / 1e6);
        String achieved = String.format("# rate %d/s: %d sent in %.1f s (%.1f/s achieved), %d created, "
                        + "%d records received%n",
                rate, count, sendSeconds, count / sendSeconds, ids.size(), complete.size());
        return achieved
                + line(rate, "commit->consumer", commitToConsumer, ids.size())
                + line(rate, "commit->produced", commitToProduced, ids.size())
                + line(rate, "201->consumer", responseToConsumer, ids.size())
                + line(rate, "request->201", requestToResponse, ids.size());
    }

    /** PostgreSQL's commit timestamp of each project row, in wall-clock microseconds. */
    private static Map<String, Long> commitTimestamps(String jdbcUrl, List<String> ids) throws SQLException {
        Map<String, Long> result = new java.util.HashMap<>();
        try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement st = c.prepareStatement(
                     "select id::text, pg_xact_commit_timestamp(xmin) from project where id = any(?::uuid[])")) {
            st.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Timestamp ts = rs.getTimestamp(2);
                    if (ts != null) {
                        result.put(rs.getString(1), ts.getTime() / 1000 * 1_000_000 + ts.getNanos() / 1000);
                    }
                }
            }
        }
        return result;
    }

    private static long wallNowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }

    private static long wallMicros(long nanoTime) {
        return WALL_ANCHOR_MICROS + (nanoTime - NANO_ANCHOR) / 1000;
    }

    private static String line(int rate, String measure, double[] sorted, int created) {
        if (sorted.length == 0) {
            return String.format("%-7d %-17s %5d/%-5d (no data)%n", rate, measure, 0, created);
        }
        return String.format("%-7d %-17s %5d/%-5d %8.1f %8.1f %8.1f %8.1f %8.1f%n", rate, measure, sorted.length,
                created, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1],
                Arrays.stream(sorted).average().orElse(0));
    }

    /** Nearest-rank percentile of a sorted array. */
    private static double pct(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String body(String key) {
        return """
                {"key":"%s","name":"Latency probe %s","type":"IMPLEMENTATION",
                 "sponsor":{"subject":"bench-sponsor","email":"sponsor@example.com","name":"Sponsor"},
                 "manager":{"subject":"bench-admin","email":"bench-admin@example.com","name":"Bench Admin"},
                 "plannedStart":"2027-01-04","plannedEnd":"2027-12-17"}""".formatted(key, key);
    }

    private KafkaConsumer<String, String> consumer(String bootstrap) throws InterruptedException {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Deliver a record as soon as it is there: no batching delay on the measuring side.
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        props.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        // The service creates its topic at start-up; assign its partitions directly (no group, no rebalance).
        List<PartitionInfo> partitions = List.of();
        for (int i = 0; i < 300 && partitions.isEmpty(); i++) {
            partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(2));
            if (partitions.isEmpty()) {
                Thread.sleep(100);
            }
        }
        if (partitions.isEmpty()) {
            consumer.close();
            throw new IllegalStateException("topic " + TOPIC + " was not created");
        }
        List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(TOPIC, p.partition())).toList();
        consumer.assign(assigned);
        consumer.seekToEnd(assigned);
        assigned.forEach(consumer::position); // resolve the end offsets now, before anything is sent
        return consumer;
    }

    private void poll(KafkaConsumer<String, String> consumer) {
        while (consuming.get()) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                long at = System.nanoTime();
                if (record.key() != null && record.value() != null && record.value().contains(CREATED_TYPE)
                        && received.putIfAbsent(record.key(), at) == null) {
                    receivedWallMicros.put(record.key(), wallMicros(at));
                    producedWallMicros.put(record.key(), record.timestamp() * 1000);
                }
            }
        }
    }

    private static void awaitReady(HttpClient http, URI base, Process service, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("project-service exited with " + service.exitValue() + " (see its log)");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("project-service not ready within " + timeout);
    }

    private static void stop(Process service, PrintStream out) throws InterruptedException {
        service.destroy(); // SIGTERM: Quarkus shuts down gracefully
        if (!service.waitFor(30, TimeUnit.SECONDS)) {
            service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        out.printf("project-service stopped (exit %d)%n", service.exitValue());
    }

    /** The value of each id, sorted ascending (for percentiles). */
    private static double[] sortedValues(List<String> ids, java.util.function.Function<String, Double> value) {
        double[] values = new double[ids.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value.apply(ids.get(i));
        }
        java.util.Arrays.sort(values);
        return values;
    }
}
