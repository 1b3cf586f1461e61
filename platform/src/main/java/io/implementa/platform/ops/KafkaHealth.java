package io.implementa.platform.ops;

import io.implementa.platform.events.KafkaClients;
import io.implementa.platform.outbox.OutboxBypass;
import io.implementa.platform.outbox.OutboxRelay;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the broker's state in the readiness detail and as the {@code implementa.kafka.up} gauge, but
 * never fails readiness: while Kafka is away the outbox keeps the events and the API keeps working.
 */
@Readiness
@ApplicationScoped
public class KafkaHealth implements HealthCheck {

    private static final Duration CACHE = Duration.ofSeconds(2);

    private final KafkaClients clients;
    private final OutboxRelay relay;
    private Admin admin;
    private volatile boolean reachable;
    private volatile Instant checkedAt = Instant.EPOCH;

    private final OutboxBypass bypass;

    public KafkaHealth(KafkaClients clients, OutboxRelay relay, OutboxBypass bypass, MeterRegistry meters) {
        this.clients = clients;
        this.relay = relay;
        this.bypass = bypass;
        meters.gauge("implementa.kafka.up", this, health -> health.probe() ? 1 : 0);
    }

    @Override
    public HealthCheckResponse call() {
        boolean up = probe();
        return HealthCheckResponse.named("kafka")
                .up()
                .withData("broker", up ? "reachable" : "unreachable")
                .withData("outboxBacklog", relay.backlog())
                .withData("outboxRelayActive", relay.isLeader())
                .withData("outbox", bypass.enabled() ? "BYPASSED (test only: events can be lost)" : "in use")
                .build();
    }

    /** Asks the broker for its cluster id, at most once per {@link #CACHE} period. */
    synchronized boolean probe() {
        if (Instant.now().isBefore(checkedAt.plus(CACHE))) {
            return reachable;
        }
        try {
            if (admin == null) {
                admin = clients.admin("health");
            }
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(1500)).clusterId().get(2, TimeUnit.SECONDS);
            reachable = true;
        } catch (Exception e) {
            reachable = false;
        }
        checkedAt = Instant.now();
        return reachable;
    }

    synchronized void close(@Observes ShutdownEvent shutdown) {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }
}
