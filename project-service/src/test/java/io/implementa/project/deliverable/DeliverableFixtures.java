package io.implementa.project.deliverable;

import static io.restassured.RestAssured.given;

import io.implementa.project.project.Project;
import io.implementa.project.project.ProjectStatus;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.util.UUID;

/** Builds what the deliverable and closure tests start from: members, deliverables, checks, submissions. */
public final class DeliverableFixtures {

    public static final String TOPIC = "implementa.project.events";

    private DeliverableFixtures() {
    }

    public static String base(String projectId) {
        return "/api/v1/projects/" + projectId + "/deliverables";
    }

    /** Adds a member with a fresh subject in the role; returns a token for them. */
    public static String member(String projectId, String role) {
        String subject = role.toLowerCase() + "-" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body("""
                        {"person":{"subject":"%s","email":"%s@example.com","name":"Test %s"},"role":"%s"}
                        """.formatted(subject, subject, subject, role))
                .when().post("/api/v1/projects/" + projectId + "/members")
                .then().statusCode(201);
        return TestTokens.forUser(subject);
    }

    public static String deliverableJson(String name) {
        return """
                {"name":"%s","description":"Cleansed and reconciled",
                 "owner":{"subject":"sub-owner","email":"owner@example.com","name":"Olga Owner"},
                 "dueDate":"2027-06-30",
                 "acceptanceCriteria":["Record counts reconcile","No open severity-1 defects"]}
                """.formatted(name);
    }

    public static String createDeliverable(String projectId, String name) {
        return given().contentType(ContentType.JSON).body(deliverableJson(name))
                .when().post(base(projectId))
                .then().statusCode(201).extract().path("id");
    }

    public static String recordCheck(String projectId, String deliverableId, String name, String result) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"name":"%s","type":"TEST_RUN","result":"%s","evidenceLink":"https://tests.example.com/runs/1"}
                        """.formatted(name, result))
                .when().post(base(projectId) + "/" + deliverableId + "/quality-checks")
                .then().statusCode(201).extract().path("id");
    }

    public static void submit(String projectId, String deliverableId) {
        given().contentType(ContentType.JSON).body("{}")
                .when().post(base(projectId) + "/" + deliverableId + "/submission")
                .then().statusCode(200);
    }

    /** Decides as the default caller, an admin, who is always allowed to. */
    public static void decide(String projectId, String deliverableId, String decision) {
        given().contentType(ContentType.JSON).body("{\"decision\":\"" + decision + "\",\"comment\":\"decided\"}")
                .when().post(base(projectId) + "/" + deliverableId + "/acceptance")
                .then().statusCode(200);
    }

    /** Puts the project into a final status directly, as the gate that closes it belongs elsewhere. */
    public static void setStatus(String projectId, ProjectStatus status) {
        QuarkusTransaction.requiringNew().run(() -> Project.<Project>findById(UUID.fromString(projectId)).status = status);
    }
}
