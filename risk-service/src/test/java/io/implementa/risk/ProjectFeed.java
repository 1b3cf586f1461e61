package io.implementa.risk;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.implementa.platform.events.EventCodec;
import io.implementa.platform.events.EventType;
import io.implementa.platform.events.KafkaClients;
import io.implementa.platform.events.Topics;
import io.implementa.platform.people.PersonRef;
import io.implementa.stack.testing.TestTokens;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Plays the project-service in tests: publishes its events to {@value #TOPIC} on the real broker, with the
 * producer's whole payload, of which the risk-service reads only a part.
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

    /** A project as the tests know it. */
    public record Project(UUID id, String key, String name, PersonRef manager) {

        public Project renamed(String newName) {
            return new Project(id, key, newName, manager);
        }
    }

    /** The project-service's ProjectCreated payload, in full. */
    @EventType("io.implementa.project.ProjectCreated")
    record ProjectCreated(UUID projectId, String projectKey, String name, String type, String status, String phase,
            PersonRef sponsor, PersonRef manager, LocalDate plannedStart, LocalDate plannedEnd) {
    }

    /** The project-service's ProjectUpdated payload, in full. */
    @EventType("io.implementa.project.ProjectUpdated")
    record ProjectUpdated(UUID projectId, String projectKey, String name, String type, String status, String phase,
            PersonRef sponsor, PersonRef manager, LocalDate plannedStart, LocalDate plannedEnd) {
    }

    /** The project-service's member events, in full. */
    @EventType("io.implementa.project.MemberAdded")
    record MemberAdded(UUID projectId, String projectKey, UUID memberId, PersonRef person, String role) {
    }

    @EventType("io.implementa.project.MemberRoleChanged")
    record MemberRoleChanged(UUID projectId, String projectKey, UUID memberId, PersonRef person, String previousRole,
            String role) {
    }

    @EventType("io.implementa.project.MemberRemoved")
    record MemberRemoved(UUID projectId, String projectKey, UUID memberId, PersonRef person, String role) {
    }

    /** The project-service's lifecycle endings, in full. */
    @EventType("io.implementa.project.ProjectClosed")
    record ProjectClosed(UUID projectId, String projectKey, UUID transitionId, boolean waived, PersonRef by,
            java.time.Instant closedAt) {
    }

    @EventType("io.implementa.project.ProjectCancelled")
    record ProjectCancelled(UUID projectId, String projectKey, String phase, String previousStatus, String reason,
            PersonRef by, java.time.Instant cancelledAt) {
    }

    /** Who closes or cancels projects in tests. */
    public static final PersonRef CLOSER = new PersonRef("sub-closer", "closer@example.com", "Cleo Closer");

    /** The envelope of the project's ProjectClosed, with a new event id. */
    public byte[] closed(Project project) {
        return envelope(project.id(), new ProjectClosed(project.id(), project.key(), UUID.randomUUID(), false, CLOSER,
                java.time.Instant.now()));
    }

    /** The envelope of the project's ProjectCancelled, with a new event id. */
    public byte[] cancelled(Project project) {
        return envelope(project.id(), new ProjectCancelled(project.id(), project.key(), "EXECUTION", "ACTIVE",
                "Budget withdrawn", CLOSER, java.time.Instant.now()));
    }

    /** A project no other test uses. */
    public static Project newProject() {
        String key = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        return new Project(UUID.randomUUID(), key, "Project " + key,
                new PersonRef("sub-manager-" + key, "manager@example.com", "Mia Manager"));
    }

    /** The envelope of the project's ProjectCreated, with a new event id. */
    public byte[] created(Project project) {
        return envelope(project.id(), new ProjectCreated(project.id(), project.key(), project.name(), "IMPLEMENTATION",
                "PROPOSED", "INITIATION", new PersonRef("sub-sponsor", "sponsor@example.com", "Sam Sponsor"),
                project.manager(), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 12, 17)));
    }

    /** The envelope of a ProjectUpdated carrying the project's state, with a new event id. */
    public byte[] updated(Project project) {
        return envelope(project.id(), new ProjectUpdated(project.id(), project.key(), project.name(), "IMPLEMENTATION",
                "ACTIVE", "PLANNING", new PersonRef("sub-sponsor", "sponsor@example.com", "Sam Sponsor"),
                project.manager(), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 12, 17)));
    }

    /** A person no other test uses, as a member event names them. */
    public static PersonRef newPerson(String role) {
        String subject = "sub-" + role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new PersonRef(subject, subject + "@example.com", "Test " + subject);
    }

    /** The envelope of a MemberAdded giving the person the role in the project; the member id is the person's. */
    public byte[] memberAdded(Project project, PersonRef person, String role) {
        return envelope(project.id(), new MemberAdded(project.id(), project.key(), memberId(project, person), person,
                role));
    }

    public byte[] memberRoleChanged(Project project, PersonRef person, String previousRole, String role) {
        return envelope(project.id(), new MemberRoleChanged(project.id(), project.key(), memberId(project, person),
                person, previousRole, role));
    }

    public byte[] memberRemoved(Project project, PersonRef person, String role) {
        return envelope(project.id(), new MemberRemoved(project.id(), project.key(), memberId(project, person), person,
                role));
    }

    /**
     * Makes the person a member of the project in the role, as the project-service would announce it, and waits
     * until this service lets them read the project.
     */
    public PersonRef addMember(Project project, PersonRef person, String role) {
        publish(project, memberAdded(project, person, role));
        String token = TestTokens.forUser(person.subject());
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(token)
                .when().get("/api/v1/projects/{projectId}/risk-register", project.id())
                .then().statusCode(200));
        return person;
    }

    /** A new person made a member of the project in the role. */
    public PersonRef newMember(Project project, String role) {
        return addMember(project, newPerson(role), role);
    }

    private static UUID memberId(Project project, PersonRef person) {
        return UUID.nameUUIDFromBytes((project.id() + "/" + person.subject()).getBytes(
                StandardCharsets.UTF_8));
    }

    /** Publishes an event keyed by the project, as the project-service does; returns the partition it went to. */
    public int publish(Project project, byte[] event) {
        return send(new ProducerRecord<>(TOPIC, project.id().toString(), event));
    }

    /** Publishes an event to one partition, to control which events the consumer sees in which order. */
    public int publish(int partition, Project project, byte[] event) {
        return send(new ProducerRecord<>(TOPIC, partition, project.id().toString(), event));
    }

    /** Announces a new project and waits until its risk register is open. */
    public Project openRegister() {
        Project project = newProject();
        publish(project, created(project));
        awaitRegister(project);
        return project;
    }

    /**
     * Waits until every event published to the partition so far has been applied: announces a new project
     * there and waits for its register, since a partition's events are applied in order.
     */
    public void awaitApplied(int partition) {
        Project marker = newProject();
        publish(partition, marker, created(marker));
        awaitRegister(marker);
    }

    public static void awaitRegister(Project project) {
        await().atMost(WAIT).untilAsserted(() -> given().when()
                .get("/api/v1/projects/{projectId}/risk-register", project.id())
                .then().statusCode(200));
    }

    /** Topic of the resource-service's events, keyed by resource id. */
    public static final String RESOURCE_TOPIC = "implementa.resource.events";

    /** The envelope of any event payload (a record annotated with its {@code @EventType}) under the event id. */
    public byte[] envelope(UUID eventId, String subject, Object payload) {
        return codec.encode(codec.envelope(eventId, subject, OffsetDateTime.now(), payload));
    }

    /** Publishes an event of the resource-service, keyed as it keys them. */
    public int publishResource(String key, byte[] event) {
        return send(new ProducerRecord<>(RESOURCE_TOPIC, key, event));
    }

    private byte[] envelope(UUID projectId, Object payload) {
        return codec.encode(codec.envelope(UUID.randomUUID(), projectId.toString(), OffsetDateTime.now(), payload));
    }

    private synchronized int send(ProducerRecord<String, byte[]> record) {
        if (producer == null) {
            // The service creates the topics it consumes as it starts; a test may be quicker.
            await().atMost(WAIT).until(topics::ensureExist);
            producer = clients.producer("test-project-feed", 10_000);
        }
        try {
            return producer.send(record).get(10, TimeUnit.SECONDS).partition();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + record.topic(), e);
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }
}
