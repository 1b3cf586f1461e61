package io.implementa.project.task;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.child;
import static io.implementa.project.task.Planning.dependencies;
import static io.implementa.project.task.Planning.link;
import static io.implementa.project.task.Planning.task;
import static io.implementa.project.task.Planning.tasks;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DependencyResourceTest {

    @Inject
    ObjectMapper json;

    private String type(ConsumerRecord<String, String> record) {
        try {
            return json.readTree(record.value()).get("type").asText().replace("io.implementa.project.", "");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String body(String predecessor, String successor) {
        return """
                {"predecessorId":"%s","successorId":"%s","type":"FS","lag":0}""".formatted(predecessor, successor);
    }

    @Test
    void aLinkClosingACycleIsRefusedNamingTheCycle() {
        String projectId = create(uniqueKey());
        String build = task(projectId, "Build", 2);
        String test = task(projectId, "Test", 2);
        String deploy = task(projectId, "Deploy", 1);
        link(projectId, build, test, "FS", 0);
        link(projectId, test, deploy, "SS", 1);
        given().contentType(ContentType.JSON).body(body(deploy, build))
                .when().post(dependencies(projectId))
                .then().statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/dependency-cycle"))
                .body("cycle", hasSize(3))
                .body("cycle.id", containsInAnyOrder(build, test, deploy))
                .body("cycle.name", containsInAnyOrder("Build", "Test", "Deploy"))
                .body("detail", containsString("'Build'"));
        given().when().get(dependencies(projectId)).then().body("totalItems", equalTo(2));
    }

    @Test
    void aTaskCannotDependOnItself() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 1);
        given().contentType(ContentType.JSON).body(body(a, a))
                .when().post(dependencies(projectId))
                .then().statusCode(422).body("errors[0].field", equalTo("successorId"));
    }

    @Test
    void aLinkToATaskOfAnotherProjectIsRefused() {
        String projectId = create(uniqueKey());
        String other = create(uniqueKey());
        String a = task(projectId, "A", 1);
        String foreign = task(other, "Foreign", 1);
        given().contentType(ContentType.JSON).body(body(foreign, a))
                .when().post(dependencies(projectId))
                .then().statusCode(422)
                .body("errors[0].field", equalTo("predecessorId"))
                .body("errors[0].message", containsString("not in this project"));
    }

    @Test
    void aLinkToAnUnknownTaskNamesTheField() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 1);
        given().contentType(ContentType.JSON).body(body(a, UUID.randomUUID().toString()))
                .when().post(dependencies(projectId))
                .then().statusCode(422).body("errors[0].field", equalTo("successorId"));
    }

    @Test
    void aDuplicateLinkIsAConflict() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 1);
        String b = task(projectId, "B", 1);
        link(projectId, a, b, "FS", 0);
        given().contentType(ContentType.JSON).body(body(a, b))
                .when().post(dependencies(projectId))
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/duplicate-dependency"));
    }

    @Test
    void finishToFinishToASummaryIsRefused() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 1);
        String phase = task(projectId, "Phase", 1);
        child(projectId, phase, "Work", null);
        given().contentType(ContentType.JSON).body("""
                {"predecessorId":"%s","successorId":"%s","type":"FF","lag":0}""".formatted(a, phase))
                .when().post(dependencies(projectId))
                .then().statusCode(422).body("type", equalTo("https://implementa.io/problems/invalid-network"));
    }

    @Test
    void aLinkBetweenASummaryAndItsSubtaskIsACycle() {
        String projectId = create(uniqueKey());
        String phase = task(projectId, "Phase", 1);
        String work = child(projectId, phase, "Work", null);
        given().contentType(ContentType.JSON).body(body(phase, work))
                .when().post(dependencies(projectId))
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/dependency-cycle"));
    }

    @Test
    void deletingATaskRemovesItsLinksAndReschedules() {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 2);
        String b = task(projectId, "B", 1);
        link(projectId, a, b, "FS", 0);
        given().when().get(tasks(projectId) + "/" + b).then().body("schedule.start", equalTo("2027-01-06"));
        given().when().delete(tasks(projectId) + "/" + a).then().statusCode(204);
        given().when().get(dependencies(projectId)).then().body("totalItems", equalTo(0));
        given().when().get(tasks(projectId) + "/" + b).then().body("schedule.start", equalTo("2027-01-04"));
    }

    @Test
    void directLinkEditsAreAnnouncedBeforeTheScheduleDelta() throws Exception {
        String projectId = create(uniqueKey());
        String a = task(projectId, "A", 2);
        String b = task(projectId, "B", 1);
        try (var events = KafkaTestConsumer.fromEnd(Planning.TOPIC)) {
            String id = link(projectId, a, b, "SS", 1);
            ConsumerRecord<String, String> added = events.awaitRecord(r -> r.value().contains(id)
                    && r.value().contains("\"io.implementa.project.DependencyAdded\""));
            assertEquals(projectId, added.key());
            JsonNode data = json.readTree(added.value()).get("data");
            assertEquals(id, json.readTree(added.value()).get("subject").asText());
            assertEquals(a, data.get("predecessorTaskId").asText());
            assertEquals(b, data.get("successorTaskId").asText());
            assertEquals("SS", data.get("type").asText());
            assertEquals(1, data.get("lagDays").asInt());
            assertEquals(projectId, data.get("projectId").asText());

            given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"lag\":-1}")
                    .when().patch(dependencies(projectId) + "/" + id).then().statusCode(200);
            JsonNode changed = json.readTree(events.awaitRecord(r -> r.value().contains(id)
                    && r.value().contains("\"io.implementa.project.DependencyChanged\"")).value()).get("data");
            assertEquals(-1, changed.get("lagDays").asInt());

            given().when().delete(dependencies(projectId) + "/" + id).then().statusCode(204);
            JsonNode removed = json.readTree(events.awaitRecord(r -> r.value().contains(id)
                    && r.value().contains("\"io.implementa.project.DependencyRemoved\"")).value()).get("data");
            assertEquals("SS", removed.get("type").asText());
            assertEquals(-1, removed.get("lagDays").asInt());

            List<String> types = events.records().stream().filter(r -> r.key().equals(projectId))
                    .map(this::type)
                    .toList();
            assertEquals("DependencyAdded", types.get(0));
            assertEquals("ScheduleRecomputed", types.get(1));
        }
    }
}
