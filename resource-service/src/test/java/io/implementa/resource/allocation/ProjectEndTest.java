package io.implementa.resource.allocation;

import static io.implementa.resource.allocation.AllocationFixtures.PROBLEMS;
import static io.implementa.resource.allocation.AllocationFixtures.allocate;
import static io.implementa.resource.allocation.AllocationFixtures.allocationJson;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.implementa.resource.ProjectFeed;
import io.implementa.resource.capacity.CapacityTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A project closed or cancelled in the project-service ends its allocations here. */
@QuarkusTest
class ProjectEndTest {

    @Inject
    ProjectFeed feed;

    @Test
    void closingAProjectEndsItsAllocationsOnTheClosingDay() {
        String person = CapacityTest.createPerson();
        UUID project = UUID.randomUUID();
        String running = allocate(person, project, "2027-01-04", "2027-12-17", "\"percent\":50", "HARD");
        String later = allocate(person, project, "2027-09-01", "2027-10-29", "\"percent\":20", "SOFT");
        String past = allocate(person, project, "2027-01-04", "2027-02-26", "\"percent\":20", "HARD");
        feed.closed(project, Instant.parse("2027-06-30T16:00:00Z"));
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given()
                .when().get("/api/v1/allocations/{allocationId}", running)
                .then().statusCode(200).body("endDate", equalTo("2027-06-30")).body("status", equalTo("ACTIVE")));
        given().when().get("/api/v1/allocations/{allocationId}", later)
                .then().statusCode(200).body("status", equalTo("RELEASED"));
        given().when().get("/api/v1/allocations/{allocationId}", past)
                .then().statusCode(200).body("endDate", equalTo("2027-02-26")).body("version", equalTo(0));
    }

    @Test
    void cancelledProjectTakesNoNewAllocations() {
        String person = CapacityTest.createPerson();
        UUID project = UUID.randomUUID();
        feed.cancelled(project, Instant.parse("2027-03-01T09:00:00Z"));
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given().contentType(ContentType.JSON)
                .body(allocationJson(person, project, "2027-04-01", "2027-04-30", "\"percent\":20", "HARD"))
                .when().post("/api/v1/allocations")
                .then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "project-ended")));
    }

    @Test
    void closingAProjectResolvesTheOverAllocationItCaused() {
        String person = CapacityTest.createPerson();
        UUID closing = UUID.randomUUID();
        allocate(person, UUID.randomUUID(), "2027-03-01", "2027-03-31", "\"percent\":100", "HARD");
        allocate(person, closing, "2027-03-15", "2027-03-31", "\"percent\":50", "HARD");
        given().when().get("/api/v1/resources/{id}/over-allocations", person).then().body("", hasSize(1));
        feed.closed(closing, Instant.parse("2027-03-10T12:00:00Z"));
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given()
                .when().get("/api/v1/resources/{id}/over-allocations", person)
                .then().statusCode(200).body("", hasSize(0)));
    }
}
