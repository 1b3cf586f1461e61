package io.implementa.bench.load;

import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * REST throughput and latency of a running project-service: a DB-backed GET ({@code GET /api/v1/projects/{id}},
 * one row by primary key plus the caller's access check) and a POST ({@code POST /api/v1/projects}: insert,
 * membership, audit and outbox rows in one transaction).
 *
 * <p>Each operation runs <em>open-loop</em> at each fixed rate: request i is due at start + i/rate and is sent
 * then, whether or not earlier ones have been answered; its latency is measured from when it was due (so a
 * stalled server or generator shows in the latency instead of lowering the rate: no coordinated omission),
 * recorded in an HdrHistogram. Then <em>closed-loop</em> with a fixed number of connections, each sending its
 * next request when the previous is answered, for the highest throughput (the figure compared with
 * {@code pgbench -S}).
 *
 * <pre>
 * java -cp ... io.implementa.bench.load.RestLoad --project-url http://127.0.0.1:28081 --token "$TOKEN" \
 *     --rates 50,100,200 --seconds 15 --warmup-seconds 5 --concurrency 8 --max-seconds 10
 * </pre>
 */
public final class RestLoad {

    private static final long MAX_MICROS = TimeUnit.SECONDS.toMicros(120);

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Api.options(args, Map.of(
                "--project-url", "http://127.0.0.1:8081",
                "--token", "",
                "--manager", "bench-admin",
                "--rates", "50,100,200",
                "--seconds", "15",
                "--warmup-seconds", "5",
                "--concurrency", "8",
                "--max-seconds", "10"));
        int[] rates = Arrays.stream(o.get("--rates").split(",")).mapToInt(Integer::parseInt).toArray();
        new RestLoad(new Api(o.get("--token")), o.get("--project-url"), o.get("--manager"))
                .run(rates, Integer.parseInt(o.get("--seconds")), Integer.parseInt(o.get("--warmup-seconds")),
                        Integer.parseInt(o.get("--concurrency")), Integer.parseInt(o.get("--max-seconds")), System.out);
    }

    private final Api api;
    private final String base;
    private final String manager;
    private final String prefix = Api.runPrefix();
    private final AtomicInteger keys = new AtomicInteger();

    RestLoad(Api api, String base, String manager) {
        this.api = api;
        this.base = base;
        this.manager = manager;
    }

    void run(int[] rates, int seconds, int warmupSeconds, int concurrency, int maxSeconds, PrintStream out)
            throws Exception {
        String projectId = Api.field(api.create(base + "/api/v1/projects", Api.projectJson(nextKey(), manager)), "id");
        HttpRequest get = api.get(base + "/api/v1/projects/" + projectId);
        Operation reads = new Operation("GET", 200, i -> get);
        Operation writes = new Operation("POST", 201,
                i -> api.post(base + "/api/v1/projects", Api.projectJson(nextKey(), manager)));
        out.printf("target: GET %s/api/v1/projects/%s and POST %s/api/v1/projects (key prefix %s)%n", base, projectId,
                base, prefix);
        if (warmupSeconds > 0) {
            out.printf("warm-up: %d s of GET at 100/s, %d s of POST at 50/s (not reported)%n", warmupSeconds,
                    warmupSeconds);
            openLoop(reads, 100, warmupSeconds);
            openLoop(writes, 50, warmupSeconds);
        }
        List<String> rows = new ArrayList<>();
        for (Operation op : List.of(reads, writes)) {
            for (int rate : rates) {
                out.printf("%s open-loop at %d/s for %d s ...%n", op.name, rate, seconds);
                rows.add(openLoop(op, rate, seconds));
            }
            out.printf("%s closed-loop, %d connections, %d s ...%n", op.name, concurrency, maxSeconds);
            rows.add(closedLoop(op, concurrency, maxSeconds));
        }
        out.println();
        out.println("Latency in ms (open-loop: from when the request was due; closed-loop: from when it was sent);");
        out.println("throughput = successful answers per second of the run.");
        out.printf("%-5s %-12s %7s %7s %6s %10s %8s %8s %8s %8s%n", "op", "load", "sent", "ok", "err", "ok/s", "p50",
                "p90", "p99", "max");
        rows.forEach(out::println);
    }

    private String nextKey() {
        return prefix + "-" + keys.incrementAndGet();
    }

    private record Operation(String name, int expected, IntFunction<HttpRequest> request) {
    }

    private String openLoop(Operation op, int rate, int seconds) throws InterruptedException {
        int count = rate * seconds;
        long period = 1_000_000_000L / rate;
        Histogram latency = new SynchronizedHistogram(MAX_MICROS, 3);
        AtomicInteger ok = new AtomicInteger();
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        AtomicLong lastAnswer = new AtomicLong();
        List<CompletableFuture<?>> pending = new ArrayList<>(count);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            pending.add(api.http.sendAsync(op.request.apply(i), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        long at = System.nanoTime();
                        lastAnswer.accumulateAndGet(at, Math::max);
                        latency.recordValue(Math.min(MAX_MICROS, (at - due) / 1000));
                        count(op, response, error, ok, errors);
                    }));
        }
        for (CompletableFuture<?> f : pending) {
            try {
                f.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                // counted in whenComplete
            }
        }
        double elapsed = Math.max(1, lastAnswer.get() - start) / 1e9;
        return row(op.name, "rate=" + rate + "/s", count, ok.get(), errors, ok.get() / elapsed, latency);
    }

    private String closedLoop(Operation op, int connections, int seconds) throws InterruptedException {
        Histogram latency = new SynchronizedHistogram(MAX_MICROS, 3);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    int i = sent.getAndIncrement();
                    long at = System.nanoTime();
                    HttpResponse<String> response = null;
                    Throwable error = null;
                    try {
                        response = api.send(op.request.apply(i));
                    } catch (Exception e) {
                        error = e;
                    }
                    latency.recordValue(Math.min(MAX_MICROS, (System.nanoTime() - at) / 1000));
                    count(op, response, error, ok, errors);
                }
            }, "closed-loop-" + c);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return row(op.name, "max(c=" + connections + ")", sent.get(), ok.get(), errors, ok.get() / elapsed, latency);
    }

    private static void count(Operation op, HttpResponse<String> response, Throwable error, AtomicInteger ok,
                              Map<String, Integer> errors) {
        if (error != null) {
            errors.merge(error.getClass().getSimpleName(), 1, Integer::sum);
        } else if (response.statusCode() != op.expected) {
            errors.merge("HTTP " + response.statusCode(), 1, Integer::sum);
        } else {
            ok.incrementAndGet();
        }
    }

    private static String row(String op, String load, int sent, int ok, Map<String, Integer> errors, double perSecond,
                              Histogram h) {
        int failed = errors.values().stream().mapToInt(Integer::intValue).sum();
        return String.format("%-5s %-12s %7d %7d %6d %10.1f %8.2f %8.2f %8.2f %8.2f%s", op, load, sent, ok, failed,
                perSecond, h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(90) / 1e3,
                h.getValueAtPercentile(99) / 1e3, h.getMaxValue() / 1e3, errors.isEmpty() ? "" : "  errors " + errors);
    }
}
