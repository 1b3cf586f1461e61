package io.implementa.project.lifecycle;

import static io.implementa.project.project.ProjectResourceTest.projectJson;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Test steps for a project's lifecycle, run as the default (admin) caller unless a token is given. */
public final class Lifecycle {

    public static final String TOPIC = "implementa.project.events";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Lifecycle() {
    }

    /** A project with its own manager and sponsor subjects (so tokens for them act on this project only). */
    public record People(String projectId, String key, String manager, String sponsor) {
    }

    public static People project() {
        String key = uniqueKey();
        String manager = "m-" + UUID.randomUUID();
        String sponsor = "s-" + UUID.randomUUID();
        String body = projectJson(key).replace("sub-manager", manager).replace("sub-sponsor", sponsor);
        String id = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/projects")
                .then().statusCode(201).extract().path("id");
        return new People(id, key, manager, sponsor);
    }

    public static void addMember(String projectId, String subject, String role) {
        given().contentType(ContentType.JSON)
                .body("{\"person\":{\"subject\":\"" + subject + "\",\"email\":\"" + subject + "@example.com\","
                        + "\"name\":\"" + subject + "\"},\"role\":\"" + role + "\"}")
                .when().post("/api/v1/projects/" + projectId + "/members")
                .then().statusCode(201);
    }

    /** Passes the gates in order, each with a waiver so that whatever criteria apply cannot stop the walk. */
    public static void walk(String projectId, String... gates) {
        for (String gate : gates) {
            given().contentType(ContentType.JSON)
                    .body("{\"gate\":\"" + gate + "\",\"waiverReason\":\"Test walk through the lifecycle\"}")
                    .when().post("/api/v1/projects/" + projectId + "/phase-transitions")
                    .then().statusCode(201);
        }
    }

    public static void changeStatus(String projectId, String status, String reason) {
        given().contentType(ContentType.JSON)
                .body("{\"status\":\"" + status + "\",\"reason\":\"" + reason + "\"}")
                .when().post("/api/v1/projects/" + projectId + "/status-changes")
                .then().statusCode(201);
    }

    /** Returns the new item's id. */
    public static String addChecklistItem(String projectId, String gate, String text) {
        return given().contentType(ContentType.JSON).body("{\"text\":\"" + text + "\"}")
                .when().post("/api/v1/projects/" + projectId + "/gates/" + gate + "/checklist")
                .then().statusCode(201).extract().path("id");
    }

    /** Records of the project's events of the given type. */
    public static Predicate<ConsumerRecord<String, String>> event(String projectId, String type) {
        return record -> projectId.equals(record.key()) && type.equals(read(record).path("type").asText());
    }

    public static JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
