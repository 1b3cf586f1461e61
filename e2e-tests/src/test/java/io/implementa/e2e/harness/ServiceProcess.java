package io.implementa.e2e.harness;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service run as its own operating-system process from its packaged jar, the way a user runs it
 * ({@code java -jar quarkus-run.jar}), with its settings in the environment and on the command line. Its
 * output is appended to one log file across restarts, each start marked by a header line.
 */
final class ServiceProcess {

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Service service;
    private final List<String> command;
    private final Map<String, String> environment;
    private final int port;
    private final Path log;
    private volatile Process process;
    private volatile Instant startedAt;
    private volatile Map<String, String> extraSettings = Map.of();

    ServiceProcess(Service service, List<String> command, Map<String, String> environment, int port, Path log) {
        this.service = service;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.port = port;
        this.log = log;
    }

    Service service() {
        return service;
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    synchronized void start() {
        start(Map.of());
    }

    /**
     * Starts the process with settings added to (or overriding) the usual ones, as an operator redeploys a
     * service with changed configuration; the next plain {@link #start()} drops them again.
     */
    synchronized void start(Map<String, String> settings) {
        if (isAlive()) {
            throw new IllegalStateException(service + " is running already (pid " + process.pid() + ")");
        }
        List<String> actual = new ArrayList<>(command);
        int jar = actual.indexOf("-jar");
        settings.forEach((key, value) -> actual.add(jar, "-D" + key + "=" + value));
        extraSettings = Map.copyOf(settings);
        try {
            Files.writeString(log, "==== e2e harness: starting " + service + " at " + Instant.now() + " on port " + port
                    + "\n==== " + String.join(" ", actual) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(actual)
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(log.toFile()))
                    .redirectInput(Redirect.from(new File("/dev/null")));
            Map<String, String> env = builder.environment();
            // The services must see only what the harness gives them, not the settings of whoever runs the build.
            env.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("IMPLEMENTA_")
                    || name.startsWith("MP_") || name.startsWith("SMALLRYE_") || name.startsWith("KAFKA_"));
            env.putAll(environment);
            process = builder.start();
            startedAt = Instant.now();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + service, e);
        }
    }

    /** Whether it runs with settings other than the usual ones (see {@link #start(Map)}). */
    boolean hasExtraSettings() {
        return !extraSettings.isEmpty();
    }

    boolean isAlive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    long pid() {
        Process current = process;
        return current == null ? -1 : current.pid();
    }

    /** The exit code if the process has ended, or null while it runs (or was never started). */
    Integer exitCode() {
        Process current = process;
        return current == null || current.isAlive() ? null : current.exitValue();
    }

    Instant startedAt() {
        return startedAt;
    }

    /** The HTTP status of {@code /q/health/ready}, or -1 when nothing answers. */
    int readinessStatus() {
        return get("/q/health/ready").status();
    }

    /** A plain GET without authentication, for the operator endpoints ({@code /q/...}). */
    HttpAnswer get(String path) {
        // Generous: with the broker away, readiness waits up to two seconds for it, longer on a busy machine.
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(10)).GET()
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new HttpAnswer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new HttpAnswer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new HttpAnswer(-1, "interrupted");
        }
    }

    record HttpAnswer(int status, String body) {
    }

    /** {@code kill -9}: no shutdown hook, no graceful stop, open transactions and sessions cut off. */
    synchronized void kill() {
        Process current = process;
        if (current == null) {
            return;
        }
        current.destroyForcibly();
        awaitExit(current, Duration.ofSeconds(30));
    }

    /** SIGTERM, so Quarkus shuts down gracefully; SIGKILL if it has not ended after a grace period. */
    synchronized void stop() {
        Process current = process;
        if (current == null || !current.isAlive()) {
            return;
        }
        current.destroy();
        if (!awaitExit(current, GRACEFUL_STOP)) {
            current.destroyForcibly();
            awaitExit(current, Duration.ofSeconds(10));
        }
    }

    /** Sends SIGTERM without waiting, so that several processes stop together. */
    void requestStop() {
        Process current = process;
        if (current != null && current.isAlive()) {
            current.destroy();
        }
    }

    private static boolean awaitExit(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** The last {@code lines} lines of the log, for failure reports. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", new ArrayList<>(all.subList(Math.max(0, all.size() - lines), all.size())));
        } catch (IOException | UncheckedIOException e) {
            return "(log " + log + " unreadable: " + e + ")";
        }
    }

    @Override
    public String toString() {
        return log.getFileName() + "[port " + port + ", pid " + pid() + (isAlive() ? "" : ", not running") + "]";
    }
}
