package io.implementa.platform.inbox;

import io.implementa.platform.config.PlatformConfig;
import io.implementa.platform.events.KafkaClients;
import io.implementa.platform.events.Topics;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jboss.logging.Logger;

/**
 * Moves records that can never be processed to the service's dead-letter topic, unchanged, with why and
 * where from in headers, so the consumer can go on and an operator can re-drive them later.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REASON = "implementa-dlt-reason";
    public static final String CONSUMER = "implementa-dlt-consumer";
    public static final String ORIGINAL_TOPIC = "implementa-dlt-original-topic";
    public static final String ORIGINAL_PARTITION = "implementa-dlt-original-partition";
    public static final String ORIGINAL_OFFSET = "implementa-dlt-original-offset";
    public static final String FAILED_AT = "implementa-dlt-failed-at";

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final KafkaClients clients;
    private final Topics topics;
    private final Clock clock;
    private final int sendTimeoutMs;
    private KafkaProducer<String, byte[]> producer;

    public DeadLetters(KafkaClients clients, Topics topics, Clock clock, PlatformConfig config) {
        this.clients = clients;
        this.topics = topics;
        this.clock = clock;
        this.sendTimeoutMs = (int) config.outbox().sendTimeout().toMillis();
    }

    /** Publishes the dead letter and waits for the broker; false if it could not (the caller retries). */
    public synchronized boolean send(String consumer, ConsumerRecord<String, byte[]> original, String reason) {
        if (producer == null) {
            producer = clients.producer("dead-letters", sendTimeoutMs);
        }
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(topics.deadLetterTopic(), original.key(),
                original.value());
        Headers headers = letter.headers();
        for (Header header : original.headers()) {
            if (!header.key().startsWith("implementa-dlt-")) {
                headers.add(header);
            }
        }
        headers.add(REASON, utf8(reason));
        headers.add(CONSUMER, utf8(consumer));
        headers.add(ORIGINAL_TOPIC, utf8(original.topic()));
        headers.add(ORIGINAL_PARTITION, utf8(Integer.toString(original.partition())));
        headers.add(ORIGINAL_OFFSET, utf8(Long.toString(original.offset())));
        headers.add(FAILED_AT, utf8(Instant.now(clock).toString()));
        try {
            producer.send(letter).get(sendTimeoutMs, TimeUnit.MILLISECONDS);
            LOG.warnf("dead-lettered %s[%d]@%d: %s", original.topic(), original.partition(), original.offset(), reason);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.warnf("could not dead-letter %s@%d yet: %s", original.topic(), original.offset(), e.getMessage());
            return false;
        }
    }

    synchronized void close(@Observes ShutdownEvent shutdown) {
        if (producer != null) {
            producer.close();
        }
    }

    static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
