package io.implementa.resource.allocation;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;

/** Requests the allocation tests share. 2027-03-01 is a Monday. */
public final class AllocationFixtures {

    static final String TOPIC = "implementa.resource.events";
    static final String PROBLEMS = "https://implementa.io/problems/";

    private AllocationFixtures() {
    }

    public static String allocationJson(String resource, UUID project, String start, String end, String load,
            String kind) {
        return """
                {"resourceId":"%s","projectId":"%s","startDate":"%s","endDate":"%s",%s,"kind":"%s"}
                """.formatted(resource, project, start, end, load, kind);
    }

    /** A HARD allocation at the load given ({@code "percent":50} or {@code "hoursPerDay":4}); returns its id. */
    public static String allocate(String resource, UUID project, String start, String end, String load,
            String kind) {
        return given().contentType(ContentType.JSON).body(allocationJson(resource, project, start, end, load, kind))
                .when().post("/api/v1/allocations")
                .then().statusCode(201)
                .extract().path("id");
    }
}
