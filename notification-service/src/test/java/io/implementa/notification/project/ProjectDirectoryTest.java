package io.implementa.notification.project;

import static io.implementa.notification.project.ProjectServiceFeed.WAIT;
import static io.implementa.notification.project.ProjectServiceFeed.newPerson;
import static io.implementa.notification.project.ProjectServiceFeed.newProject;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.notification.project.ProjectServiceFeed.TestProject;
import io.implementa.platform.inbox.DeadLetters;
import io.implementa.platform.people.PersonRef;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The project directory, built from project events published to the real broker and read back over REST. */
@QuarkusTest
class ProjectDirectoryTest {

    static final String NOTIFICATION_EVENTS = "implementa.notification.events";
    static final String DEAD_LETTERS = "implementa.notification-service.dlt";

    @Inject
    ProjectServiceFeed feed;

    @Inject
    ObjectMapper json;

    @Test
    void buildsANewProjectsDirectoryFromItsSponsorAndManager() {
        TestProject project = feed.announce(newProject());

        given().queryParam("sort", "name")
                .when().get("/api/v1/projects/{id}/recipients", project.id())
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("items.recipient.person.subject",
                        contains(project.manager().subject(), project.sponsor().subject()))
                .body("items.roles", contains(List.of("MANAGER"), List.of("SPONSOR")))
                .body("items[0].recipient.kind", equalTo("PERSON"))
                .body("items[0].recipient.displayName", equalTo("Mia Manager"))
                .body("items[0].recipient.source", equalTo("PROJECT"))
                .body("items[0].recipient.email", equalTo(project.manager().email()))
                .body("items[0].recipient.preferredChannel", equalTo("EMAIL"))
                .body("items[0].recipient.channelAddress", equalTo(project.manager().email()))
                .body("items[0].recipient.frequency", equalTo("IMMEDIATE"))
                .body("items[0].recipient.timeZone", equalTo("UTC"))
                .body("items[0].recipient.locale", equalTo("en"))
                .body("items[0].recipient.active", equalTo(true));
    }

    @Test
    void recordsTheProjectItHeardOf() {
        TestProject project = feed.announce(newProject());

        given().when().get("/api/v1/projects/{id}", project.id())
                .then().statusCode(200)
                .body("id", equalTo(project.id().toString()))
                .body("key", equalTo(project.key()))
                .body("name", equalTo(project.name()))
                .body("status", equalTo("PROPOSED"));
    }

    @Test
    void announcesTheDirectoryBuiltForANewProject() throws Exception {
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(NOTIFICATION_EVENTS)) {
            TestProject project = feed.announce(newProject());

            ConsumerRecord<String, String> record = events.awaitRecord(
                    KafkaTestConsumer.withKey(project.id().toString()));
            JsonNode event = json.readTree(record.value());
            assertEquals("io.implementa.notification.RecipientDirectoryUpdated", event.get("type").asText());
            assertEquals("/implementa/notification-service", event.get("source").asText());
            assertEquals(project.id().toString(), event.get("subject").asText());
            assertEquals(1, event.get("schemaversion").asInt());
            assertEquals(project.id().toString(), event.get("data").get("projectId").asText());
            assertEquals(project.key(), event.get("data").get("projectKey").asText());
            assertEquals(2, event.get("data").get("recipientCount").asInt());
        }
    }

    @Test
    void appliesAProjectCreatedDeliveredTwiceOnce() {
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(NOTIFICATION_EVENTS)) {
            TestProject project = newProject();
            byte[] created = feed.created(project);
            int partition = feed.publish(project, created);
            feed.publish(project, created);
            feed.awaitApplied(partition);

            given().when().get("/api/v1/projects/{id}/recipients", project.id())
                    .then().statusCode(200).body("totalItems", equalTo(2));
            events.awaitRecord(KafkaTestConsumer.withKey(project.id().toString()));
            assertAnnouncedOnce(events, project);
            given().queryParam("q", project.manager().email())
                    .when().get("/api/v1/recipients")
                    .then().statusCode(200).body("totalItems", equalTo(1));
        }
    }

    @Test
    void ignoresAnotherProjectCreatedOfAKnownProject() {
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(NOTIFICATION_EVENTS)) {
            TestProject project = feed.announce(newProject());
            TestProject stale = project.withName("First state, re-sent").withManager(newPerson("Old Manager"));

            int partition = feed.publish(project, feed.created(stale));
            feed.awaitApplied(partition);

            given().when().get("/api/v1/projects/{id}", project.id())
                    .then().statusCode(200).body("name", equalTo(project.name()));
            given().when().get("/api/v1/projects/{id}/recipients", project.id())
                    .then().statusCode(200)
                    .body("items.recipient.person.subject", not(hasItem(stale.manager().subject())));
            events.awaitRecord(KafkaTestConsumer.withKey(project.id().toString()));
            assertAnnouncedOnce(events, project);
        }
    }

    @Test
    void keepsAPersonManagingTwoProjectsAsOneRecipientLinkedToBoth() {
        PersonRef manager = newPerson("Max Manager");
        TestProject first = feed.announce(newProject().withManager(manager));
        TestProject second = feed.announce(newProject().withManager(manager));

        String recipientId = given().queryParam("q", manager.email())
                .when().get("/api/v1/recipients")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .extract().path("items[0].id");
        for (TestProject project : List.of(first, second)) {
            given().when().get("/api/v1/projects/{id}/recipients", project.id())
                    .then().statusCode(200)
                    .body("items.findAll { it.roles == ['MANAGER'] }.recipient.id", contains(recipientId));
        }
    }

    @Test
    void givesASponsorWhoAlsoManagesBothRolesAsOneRecipient() {
        PersonRef both = newPerson("Bo Both");
        TestProject project = feed.announce(newProject().withSponsor(both).withManager(both));

        given().when().get("/api/v1/projects/{id}/recipients", project.id())
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].recipient.person.subject", equalTo(both.subject()))
                .body("items[0].roles", contains("SPONSOR", "MANAGER"));
    }

    @Test
    void buildsAndAnnouncesTheDirectoryFromAnUpdateWithoutAnEarlierCreation() throws Exception {
        TestProject project = newProject();
        TestProject updated = project.withName("Renamed before it was announced").withManager(newPerson("Nia New"));
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(NOTIFICATION_EVENTS)) {
            feed.publish(project, feed.updated(updated));

            await().atMost(WAIT).untilAsserted(() -> given().when().get("/api/v1/projects/{id}", project.id())
                    .then().statusCode(200)
                    .body("key", equalTo(project.key()))
                    .body("name", equalTo("Renamed before it was announced")));
            given().when().get("/api/v1/projects/{id}/recipients", project.id())
                    .then().statusCode(200)
                    .body("totalItems", equalTo(2))
                    .body("items.findAll { it.roles == ['SPONSOR'] }.recipient.person.subject",
                            contains(project.sponsor().subject()))
                    .body("items.findAll { it.roles == ['MANAGER'] }.recipient.person.subject",
                            contains(updated.manager().subject()));

            JsonNode event = json.readTree(events.awaitRecord(KafkaTestConsumer.withKey(project.id().toString()))
                    .value());
            assertEquals("io.implementa.notification.RecipientDirectoryUpdated", event.get("type").asText());
            assertEquals(2, event.get("data").get("recipientCount").asInt());
            assertAnnouncedOnce(events, project);
        }
    }

    @Test
    void ignoresAProjectCreatedArrivingAfterAnUpdate() {
        TestProject project = newProject();
        TestProject updated = project.withName("Renamed before it was announced").withManager(newPerson("Nia New"));
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(NOTIFICATION_EVENTS)) {
            feed.publish(project, feed.updated(updated));
            ProjectServiceFeed.awaitKnown(project);

            int partition = feed.publish(project, feed.created(project));
            feed.awaitApplied(partition);

            given().when().get("/api/v1/projects/{id}", project.id())
                    .then().statusCode(200).body("name", equalTo("Renamed before it was announced"));
            given().when().get("/api/v1/projects/{id}/recipients", project.id())
                    .then().statusCode(200)
                    .body("items.recipient.person.subject", not(hasItem(project.manager().subject())))
                    .body("items.findAll { it.roles == ['MANAGER'] }.recipient.person.subject",
                            contains(updated.manager().subject()));
            events.awaitRecord(KafkaTestConsumer.withKey(project.id().toString()));
            assertAnnouncedOnce(events, project);
        }
    }

    @Test
    void takesInAProjectsNewKeyNameAndStatus() {
        TestProject project = feed.announce(newProject());
        String newKey = ProjectServiceFeed.newKey();
        TestProject changed = new TestProject(project.id(), newKey, "Wave 2", "ACTIVE", project.sponsor(),
                project.manager());

        feed.publish(project, feed.updated(changed));

        await().atMost(WAIT).untilAsserted(() -> given().when().get("/api/v1/projects/{id}", project.id())
                .then().statusCode(200)
                .body("key", equalTo(newKey))
                .body("name", equalTo("Wave 2"))
                .body("status", equalTo("ACTIVE")));
    }

    @Test
    void movesTheManagerRoleToTheNewManager() {
        TestProject project = feed.announce(newProject());
        PersonRef successor = newPerson("Sol Successor");

        int partition = feed.publish(project, feed.updated(project.withManager(successor)));
        feed.awaitApplied(partition);

        given().when().get("/api/v1/projects/{id}/recipients", project.id())
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.recipient.person.subject",
                        containsInAnyOrder(project.sponsor().subject(), successor.subject()))
                .body("items.recipient.person.subject", not(hasItem(project.manager().subject())))
                .body("items.findAll { it.roles == ['MANAGER'] }.recipient.person.subject",
                        contains(successor.subject()));
        // The former manager stays in the directory, for the other projects they may be in.
        given().queryParam("q", project.manager().email())
                .when().get("/api/v1/recipients")
                .then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void linksADirectlyRegisteredPersonWithoutChangingTheirPreferences() {
        PersonRef person = newPerson("Dana Direct");
        String recipientId = given().contentType(ContentType.JSON)
                .body("""
                        {"kind":"PERSON","person":{"subject":"%s","email":"%s","name":"%s"},
                         "preferredChannel":"EMAIL","frequency":"WEEKLY_DIGEST","timeZone":"Europe/Madrid","locale":"es"}
                        """.formatted(person.subject(), person.email(), person.name()))
                .when().post("/api/v1/recipients")
                .then().statusCode(201)
                .extract().path("id");

        TestProject project = feed.announce(newProject().withSponsor(person));

        given().when().get("/api/v1/projects/{id}/recipients", project.id())
                .then().statusCode(200)
                .body("items.findAll { it.roles == ['SPONSOR'] }.recipient.id", contains(recipientId))
                .body("items.findAll { it.roles == ['SPONSOR'] }.recipient.source", contains("DIRECT"))
                .body("items.findAll { it.roles == ['SPONSOR'] }.recipient.frequency", contains("WEEKLY_DIGEST"))
                .body("items.findAll { it.roles == ['SPONSOR'] }.recipient.timeZone", contains("Europe/Madrid"));
    }

    @Test
    void listsOnlyTheRecipientsOfTheProjectAskedFor() {
        TestProject project = feed.announce(newProject());
        feed.announce(newProject());

        given().queryParam("projectId", project.id())
                .when().get("/api/v1/recipients")
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("items.person.subject",
                        containsInAnyOrder(project.sponsor().subject(), project.manager().subject()));
    }

    @Test
    void deadLettersAProjectCreatedWithoutAManager() throws Exception {
        TestProject project = newProject().withManager(null);
        try (KafkaTestConsumer deadLetters = KafkaTestConsumer.fromEnd(DEAD_LETTERS)) {
            feed.publish(project, feed.created(project));

            ConsumerRecord<String, String> letter = deadLetters.awaitRecord(
                    KafkaTestConsumer.withKey(project.id().toString()));
            assertEquals("io.implementa.project.ProjectCreated " + eventId(letter)
                    + " cannot be applied: manager must not be null", reason(letter));
        }
        given().when().get("/api/v1/projects/{id}", project.id()).then().statusCode(404);
    }

    @Test
    void deadLettersAProjectUpdatedWithoutASponsorAndRecordsNoProject() throws Exception {
        TestProject project = newProject().withSponsor(null);
        try (KafkaTestConsumer deadLetters = KafkaTestConsumer.fromEnd(DEAD_LETTERS)) {
            feed.publish(project, feed.updated(project));

            ConsumerRecord<String, String> letter = deadLetters.awaitRecord(
                    KafkaTestConsumer.withKey(project.id().toString()));
            assertEquals("io.implementa.project.ProjectUpdated " + eventId(letter)
                    + " cannot be applied: sponsor must not be null", reason(letter));
        }
        given().when().get("/api/v1/projects/{id}", project.id()).then().statusCode(404);
    }

    @Test
    void unknownProjectIs404ForTheProjectAndItsRecipients() {
        TestProject project = newProject();
        given().when().get("/api/v1/projects/{id}/recipients", project.id())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://implementa.io/problems/not-found"))
                .body("detail", equalTo("project " + project.id() + " was not found"));
        given().when().get("/api/v1/projects/{id}", project.id())
                .then().statusCode(404).contentType("application/problem+json");
    }

    /** The relay publishes within milliseconds of a commit; a second announcement would show up by now. */
    private static void assertAnnouncedOnce(KafkaTestConsumer events, TestProject project) {
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).pollInSameThread()
                .until(() -> events.records().stream()
                        .filter(KafkaTestConsumer.withKey(project.id().toString())).count() == 1);
    }

    private String eventId(ConsumerRecord<String, String> letter) throws Exception {
        return json.readTree(letter.value()).get("id").asText();
    }

    private static String reason(ConsumerRecord<String, String> letter) {
        return new String(letter.headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8);
    }
}
