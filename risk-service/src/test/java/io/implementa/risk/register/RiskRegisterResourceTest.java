package io.implementa.risk.register;

import static io.implementa.risk.ProjectFeed.WAIT;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.platform.inbox.DeadLetters;
import io.implementa.platform.people.PersonRef;
import io.implementa.risk.ProjectFeed;
import io.implementa.risk.ProjectFeed.Project;
import io.implementa.stack.testing.InfrastructureTestResource;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Registers opened and kept current from the project-service's events, and read over the API. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureTestResource.class,
        initArgs = @ResourceArg(name = InfrastructureTestResource.DATABASE_ARG, value = "risk"))
class RiskRegisterResourceTest {

    static final String RISK_EVENTS = "implementa.risk.events";
    static final String DEAD_LETTERS = "implementa.risk-service.dlt";
    static final String OPENED = "io.implementa.risk.RiskRegisterOpened";

    @Inject
    ProjectFeed feed;

    @Inject
    ObjectMapper json;

    @Test
    void opensARegisterWhenAProjectIsCreatedAndAnnouncesIt() throws Exception {
        Project project = ProjectFeed.newProject();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            feed.publish(project, feed.created(project));

            await().atMost(WAIT).untilAsserted(() -> given().when()
                    .get("/api/v1/projects/{projectId}/risk-register", project.id())
                    .then().statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("projectId", equalTo(project.id().toString()))
                    .body("projectKey", equalTo(project.key()))
                    .body("projectName", equalTo(project.name()))
                    .body("manager.subject", equalTo(project.manager().subject()))
                    .body("manager.email", equalTo("manager@example.com"))
                    .body("status", equalTo("OPEN"))
                    .body("openedAt", notNullValue()));

            ConsumerRecord<String, String> record = events.awaitRecord(KafkaTestConsumer.withKey(project.id().toString()));
            JsonNode event = json.readTree(record.value());
            assertEquals(OPENED, event.get("type").asText());
            assertEquals("/implementa/risk-service", event.get("source").asText());
            assertEquals(project.id().toString(), event.get("subject").asText());
            assertEquals(project.id().toString(), event.get("data").get("projectId").asText());
            assertEquals(project.key(), event.get("data").get("projectKey").asText());
        }
    }

    @Test
    void projectCreatedDeliveredTwiceOpensOneRegisterAnnouncedOnce() throws Exception {
        Project project = ProjectFeed.newProject();
        byte[] created = feed.created(project);
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            int partition = feed.publish(project, created);
            feed.publish(project, created);
            feed.awaitApplied(partition);

            List<String> types = riskEventTypesAfterAll(events, project);
            assertEquals(1, types.stream().filter(OPENED::equals).count(), "events: " + types);
        }
        given().when().get("/api/v1/projects/{projectId}/risk-register", project.id())
                .then().statusCode(200).header("ETag", "\"0\"").body("projectName", equalTo(project.name()));
    }

    @Test
    void projectAnnouncedAgainUnderANewEventIdLeavesTheRegisterAsItIs() throws Exception {
        Project project = ProjectFeed.newProject();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            int partition = feed.publish(project, feed.created(project));
            feed.publish(project, feed.created(project.renamed("An older name from a re-sync")));
            feed.awaitApplied(partition);

            List<String> types = riskEventTypesAfterAll(events, project);
            assertEquals(1, types.stream().filter(OPENED::equals).count(), "events: " + types);
        }
        given().when().get("/api/v1/projects/{projectId}/risk-register", project.id())
                .then().statusCode(200).header("ETag", "\"0\"").body("projectName", equalTo(project.name()));
    }

    @Test
    void projectUpdateKeepsTheRegistersProjectNameCurrent() {
        Project project = feed.openRegister();
        feed.publish(project, feed.updated(project.renamed("ERP roll-out, wave 1")));

        await().atMost(WAIT).untilAsserted(() -> given().when()
                .get("/api/v1/projects/{projectId}/risk-register", project.id())
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("projectName", equalTo("ERP roll-out, wave 1"))
                .body("projectKey", equalTo(project.key())));
    }

    @Test
    void projectUpdateWithoutAnEarlierCreationOpensTheRegisterFromTheUpdateAndAnnouncesIt() throws Exception {
        Project project = ProjectFeed.newProject();
        Project updated = new Project(project.id(), project.key(), "Renamed before the register opened",
                new PersonRef("sub-successor-" + project.key(), "successor@example.com", "Sol Successor"));
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            feed.publish(project, feed.updated(updated));

            await().atMost(WAIT).untilAsserted(() -> given().when()
                    .get("/api/v1/projects/{projectId}/risk-register", project.id())
                    .then().statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("projectKey", equalTo(project.key()))
                    .body("projectName", equalTo("Renamed before the register opened"))
                    .body("manager.email", equalTo("successor@example.com"))
                    .body("status", equalTo("OPEN")));

            List<String> types = riskEventTypesAfterAll(events, project);
            assertEquals(1, types.stream().filter(OPENED::equals).count(), "events: " + types);
        }
    }

    @Test
    void projectCreatedArrivingAfterAnUpdateChangesNothingAndIsNotAnnouncedAgain() throws Exception {
        Project project = ProjectFeed.newProject();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            feed.publish(project, feed.updated(project.renamed("Renamed before the register opened")));
            ProjectFeed.awaitRegister(project);

            int partition = feed.publish(project, feed.created(project));
            feed.awaitApplied(partition);

            List<String> types = riskEventTypesAfterAll(events, project);
            assertEquals(1, types.stream().filter(OPENED::equals).count(), "events: " + types);
        }
        given().when().get("/api/v1/projects/{projectId}/risk-register", project.id())
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("projectName", equalTo("Renamed before the register opened"));
    }

    @Test
    void projectCreatedWithoutAKeyIsDeadLetteredNamingTheField() throws Exception {
        Project project = ProjectFeed.newProject();
        try (KafkaTestConsumer deadLetters = KafkaTestConsumer.fromEnd(DEAD_LETTERS)) {
            feed.publish(project, feed.created(new Project(project.id(), null, project.name(), project.manager())));

            ConsumerRecord<String, String> letter = deadLetters.awaitRecord(
                    KafkaTestConsumer.withKey(project.id().toString()));
            assertEquals("io.implementa.project.ProjectCreated " + eventId(letter)
                    + " cannot be applied: projectKey must not be blank", reason(letter));
        }
        given().when().get("/api/v1/projects/{projectId}/risk-register", project.id()).then().statusCode(404);
    }

    @Test
    void projectUpdatedWithoutAManagerIsDeadLetteredAndOpensNoRegister() throws Exception {
        Project project = ProjectFeed.newProject();
        try (KafkaTestConsumer deadLetters = KafkaTestConsumer.fromEnd(DEAD_LETTERS)) {
            feed.publish(project, feed.updated(new Project(project.id(), project.key(), project.name(), null)));

            ConsumerRecord<String, String> letter = deadLetters.awaitRecord(
                    KafkaTestConsumer.withKey(project.id().toString()));
            assertEquals("io.implementa.project.ProjectUpdated " + eventId(letter)
                    + " cannot be applied: manager must not be null", reason(letter));
        }
        given().when().get("/api/v1/projects/{projectId}/risk-register", project.id()).then().statusCode(404);
    }

    @Test
    void unknownRegisterIs404Problem() {
        UUID projectId = UUID.randomUUID();
        given().when().get("/api/v1/projects/{projectId}/risk-register", projectId)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://implementa.io/problems/not-found"))
                .body("detail", equalTo("risk register of project " + projectId + " was not found"));
    }

    private String eventId(ConsumerRecord<String, String> letter) throws Exception {
        return json.readTree(letter.value()).get("id").asText();
    }

    private static String reason(ConsumerRecord<String, String> letter) {
        return new String(letter.headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8);
    }

    /**
     * The types of every risk event of the project published so far: identifies a risk and waits for its
     * event, which the outbox publishes after everything written before it for the same project.
     */
    private List<String> riskEventTypesAfterAll(KafkaTestConsumer events, Project project) throws Exception {
        String riskId = given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Marker","category":"TECHNICAL","probability":1,"impact":1,
                         "owner":{"subject":"sub-owner","email":"owner@example.com","name":"Olu Owner"}}
                        """)
                .when().post("/api/v1/projects/{projectId}/risks", project.id())
                .then().statusCode(201)
                .extract().path("id");
        events.awaitRecord(record -> record.value().contains(riskId));
        List<String> types = new ArrayList<>();
        for (ConsumerRecord<String, String> record : events.records()) {
            if (project.id().toString().equals(record.key())) {
                types.add(json.readTree(record.value()).get("type").asText());
            }
        }
        return types;
    }
}
