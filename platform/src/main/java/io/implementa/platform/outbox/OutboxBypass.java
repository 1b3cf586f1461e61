package io.implementa.platform.outbox;

import io.implementa.platform.config.PlatformConfig;
import io.implementa.platform.events.EventCodec;
import io.implementa.platform.events.KafkaClients;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

/**
 * TEST ONLY: the dual write the outbox exists to avoid. With {@code implementa.outbox.bypass-for-tests=true} an
 * event is sent straight to Kafka once its transaction has committed, fire and forget: if the broker is away
 * longer than the send timeout, the event is lost for good while the change stays committed. The end-to-end
 * tests switch it on to prove that their reconciliation notices a lost event; nothing else may.
 */
@ApplicationScoped
public class OutboxBypass {

    private static final Logger LOG = Logger.getLogger(OutboxBypass.class);

    private final boolean enabled;
    private final KafkaClients clients;
    private final int sendTimeoutMs;
    private final Counter lost;
    private KafkaProducer<String, byte[]> producer;

    public OutboxBypass(PlatformConfig config, KafkaClients clients, MeterRegistry meters) {
        this.enabled = config.outbox().bypassForTests();
        this.clients = clients;
        this.sendTimeoutMs = (int) config.outbox().sendTimeout().toMillis();
        this.lost = meters.counter("implementa.outbox.bypass.lost");
    }

    public boolean enabled() {
        return enabled;
    }

    void warn(@Observes StartupEvent startup) {
        if (enabled) {
            LOG.error("implementa.outbox.bypass-for-tests=true: events are sent straight to Kafka, NOT through the "
                    + "outbox; an event sent while the broker is away is LOST. This switch exists for tests that "
                    + "prove loss is detected. Never set it in production.");
        }
    }

    /** Sends an already committed event without waiting; a failed send is logged and the event is gone. */
    synchronized void send(String topic, String key, byte[] payload) {
        if (producer == null) {
            producer = clients.producer("outbox-bypass", sendTimeoutMs);
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload);
        record.headers().add("content-type", EventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record, (metadata, failure) -> {
                if (failure != null) {
                    lost.increment();
                    LOG.errorf("outbox bypassed (test only): event with key %s LOST: %s", key, failure.getMessage());
                }
            });
        } catch (RuntimeException e) {
            lost.increment();
            LOG.errorf("outbox bypassed (test only): event with key %s LOST: %s", key, e.getMessage());
        }
    }

    synchronized void close(@Observes ShutdownEvent shutdown) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }
}
