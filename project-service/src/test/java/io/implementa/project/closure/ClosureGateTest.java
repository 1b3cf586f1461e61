package io.implementa.project.closure;

import static io.implementa.project.deliverable.DeliverableFixtures.createDeliverable;
import static io.implementa.project.deliverable.DeliverableFixtures.decide;
import static io.implementa.project.deliverable.DeliverableFixtures.submit;
import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The closure criteria as the gate preview shows them to a project manager. */
@QuarkusTest
class ClosureGateTest {

    private static String gate(String projectId, String gate) {
        return "/api/v1/projects/" + projectId + "/gates/" + gate;
    }

    @Test
    void startingClosureShowsTheOpenDeliverables() {
        String projectId = create(uniqueKey());
        createDeliverable(projectId, "Data migrated");
        given().when().get(gate(projectId, "START_CLOSURE"))
                .then().statusCode(200)
                .body("criteria.find { it.id == 'deliverables-accepted' }.met", equalTo(false))
                .body("criteria.find { it.id == 'deliverables-accepted' }.detail", containsString("'Data migrated' (PLANNED)"))
                .body("criteria.id", not(hasItem("review-recorded")));
    }

    @Test
    void closingTheProjectNeedsAcceptedDeliverablesAndAReview() {
        String projectId = create(uniqueKey());
        String deliverable = createDeliverable(projectId, "Go-live");
        given().when().get(gate(projectId, "CLOSE_PROJECT"))
                .then().statusCode(200)
                .body("criteria.find { it.id == 'deliverables-accepted' }.met", equalTo(false))
                .body("criteria.find { it.id == 'review-recorded' }.met", equalTo(false));

        submit(projectId, deliverable);
        decide(projectId, deliverable, "ACCEPTED");
        given().contentType(ContentType.JSON).body(ReviewResourceTest.REVIEW.formatted(UUID.randomUUID()))
                .when().put("/api/v1/projects/" + projectId + "/review").then().statusCode(201);
        given().when().get(gate(projectId, "CLOSE_PROJECT"))
                .then().statusCode(200)
                .body("criteria.find { it.id == 'deliverables-accepted' }.met", equalTo(true))
                .body("criteria.find { it.id == 'review-recorded' }.met", equalTo(true));
    }
}
