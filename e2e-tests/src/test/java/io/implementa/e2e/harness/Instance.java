package io.implementa.e2e.harness;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One more running instance of a service, started by a scale-out test with {@link E2e#startInstance}. */
public final class Instance {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)");

    private final ServiceProcess process;

    Instance(ServiceProcess process) {
        this.process = process;
    }

    /** Wraps one of the suite's usual processes, so a test can compare it with the instances it started. */
    static Instance of(ServiceProcess process) {
        return new Instance(process);
    }

    public Service service() {
        return process.service();
    }

    public String url() {
        return process.url();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** SIGTERM and wait: Quarkus shuts down gracefully, its consumer leaves the group at once. */
    public void stop() {
        process.stop();
    }

    /** {@code kill -9}. */
    public void kill() {
        process.kill();
    }

    /**
     * The sum of every sample of a Prometheus metric on {@code /q/metrics} whose labels contain each of
     * {@code labelParts} (e.g. {@code outcome="processed"}); 0 when there is none.
     */
    public double metric(String name, String... labelParts) {
        ServiceProcess.HttpAnswer answer = process.get("/q/metrics");
        if (answer.status() != 200) {
            throw new IllegalStateException(this + " /q/metrics answered " + answer.status());
        }
        double sum = 0;
        for (String line : answer.body().split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.find() || !sample.group(1).equals(name)) {
                continue;
            }
            String labels = sample.group(2) == null ? "" : sample.group(2);
            boolean matches = true;
            for (String part : labelParts) {
                matches &= labels.contains(part);
            }
            if (matches) {
                sum += Double.parseDouble(sample.group(3));
            }
        }
        return sum;
    }

    @Override
    public String toString() {
        return process.toString();
    }
}
