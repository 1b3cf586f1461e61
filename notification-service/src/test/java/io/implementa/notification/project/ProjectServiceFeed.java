package io.implementa.notification.project;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.implementa.platform.events.EventCodec;
import io.implementa.platform.events.EventType;
import io.implementa.platform.events.KafkaClients;
import io.implementa.platform.events.Topics;
import io.implementa.platform.people.PersonRef;
import io.implementa.stack.testing.TestTokens;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Stands in for the project-service in tests: publishes its events, with its whole payload (of which this
 * service reads only a part), to {@value #TOPIC} on the real broker.
 */
@ApplicationScoped
public class ProjectServiceFeed {

    public static final String TOPIC = "implementa.project.events";
    public static final Duration WAIT = Duration.ofSeconds(20);

    private static final URI SOURCE = URI.create("/implementa/project-service");

    private final EventCodec codec;
    private final KafkaClients clients;
    private final Topics topics;
    private KafkaProducer<String, byte[]> producer;

    public ProjectServiceFeed(EventCodec codec, KafkaClients clients, Topics topics) {
        this.codec = codec;
        this.clients = clients;
        this.topics = topics;
    }

    /** A project as a test sets it up; the with-methods give its state after a change. */
    public record TestProject(UUID id, String key, String name, String status, PersonRef sponsor, PersonRef manager) {

        public TestProject withName(String newName) {
            return new TestProject(id, key, newName, status, sponsor, manager);
        }

        public TestProject withKey(String newKey) {
            return new TestProject(id, newKey, name, status, sponsor, manager);
        }

        public TestProject withManager(PersonRef newManager) {
            return new TestProject(id, key, name, status, sponsor, newManager);
        }

        public TestProject withSponsor(PersonRef newSponsor) {
            return new TestProject(id, key, name, status, newSponsor, manager);
        }
    }

    /** The project-service's ProjectCreated, in full. */
    @EventType("io.implementa.project.ProjectCreated")
    record ProjectCreated(UUID projectId, String projectKey, String name, String type, String status, String phase,
            PersonRef sponsor, PersonRef manager, LocalDate plannedStart, LocalDate plannedEnd) {
    }

    /** The project-service's ProjectUpdated, in full. */
    @EventType("io.implementa.project.ProjectUpdated")
    record ProjectUpdated(UUID projectId, String projectKey, String name, String type, String status, String phase,
            PersonRef sponsor, PersonRef manager, LocalDate plannedStart, LocalDate plannedEnd) {
    }

    /** The project-service's member events, in full. */
    @EventType("io.implementa.project.MemberAdded")
    record MemberAdded(UUID projectId, String projectKey, UUID memberId, PersonRef person, String role) {
    }

    @EventType("io.implementa.project.MemberRemoved")
    record MemberRemoved(UUID projectId, String projectKey, UUID memberId, PersonRef person, String role) {
    }

    /** A project with a sponsor and a manager no other test uses. */
    public static TestProject newProject() {
        String key = newKey();
        return new TestProject(UUID.randomUUID(), key, "Project " + key, "PROPOSED", newPerson("Sam Sponsor"),
                newPerson("Mia Manager"));
    }

    public static String newKey() {
        return "N" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    /** A person no other test uses, with an e-mail that finds them in text searches. */
    public static PersonRef newPerson(String name) {
        String token = UUID.randomUUID().toString().substring(0, 8);
        return new PersonRef("sub-" + token, name.toLowerCase().replace(' ', '.') + "." + token + "@example.com", name);
    }

    /** The envelope of the project's ProjectCreated, with a new event id. */
    public byte[] created(TestProject project) {
        return envelope(project.id(), new ProjectCreated(project.id(), project.key(), project.name(), "IMPLEMENTATION",
                project.status(), "INITIATION", project.sponsor(), project.manager(), LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 12, 17)));
    }

    /** The envelope of a ProjectUpdated carrying the project's state, with a new event id. */
    public byte[] updated(TestProject project) {
        return envelope(project.id(), new ProjectUpdated(project.id(), project.key(), project.name(), "IMPLEMENTATION",
                project.status(), "PLANNING", project.sponsor(), project.manager(), LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 12, 17)));
    }

    /** The envelope of a MemberAdded giving the person the role in the project. */
    public byte[] memberAdded(TestProject project, PersonRef person, String role) {
        return envelope(project.id(), new MemberAdded(project.id(), project.key(), memberId(project, person), person,
                role));
    }

    public byte[] memberRemoved(TestProject project, PersonRef person, String role) {
        return envelope(project.id(), new MemberRemoved(project.id(), project.key(), memberId(project, person),
                person, role));
    }

    /**
     * Makes the person a member of a project announced before, as the project-service would, and waits until this
     * service lets them read it.
     */
    public PersonRef addMember(TestProject project, PersonRef person, String role) {
        publish(project, memberAdded(project, person, role));
        String token = TestTokens.forUser(person.subject());
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(token)
                .when().get("/api/v1/projects/{id}", project.id())
                .then().statusCode(200));
        return person;
    }

    private static UUID memberId(TestProject project, PersonRef person) {
        return UUID.nameUUIDFromBytes((project.id() + "/" + person.subject()).getBytes(StandardCharsets.UTF_8));
    }

    /** Publishes an event keyed by the project, as the project-service does; returns the partition it went to. */
    public int publish(TestProject project, byte[] event) {
        return send(new ProducerRecord<>(TOPIC, project.id().toString(), event));
    }

    /** Publishes an event to one partition, to decide which events the consumer reads first. */
    public int publish(int partition, TestProject project, byte[] event) {
        return send(new ProducerRecord<>(TOPIC, partition, project.id().toString(), event));
    }

    /** Announces a project and waits until its directory is built. */
    public TestProject announce(TestProject project) {
        publish(project, created(project));
        awaitKnown(project);
        return project;
    }

    /**
     * Waits until everything published to the partition so far has been applied: a partition is applied in
     * order, so once a project announced there afterwards is known, so is everything before it.
     */
    public void awaitApplied(int partition) {
        TestProject marker = newProject();
        publish(partition, marker, created(marker));
        awaitKnown(marker);
    }

    public static void awaitKnown(TestProject project) {
        await().atMost(WAIT).untilAsserted(() -> given().when().get("/api/v1/projects/{id}", project.id())
                .then().statusCode(200));
    }

    private byte[] envelope(UUID projectId, Object payload) {
        return codec.encode(CloudEventBuilder.v1(codec.envelope(UUID.randomUUID(), projectId.toString(),
                OffsetDateTime.now(), payload)).withSource(SOURCE).build());
    }

    private int send(ProducerRecord<String, byte[]> record) {
        try {
            return producer().send(record).get(10, TimeUnit.SECONDS).partition();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + TOPIC, e);
        }
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            // The service creates the topics it consumes as it starts; a test may get here first.
            await().atMost(WAIT).until(topics::ensureExist);
            producer = clients.producer("test-project-service", 10_000);
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
