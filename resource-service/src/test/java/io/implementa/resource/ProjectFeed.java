package io.implementa.resource;

import static org.awaitility.Awaitility.await;

import io.implementa.platform.events.EventCodec;
import io.implementa.platform.events.EventType;
import io.implementa.platform.events.KafkaClients;
import io.implementa.platform.events.Topics;
import io.implementa.platform.people.PersonRef;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Plays the project-service in tests: publishes its member, closure, assignment and schedule events to {@value #TOPIC} on the real
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

    @EventType("io.implementa.project.MemberRemoved")
    record MemberRemoved(UUID projectId, String projectKey, UUID memberId, PersonRef person, String role) {
    }

    @EventType("io.implementa.project.ProjectClosed")
    record ProjectClosed(UUID projectId, String projectKey, UUID transitionId, boolean waived, PersonRef by,
            Instant closedAt) {
    }

    @EventType("io.implementa.project.ProjectCancelled")
    record ProjectCancelled(UUID projectId, String projectKey, String phase, String previousStatus, String reason,
            PersonRef by, Instant cancelledAt) {
    }

    /** A task assignment in the contract's shape; {@code Removed} carries the last state. */
    public record Assignment(UUID projectId, UUID assignmentId, UUID taskId, String taskName, UUID resourceId,
            BigDecimal units, BigDecimal workHours, LocalDate start, LocalDate finish, boolean critical) {

        public Assignment withResource(UUID other) {
            return new Assignment(projectId, assignmentId, taskId, taskName, other, units, workHours, start, finish,
                    critical);
        }
    }

    @EventType("io.implementa.project.TaskAssignmentAdded")
    record TaskAssignmentAdded(UUID projectId, String projectKey, UUID assignmentId, UUID taskId, String taskName,
            UUID resourceId, BigDecimal units, BigDecimal workHours, LocalDate start, LocalDate finish,
            boolean critical, PersonRef changedBy) {
    }

    @EventType("io.implementa.project.TaskAssignmentChanged")
    record TaskAssignmentChanged(UUID projectId, String projectKey, UUID assignmentId, UUID taskId, String taskName,
            UUID resourceId, BigDecimal units, BigDecimal workHours, LocalDate start, LocalDate finish,
            boolean critical, PersonRef changedBy) {
    }

    @EventType("io.implementa.project.TaskAssignmentRemoved")
    record TaskAssignmentRemoved(UUID projectId, String projectKey, UUID assignmentId, UUID taskId, String taskName,
            UUID resourceId, BigDecimal units, BigDecimal workHours, LocalDate start, LocalDate finish,
            boolean critical, PersonRef changedBy) {
    }

    /** One task of a recompute, with the fields the project-service sends. */
    public record Scheduled(UUID taskId, String name, LocalDate start, LocalDate finish, LocalDate earlyStart,
            LocalDate earlyFinish, LocalDate lateStart, LocalDate lateFinish, int totalFloat, int freeFloat,
            boolean critical, LocalDate previousStart, LocalDate previousFinish, Integer previousTotalFloat,
            Boolean previousCritical) {

        public static Scheduled of(UUID taskId, LocalDate start, LocalDate finish, boolean critical, int totalFloat) {
            return new Scheduled(taskId, "Task " + taskId.toString().substring(0, 4), start, finish, start, finish,
                    start.plusDays(totalFloat), finish.plusDays(totalFloat), totalFloat, totalFloat, critical, null,
                    null, null, null);
        }
    }

    @EventType("io.implementa.project.ScheduleRecomputed")
    record ScheduleRecomputed(UUID projectId, String projectKey, UUID recomputeId, int chunk, int chunkCount,
            LocalDate previousProjectFinish, LocalDate projectFinish, List<Scheduled> tasks, List<UUID> removedTaskIds,
            PersonRef recomputedBy, Instant recomputedAt) {
    }

    public void assignmentAdded(Assignment a) {
        publish(a.projectId(), new TaskAssignmentAdded(a.projectId(), key(a.projectId()), a.assignmentId(), a.taskId(),
                a.taskName(), a.resourceId(), a.units(), a.workHours(), a.start(), a.finish(), a.critical(),
                newPerson("manager")));
    }

    public void assignmentChanged(Assignment a) {
        publish(a.projectId(), new TaskAssignmentChanged(a.projectId(), key(a.projectId()), a.assignmentId(),
                a.taskId(), a.taskName(), a.resourceId(), a.units(), a.workHours(), a.start(), a.finish(),
                a.critical(), newPerson("manager")));
    }

    public void assignmentRemoved(Assignment a) {
        publish(a.projectId(), new TaskAssignmentRemoved(a.projectId(), key(a.projectId()), a.assignmentId(),
                a.taskId(), a.taskName(), a.resourceId(), a.units(), a.workHours(), a.start(), a.finish(),
                a.critical(), newPerson("manager")));
    }

    public void scheduleRecomputed(UUID projectId, List<Scheduled> tasks, List<UUID> removedTaskIds) {
        publish(projectId, new ScheduleRecomputed(projectId, key(projectId), UUID.randomUUID(), 0, 1, null, null,
                tasks, removedTaskIds, newPerson("manager"), Instant.now()));
    }

    public static String key(UUID projectId) {
        return "P" + projectId.toString().substring(0, 6).toUpperCase();
    }

    public static PersonRef newPerson(String role) {
        String subject = "sub-" + role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new PersonRef(subject, subject + "@example.com", "Test " + subject);
    }

    public void memberRemoved(UUID projectId, PersonRef person, String role) {
        UUID memberId = UUID.nameUUIDFromBytes((projectId + "/" + person.subject()).getBytes(StandardCharsets.UTF_8));
        publish(projectId, new MemberRemoved(projectId, key(projectId), memberId, person, role));
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
