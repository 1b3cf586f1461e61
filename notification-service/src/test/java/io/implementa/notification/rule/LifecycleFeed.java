package io.implementa.notification.rule;

import static org.awaitility.Awaitility.await;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.implementa.notification.project.ProjectServiceFeed;
import io.implementa.notification.project.ProjectServiceFeed.TestProject;
import io.implementa.platform.events.EventCodec;
import io.implementa.platform.events.EventType;
import io.implementa.platform.events.KafkaClients;
import io.implementa.platform.events.Topics;
import io.implementa.platform.people.PersonRef;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Stands in for the project-service's lifecycle and the risk-service in tests: publishes their events, in full,
 * to their topics on the real broker.
 */
@ApplicationScoped
public class LifecycleFeed {

    public static final String RISK_TOPIC = "implementa.risk.events";

    private final EventCodec codec;
    private final KafkaClients clients;
    private final Topics topics;
    private KafkaProducer<String, byte[]> producer;

    public LifecycleFeed(EventCodec codec, KafkaClients clients, Topics topics) {
        this.codec = codec;
        this.clients = clients;
        this.topics = topics;
    }

    @EventType("io.implementa.project.ProjectPhaseAdvanced")
    record ProjectPhaseAdvanced(UUID projectId, String projectKey, UUID transitionId, String gate, String fromPhase,
            String toPhase, String status, List<String> activePhases, PersonRef by, boolean waived, Instant at) {
    }

    @EventType("io.implementa.project.ProjectClosed")
    record ProjectClosed(UUID projectId, String projectKey, UUID transitionId, boolean waived, PersonRef by,
            Instant closedAt) {
    }

    @EventType("io.implementa.risk.RiskIdentified")
    record RiskIdentified(UUID riskId, String riskKey, UUID projectId, String projectKey, String title,
            String category, int probability, int impact, int score, PersonRef owner, String status) {
    }

    public byte[] phaseAdvanced(TestProject project) {
        return envelope("/implementa/project-service", project.id(), new ProjectPhaseAdvanced(project.id(),
                project.key(), UUID.randomUUID(), "START_PLANNING", "INITIATION", "PLANNING", "ACTIVE",
                List.of("PLANNING"), project.manager(), false, Instant.now()));
    }

    public byte[] closed(TestProject project) {
        return envelope("/implementa/project-service", project.id(), new ProjectClosed(project.id(), project.key(),
                UUID.randomUUID(), false, project.manager(), Instant.now()));
    }

    public byte[] riskIdentified(UUID projectId, String projectKey, PersonRef owner, String title) {
        UUID riskId = UUID.randomUUID();
        return envelope("/implementa/risk-service", riskId, new RiskIdentified(riskId, "R-7", projectId, projectKey,
                title, "TECHNICAL", 4, 5, 20, owner, "IDENTIFIED"));
    }

    public int publish(String topic, UUID key, byte[] event) {
        try {
            return producer().send(new ProducerRecord<>(topic, key.toString(), event)).get(10, TimeUnit.SECONDS)
                    .partition();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    public int publishProjectEvent(TestProject project, byte[] event) {
        return publish(ProjectServiceFeed.TOPIC, project.id(), event);
    }

    byte[] envelope(String source, UUID subject, Object payload) {
        return codec.encode(CloudEventBuilder.v1(codec.envelope(UUID.randomUUID(), subject.toString(),
                OffsetDateTime.now(), payload)).withSource(URI.create(source)).build());
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            await().atMost(ProjectServiceFeed.WAIT).until(topics::ensureExist);
            producer = clients.producer("test-lifecycle", 10_000);
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }
}
