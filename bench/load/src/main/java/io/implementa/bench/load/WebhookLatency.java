package io.implementa.bench.load;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Commit → webhook delivered, through the whole suite: a webhook receiver in this process (JDK HttpServer on
 * loopback), registered in notification-service as an integration recipient's endpoint with a subscription
 * to {@code io.implementa.risk.RiskIdentified} of one project; then risks are identified over REST
 * ({@code POST /api/v1/projects/{id}/risks} on risk-service) at a fixed rate, open-loop, and each is timed
 * from the moment its HTTP 201 was read (the write committed) to the moment the webhook carrying its event
 * arrived (201->webhook; on a loaded machine the 201 may be read after the webhook has arrived, so
 * request->webhook, from when the write was due to be sent, is printed too: an upper bound that includes the
 * write itself): risk-service outbox relay → Kafka → notification-service consumer (subscription match, delivery
 * row) → delivery worker → HTTP POST to the receiver.
 *
 * <p>The notification-service must allow loopback http targets
 * ({@code IMPLEMENTA_NOTIFICATION_ALLOW_PRIVATE_TARGETS=true}, as bench/run-events.sh starts the suite).
 */
public final class WebhookLatency {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final long MAX_MICROS = TimeUnit.SECONDS.toMicros(600);

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Api.options(args, Map.of(
                "--project-url", "http://127.0.0.1:8081",
                "--risk-url", "http://127.0.0.1:8082",
                "--notification-url", "http://127.0.0.1:8084",
                "--token", "",
                "--manager", "bench-admin",
                "--rate", "100",
                "--count", "1000",
                "--warmup", "200",
                "--projects", "10"));
        new WebhookLatency(new Api(o.get("--token"))).run(o.get("--project-url"), o.get("--risk-url"),
                o.get("--notification-url"), o.get("--manager"), Integer.parseInt(o.get("--rate")),
                Integer.parseInt(o.get("--count")), Integer.parseInt(o.get("--warmup")), Integer.parseInt(o.get("--projects")), System.out);
        System.exit(0); // the HTTP client's and receiver's threads would keep the JVM alive
    }

    private final Api api;
    /** Arrival (nanoTime) of the first webhook naming each UUID in its body. */
    private final Map<String, Long> arrived = new ConcurrentHashMap<>();
    private final AtomicInteger webhooks = new AtomicInteger();
    private final java.util.Set<String> webhookIds = ConcurrentHashMap.newKeySet();

    WebhookLatency(Api api) {
        this.api = api;
    }

    void run(String projectUrl, String riskUrl, String notificationUrl, String manager, int rate, int count,
             int warmup, int projectCount, PrintStream out) throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        receiver.createContext("/hook", exchange -> {
            long at = System.nanoTime();
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher m = UUID.matcher(body);
            while (m.find()) {
                arrived.putIfAbsent(m.group(), at);
            }
            webhooks.incrementAndGet();
            String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
            if (webhookId != null) {
                webhookIds.add(webhookId);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.start();
        try {
            String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            String prefix = Api.runPrefix();
            // Risks are numbered per register (one row lock per project): writes to one project queue behind
            // each other, so they are spread over several projects, one subscription covering them all.
            List<String> projects = new ArrayList<>();
            for (int p = 1; p <= projectCount; p++) {
                projects.add(Api.field(api.create(projectUrl + "/api/v1/projects",
                        Api.projectJson(prefix + "-" + p, manager)), "id"));
            }
            for (String projectId : projects) {
                api.await(riskUrl + "/api/v1/projects/" + projectId + "/risk-register", Duration.ofSeconds(120));
            }
            String recipientId = Api.field(api.create(notificationUrl + "/api/v1/recipients", """
                    {"kind":"INTEGRATION_ENDPOINT","displayName":"Benchmark receiver %s","preferredChannel":"WEBHOOK",
                     "channelAddress":"https://bench.example.com/hooks/%s"}""".formatted(prefix, prefix)), "id");
            api.create(notificationUrl + "/api/v1/webhook-endpoints", """
                    {"recipientId":"%s","url":"%s","description":"benchmark receiver"}""".formatted(recipientId, hook));
            // Without projectId the subscription covers every project its owner is a member of, as known to
            // notification-service from the project events: wait until it knows each project and member.
            for (String projectId : projects) {
                api.await(notificationUrl + "/api/v1/projects/" + projectId + "/rules", Duration.ofSeconds(120));
            }
            subscribe(notificationUrl, recipientId);
            out.printf("receiver %s; %d projects; recipient %s subscribed to RiskIdentified of them%n", hook,
                    projects.size(), recipientId);
            List<String> risks = projects.stream().map(id -> riskUrl + "/api/v1/projects/" + id + "/risks").toList();
            if (warmup > 0) {
                out.printf("warm-up: %d risks at %d/s (not reported) ...%n", warmup, rate);
                Result w = send(risks, "warm", rate, warmup);
                awaitWebhooks(w.ids, Duration.ofSeconds(120));
            }
            out.printf("measuring: %d risks at %d/s ...%n", count, rate);
            Result r = send(risks, "run", rate, count);
            awaitWebhooks(r.ids, Duration.ofSeconds(120));
            Histogram toWebhook = new Histogram(MAX_MICROS, 3);
            Histogram dueToWebhook = new Histogram(MAX_MICROS, 3);
            int early = 0;
            int delivered = 0;
            for (String id : r.ids) {
                Long at = arrived.get(id);
                if (at != null) {
                    delivered++;
                    long micros = (at - r.answered.get(id)) / 1000;
                    if (micros < 0) {
                        early++;
                    }
                    toWebhook.recordValue(Math.max(0, Math.min(MAX_MICROS, micros)));
                    dueToWebhook.recordValue(Math.min(MAX_MICROS, (at - r.due.get(id)) / 1000));
                }
            }
            out.println();
            out.println("Summary: write (HTTP 201 read by the client) -> webhook delivered, latency in ms");
            out.printf("# %d risks sent in %.1f s (%.1f/s achieved), %d created (HTTP 201), %d webhooks delivered%s%n",
                    count, r.sendSeconds, count / r.sendSeconds, r.ids.size(), delivered,
                    r.errors.isEmpty() ? "" : ", errors " + r.errors);
            out.printf("%-20s %9s %8s %8s %8s %8s%n", "measure", "n", "p50", "p90", "p99", "max");
            out.println(row("201->webhook", delivered, r.ids.size(), toWebhook));
            out.println(row("request->201", r.ids.size(), count, r.writeLatency));
            out.println(row("request->webhook", delivered, r.ids.size(), dueToWebhook));
            out.printf("(receiver: %d webhooks in all, warm-up included, %d distinct webhook-id: %d duplicates)%n",
                    webhooks.get(), webhookIds.size(), webhooks.get() - webhookIds.size());
            if (early > 0) {
                out.printf("(%d webhooks arrived before the client had read the 201; counted as 0 ms)%n", early);
            }
            out.printf("RESULT rate=%d n=%d delivered=%d p50=%.1f p99=%.1f%n", rate, r.ids.size(), delivered,
                    toWebhook.getValueAtPercentile(50) / 1e3, toWebhook.getValueAtPercentile(99) / 1e3);
        } finally {
            receiver.stop(0);
        }
    }

    private void subscribe(String notificationUrl, String recipientId) throws Exception {
        String json = """
                {"recipientId":"%s","eventTypes":["io.implementa.risk.RiskIdentified"]}""".formatted(recipientId);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        HttpResponse<String> last;
        do {
            last = api.send(api.post(notificationUrl + "/api/v1/subscriptions", json));
            if (last.statusCode() == 201) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("subscription refused: " + last.statusCode() + " " + last.body());
    }

    private record Result(List<String> ids, Map<String, Long> answered, Map<String, Long> due, Histogram writeLatency,
                          Map<String, Integer> errors, double sendSeconds) {
    }

    private Result send(List<String> urls, String label, int rate, int count) throws InterruptedException {
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> answered = new ConcurrentHashMap<>();
        Map<String, Long> dueAt = new ConcurrentHashMap<>();
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        Histogram writeLatency = new org.HdrHistogram.SynchronizedHistogram(MAX_MICROS, 3);
        long period = 1_000_000_000L / rate;
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            String json = """
                    {"title":"Benchmark %s %d",
                     "description":{"cause":"A benchmark","event":"It writes a risk","effect":"A webhook is sent"},
                     "category":"COST","probability":3,"impact":3,
                     "owner":{"subject":"bench-owner","email":"bench-owner@example.com","name":"Bench Owner"}}"""
                    .formatted(label, i);
            pending.add(api.http.sendAsync(api.post(urls.get(i % urls.size()), json), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        long at = System.nanoTime();
                        if (error != null) {
                            errors.merge(error.getClass().getSimpleName(), 1, Integer::sum);
                        } else if (response.statusCode() != 201) {
                            errors.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                        } else {
                            String id = Api.field(response.body(), "id");
                            answered.put(id, at);
                            dueAt.put(id, due);
                            ids.add(id);
                            writeLatency.recordValue(Math.min(MAX_MICROS, (at - due) / 1000));
                        }
                    }));
        }
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        for (CompletableFuture<?> f : pending) {
            try {
                f.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                // counted in whenComplete
            }
        }
        return new Result(List.copyOf(ids), answered, dueAt, writeLatency, errors, sendSeconds);
    }

    private void awaitWebhooks(List<String> ids, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !ids.stream().allMatch(arrived::containsKey)) {
            Thread.sleep(100);
        }
    }

    private static String row(String measure, int n, int of, Histogram h) {
        return String.format("%-20s %4d/%-4d %8.1f %8.1f %8.1f %8.1f", measure, n, of, h.getValueAtPercentile(50) / 1e3,
                h.getValueAtPercentile(90) / 1e3, h.getValueAtPercentile(99) / 1e3, h.getMaxValue() / 1e3);
    }
}
