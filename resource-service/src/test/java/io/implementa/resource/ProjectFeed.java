package io.implementa.resource;

import static org.awaitility.Awaitility.await;

import io.implementa.platform.events.EventCodec;
import io.implementa.platform.events.EventType;
import io.implementa.platform.events.KafkaClients;
import io.implementa.platform.events.Topics;
import io.implementa.platform.people.PersonRef;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Plays the project-service in tests: publishes its member and closure events to {@value #TOPIC} on the real
 * broker, with the producer's whole payload, of which the resource-service reads only a part.
 */
@ApplicationScoped
public class ProjectFeed {

    public static final String TOPIC = "implementa.project.events";
    public static final Duration WAIT = Duration.ofSeconds(20);

    private final EventCodec codec;
    private final KafkaClients clients;
    private final Topics topics;
    private KafkaProducer<String, byte[]> producer;

    public ProjectFeed(EventCodec codec, KafkaClients clients, Topics topics) {
        this.codec = codec;
        this.clients = clients;
        this.topics = topics;
    }

    @EventType("io.implementa.project.MemberAdded")
    record MemberAdded(UUID projectId, String projectKey, UUID memberId, PersonRef person, String role) {
    }

    @EventType("io.implementa.project.ProjectClosed")
    record ProjectClosed(UUID projectId, String projectKey, UUID transitionId, boolean waived, PersonRef by,
            Instant closedAt) {
    }

    @EventType("io.implementa.project.ProjectCancelled")
    record ProjectCancelled(UUID projectId, String projectKey, String phase, String previousStatus, String reason,
            PersonRef by, Instant cancelledAt) {
    }

    public static String key(UUID projectId) {
        return "P" + projectId.toString().substring(0, 6).toUpperCase();
    }

    public static PersonRef newPerson(String role) {
        String subject = "sub-" + role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new PersonRef(subject, subject + "@example.com", "Test " + subject);
    }

    public void memberAdded(UUID projectId, PersonRef person, String role) {
        UUID memberId = UUID.nameUUIDFromBytes((projectId + "/" + person.subject()).getBytes(StandardCharsets.UTF_8));
        publish(projectId, new MemberAdded(projectId, key(projectId), memberId, person, role));
    }

    public void closed(UUID projectId, Instant at) {
        publish(projectId, new ProjectClosed(projectId, key(projectId), UUID.randomUUID(), false,
                newPerson("sponsor"), at));
    }

    public void cancelled(UUID projectId, Instant at) {
        publish(projectId, new ProjectCancelled(projectId, key(projectId), "EXECUTION", "ACTIVE", "Budget withdrawn",
                newPerson("sponsor"), at));
    }

    private synchronized void publish(UUID projectId, Object payload) {
        byte[] event = codec.encode(codec.envelope(UUID.randomUUID(), projectId.toString(), OffsetDateTime.now(),
                payload));
        if (producer == null) {
            // The service creates the topics it consumes as it starts; a test may be quicker.
            await().atMost(WAIT).until(topics::ensureExist);
            producer = clients.producer("test-project-feed", 10_000);
        }
        try {
            producer.send(new ProducerRecord<>(TOPIC, projectId.toString(), event)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + TOPIC, e);
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }
}
