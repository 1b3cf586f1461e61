package io.implementa.bench.planning;

import io.implementa.project.schedule.engine.Network;
import io.implementa.project.schedule.engine.NetworkGenerator;
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
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Planning over REST against the packaged project-service (its own process, on an embedded PostgreSQL and
 * Kafka this class starts and stops):
 * <ul>
 *   <li><b>bulk</b>: {@code POST .../tasks/bulk} of a generated 2,000-task plan ({@code --bulk-tasks}; about 3
 *       links per task) into
 *       a fresh project, one call each time: the whole request, validation, inserts, the task events, one
 *       recompute and its ScheduleRecomputed stream, commit.</li>
 *   <li><b>schedule</b>: {@code GET .../schedule} of a 10,000-task project ({@code --project-tasks}; about
 *       30,000 links), built beforehand with bulk calls of the bulk size (five of 2,000), each timed: they show
 *       how a bulk call's cost depends on the tasks already in the project.</li>
 * </ul>
 * Wall-clock times seen by a client on the same machine.
 *
 * <pre>
 * java -cp ... io.implementa.bench.planning.PlanningHttp --jar project-service/target/quarkus-app/quarkus-run.jar \
 *     --work bench/target/planning --bulk-runs 5 --schedule-runs 20 [--bulk-tasks 2000 --project-tasks 10000]
 * </pre>
 */
public final class PlanningHttp {

    private static final String ISSUER = "https://implementa.local/bench";
    private static final Pattern REF = Pattern.compile("\"t(\\d+)\":\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>(Map.of(
                "--jar", "project-service/target/quarkus-app/quarkus-run.jar",
                "--work", "bench/target/planning",
                "--bulk-runs", "5",
                "--schedule-runs", "20",
                "--bulk-tasks", "2000",
                "--project-tasks", "10000"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        new PlanningHttp().run(Path.of(opts.get("--jar")), Path.of(opts.get("--work")),
                Integer.parseInt(opts.get("--bulk-runs")), Integer.parseInt(opts.get("--schedule-runs")),
                Integer.parseInt(opts.get("--bulk-tasks")), Integer.parseInt(opts.get("--project-tasks")), System.out);
    }

    /**
     * @param bulkTasks    tasks of one bulk call (2,000 by default)
     * @param projectTasks tasks of the project whose schedule is read, built with bulk calls of bulkTasks each
     */
    void run(Path jar, Path work, int bulkRuns, int scheduleRuns, int bulkTasks, int projectTasks, PrintStream out)
            throws Exception {
        Files.createDirectories(work);
        long t0 = System.nanoTime();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                .start();
             EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Options.forTests())) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("create database project");
            }
            SigningKeys keys = SigningKeys.generate();
            Path publicKey = work.resolve("public.pem");
            Files.writeString(publicKey, keys.publicKeyPem(), StandardCharsets.US_ASCII);
            int port = FreePorts.find();
            Path log = work.resolve("project-service.log");
            out.printf("infrastructure up in %.1f s; starting project-service on :%d (log: %s)%n",
                    (System.nanoTime() - t0) / 1e9, port, log);
            ProcessBuilder pb = new ProcessBuilder("java", "-Xmx1g", "-jar", jar.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "project"));
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toAbsolutePath().toString());
            env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
            env.put("IMPLEMENTA_RATE_LIMIT_REQUESTS_PER_SECOND", "10000");
            env.put("IMPLEMENTA_RATE_LIMIT_BURST", "10000");
            Process service = pb.start();
            try {
                URI base = URI.create("http://127.0.0.1:" + port);
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                awaitReady(http, base, service, Duration.ofSeconds(180));
                out.printf("project-service ready %.1f s after start%n", (System.nanoTime() - t0) / 1e9);
                String token = Tokens.sign(keys, ISSUER, "bench-admin", "bench-admin@example.com", "Bench Admin",
                        Set.of("admin"), Duration.ofHours(2));
                Client client = new Client(http, base, token);

                Network plan = NetworkGenerator.layered(bulkTasks, 2025);
                String body = bulkBody(plan, 0, plan.taskCount(), Map.of());
                out.printf("%nbulk: %d tasks, %d links, body %d KiB; 1 warm-up call + %d measured, each into a fresh "
                        + "project%n", plan.taskCount(), distinctLinks(plan), body.length() / 1024, bulkRuns);
                double[] bulk = new double[bulkRuns];
                for (int run = -1; run < bulkRuns; run++) {
                    String projectId = client.project("BULK" + (run + 1));
                    long start = System.nanoTime();
                    client.post("/api/v1/projects/" + projectId + "/tasks/bulk", body, 200);
                    double ms = (System.nanoTime() - start) / 1e6;
                    out.printf("  %s %8.0f ms%n", run < 0 ? "warm-up" : "run " + (run + 1) + "  ", ms);
                    if (run >= 0) {
                        bulk[run] = ms;
                    }
                }

                Network big = NetworkGenerator.layered(projectTasks, 2025);
                String projectId = client.project("SCHED");
                Map<Integer, String> ids = new HashMap<>();
                out.printf("%nschedule: building a %d-task, %d-link project in bulk calls of %d tasks ...%n",
                        big.taskCount(), distinctLinks(big), bulkTasks);
                for (int from = 0; from < big.taskCount(); from += bulkTasks) {
                    long start = System.nanoTime();
                    String response = client.post("/api/v1/projects/" + projectId + "/tasks/bulk",
                            bulkBody(big, from, Math.min(big.taskCount(), from + bulkTasks), ids), 200);
                    Matcher m = REF.matcher(response);
                    while (m.find()) {
                        ids.put(Integer.parseInt(m.group(1)), m.group(2));
                    }
                    out.printf("  tasks %5d-%5d: %6.0f ms%n", from, Math.min(big.taskCount(), from + bulkTasks) - 1,
                            (System.nanoTime() - start) / 1e6);
                }
                double[] reads = new double[scheduleRuns];
                int size = 0;
                for (int run = -3; run < scheduleRuns; run++) {
                    long start = System.nanoTime();
                    size = client.get("/api/v1/projects/" + projectId + "/schedule").length();
                    if (run >= 0) {
                        reads[run] = (System.nanoTime() - start) / 1e6;
                    }
                }
                out.printf("  GET .../schedule: response %d KiB; 3 warm-up + %d measured reads%n", size / 1024,
                        scheduleRuns);

                out.printf("%n%-34s %5s %8s %8s %8s %8s%n", "ms (wall clock, client)", "n", "min", "p50", "p90",
                        "max");
                out.print(line("bulk %,d tasks (POST tasks/bulk)".formatted(bulkTasks), bulk));
                out.print(line("GET schedule, %,d tasks".formatted(projectTasks), reads));
            } finally {
                service.destroy();
                if (!service.waitFor(30, TimeUnit.SECONDS)) {
                    service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                out.printf("project-service stopped (exit %d)%n", service.exitValue());
            }
        }
        out.printf("all processes stopped; total %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Tasks {@code from} to {@code to} − 1 as new tasks with refs {@code t<index>}, and every link whose later
     * end is among them; an end created by an earlier call is named by its id ({@code ids}).
     */
    static String bulkBody(Network net, int from, int to, Map<Integer, String> ids) {
        StringBuilder b = new StringBuilder(to * 60 + net.linkCount() * 60).append("{\"tasks\":[");
        for (int t = from; t < to; t++) {
            b.append(t == from ? "" : ",").append("{\"ref\":\"t").append(t).append("\",\"name\":\"Task ").append(t)
                    .append("\",\"duration\":").append(net.duration(t)).append('}');
        }
        b.append("],\"dependencies\":[");
        boolean first = true;
        java.util.Set<Long> pairs = new java.util.HashSet<>();
        for (int l = 0; l < net.linkCount(); l++) {
            int p = net.linkPredecessor(l);
            int s = net.linkSuccessor(l);
            int later = Math.max(p, s);
            // The generator may join two tasks twice (different link types); the service keeps one link per
            // pair and refuses the second (422), so the first one is sent.
            if (later < from || later >= to || !pairs.add(((long) p << 32) | s)) {
                continue;
            }
            b.append(first ? "" : ",").append("{\"predecessor\":\"").append(name(p, from, ids))
                    .append("\",\"successor\":\"").append(name(s, from, ids)).append("\",\"type\":\"")
                    .append(net.linkType(l)).append("\",\"lag\":").append(net.linkLag(l)).append('}');
            first = false;
        }
        return b.append("]}").toString();
    }

    /** Links the service keeps of a network: one per task pair. */
    static int distinctLinks(Network net) {
        java.util.Set<Long> pairs = new java.util.HashSet<>();
        for (int l = 0; l < net.linkCount(); l++) {
            pairs.add(((long) net.linkPredecessor(l) << 32) | net.linkSuccessor(l));
        }
        return pairs.size();
    }

    private static String name(int task, int from, Map<Integer, String> ids) {
        return task >= from ? "t" + task : ids.get(task);
    }

    private static String line(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format("%-34s %5d %8.0f %8.0f %8.0f %8.0f%n", what, s.length, s[0], pct(s, 50), pct(s, 90),
                s[s.length - 1]);
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private record Client(HttpClient http, URI base, String token) {

        String project(String prefix) throws IOException, InterruptedException {
            String key = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            String response = post("/api/v1/projects", """
                    {"key":"%s","name":"Planning probe %s","type":"IMPLEMENTATION",
                     "sponsor":{"subject":"bench-sponsor","email":"sponsor@example.com","name":"Sponsor"},
                     "manager":{"subject":"bench-admin","email":"bench-admin@example.com","name":"Bench Admin"},
                     "plannedStart":"2027-01-04","plannedEnd":"2027-12-17"}""".formatted(key, key), 201);
            Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(response);
            if (!m.find()) {
                throw new IllegalStateException("no id in " + response);
            }
            return m.group(1);
        }

        String post(String path, String body, int expected) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return check(http.send(request, HttpResponse.BodyHandlers.ofString()), expected);
        }

        String get(String path) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(5))
                    .header("Authorization", "Bearer " + token).GET().build();
            return check(http.send(request, HttpResponse.BodyHandlers.ofString()), 200);
        }

        private static String check(HttpResponse<String> response, int expected) {
            if (response.statusCode() != expected) {
                String body = response.body();
                throw new IllegalStateException(response.request().uri() + ": HTTP " + response.statusCode() + " "
                        + (body.length() > 2000 ? body.substring(0, 2000) : body));
            }
            return response.body();
        }
    }

    private static void awaitReady(HttpClient http, URI base, Process service, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/q/health/ready")).timeout(Duration.ofSeconds(5))
                .build();
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
}
