package io.implementa.resource.allocation;

import static io.implementa.resource.allocation.AllocationFixtures.PROBLEMS;
import static io.implementa.resource.allocation.AllocationFixtures.allocate;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.implementa.resource.ProjectFeed;
import io.implementa.resource.capacity.CapacityTest;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Allocations as CSV; each test allocates to projects and resources of its own. 2027-03-01 is a Monday. */
@QuarkusTest
class AllocationCsvTest {

    static final String CSV = "/api/v1/allocations.csv";
    static final String HEADER = "id,resourceId,resourceName,projectId,taskId,startDate,endDate,percent,hoursPerDay,"
            + "kind,status,critical\r\n";

    @Inject
    ProjectFeed feed;

    static List<Map<String, String>> rows(String body) {
        try (CSVParser parser = CSVParser.parse(new StringReader(body),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords().stream().map(CSVRecord::toMap).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> ids(String body) {
        return rows(body).stream().map(r -> r.get("id")).toList();
    }

    static String equipment(String name) {
        return given().contentType(ContentType.JSON)
                .body("{\"kind\":\"EQUIPMENT\",\"name\":\"" + name + "\"}")
                .when().post("/api/v1/resources")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void exportsAProjectsAllocationsOneRowEachWithAHeader() {
        String resource = CapacityTest.createPerson();
        UUID project = UUID.randomUUID();
        String later = allocate(resource, project, "2027-04-01", "2027-04-30", "\"hoursPerDay\":4", "SOFT");
        String first = allocate(resource, project, "2027-03-01", "2027-03-31", "\"percent\":50", "HARD");
        allocate(resource, UUID.randomUUID(), "2027-03-01", "2027-03-31", "\"percent\":10", "HARD");

        String body = given().queryParam("projectId", project.toString())
                .when().get(CSV)
                .then().statusCode(200)
                .contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"allocations.csv\"")
                .body(startsWith(HEADER))
                .extract().asString();

        List<Map<String, String>> rows = rows(body);
        assertThat(ids(body), contains(first, later)); // by start date
        assertThat(rows.get(0), equalTo(Map.ofEntries(Map.entry("id", first), Map.entry("resourceId", resource),
                Map.entry("resourceName", "Cap Person"), Map.entry("projectId", project.toString()),
                Map.entry("taskId", ""), Map.entry("startDate", "2027-03-01"), Map.entry("endDate", "2027-03-31"),
                Map.entry("percent", "50.00"), Map.entry("hoursPerDay", ""), Map.entry("kind", "HARD"),
                Map.entry("status", "ACTIVE"), Map.entry("critical", "false"))));
        assertThat(List.of(rows.get(1).get("percent"), rows.get(1).get("hoursPerDay"), rows.get(1).get("kind")),
                contains("", "4.00", "SOFT"));
    }

    @Test
    void quotesCommasQuotesAndLineBreaksInResourceNames() {
        String resource = equipment("Rig, \\\"big\\\"\\nsecond line");
        UUID project = UUID.randomUUID();
        String id = allocate(resource, project, "2027-03-01", "2027-03-05", "\"hoursPerDay\":2", "HARD");

        String body = given().queryParam("projectId", project.toString())
                .when().get(CSV)
                .then().statusCode(200)
                .body(containsString(id + "," + resource + ",\"Rig, \"\"big\"\"\nsecond line\"," + project + ","))
                .extract().asString();
        assertThat(rows(body), hasSize(1));
        assertThat(rows(body).get(0).get("resourceName"), equalTo("Rig, \"big\"\nsecond line"));
    }

    @Test
    void exportsAResourcesAllocationsWithTheListsFilters() {
        String resource = CapacityTest.createPerson();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        String march = allocate(resource, a, "2027-03-01", "2027-03-31", "\"percent\":20", "HARD");
        String april = allocate(resource, b, "2027-04-01", "2027-04-30", "\"percent\":20", "HARD");
        String soft = allocate(resource, b, "2027-03-15", "2027-04-15", "\"percent\":20", "SOFT");
        String released = allocate(resource, a, "2027-05-03", "2027-05-07", "\"percent\":20", "HARD");
        given().when().delete("/api/v1/allocations/" + released).then().statusCode(200);

        assertThat(ids(given().queryParam("resourceId", resource).when().get(CSV).then().statusCode(200)
                .extract().asString()), contains(march, soft, april, released));
        assertThat(ids(given().queryParam("resourceId", resource).queryParam("kind", "HARD")
                .queryParam("status", "ACTIVE").when().get(CSV).then().statusCode(200).extract().asString()),
                contains(march, april));
        assertThat(ids(given().queryParam("resourceId", resource).queryParam("from", "2027-04-01")
                .queryParam("to", "2027-04-10").queryParam("sort", "-endDate")
                .when().get(CSV).then().statusCode(200).extract().asString()), contains(april, soft));
        Map<String, String> row = rows(given().queryParam("resourceId", resource).queryParam("status", "RELEASED")
                .when().get(CSV).then().statusCode(200).extract().asString()).get(0);
        assertThat(List.of(row.get("id"), row.get("status")), contains(released, "RELEASED"));
    }

    @Test
    void taskAllocationsCarryTheirTaskAndCriticality() {
        String resource = CapacityTest.createPerson();
        UUID project = UUID.randomUUID();
        ProjectFeed.Assignment assignment = new ProjectFeed.Assignment(project, UUID.randomUUID(), UUID.randomUUID(),
                "Migrate vendors", UUID.fromString(resource), new BigDecimal("50"), null,
                LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-12"), true);
        feed.assignmentAdded(assignment);

        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> assertThat(rows(given()
                .queryParam("projectId", project.toString()).when().get(CSV).then().statusCode(200)
                .extract().asString()), hasSize(1)));
        Map<String, String> row = rows(given().queryParam("projectId", project.toString())
                .when().get(CSV).then().statusCode(200).extract().asString()).get(0);
        assertThat(List.of(row.get("taskId"), row.get("resourceId"), row.get("startDate"), row.get("endDate"),
                row.get("kind"), row.get("critical")),
                contains(assignment.taskId().toString(), resource, "2027-03-01", "2027-03-12", "HARD", "true"));
    }

    @Test
    void anEmptySelectionIsTheHeaderAloneAndAnUnknownSortIs422() {
        given().queryParam("projectId", UUID.randomUUID().toString())
                .when().get(CSV)
                .then().statusCode(200).contentType("text/csv; charset=UTF-8").body(equalTo(HEADER));
        given().queryParam("sort", "percent")
                .when().get(CSV)
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void everyAuthenticatedCallerExportsAllocationsAndAnonymousCallersGet401() {
        String resource = CapacityTest.createPerson();
        UUID project = UUID.randomUUID();
        String id = allocate(resource, project, "2027-03-01", "2027-03-05", "\"percent\":50", "HARD");

        String body = given().auth().oauth2(TestTokens.forUser("reader-" + UUID.randomUUID()))
                .queryParam("projectId", project.toString())
                .when().get(CSV)
                .then().statusCode(200).extract().asString();
        assertThat(ids(body), contains(id));

        given().header("Authorization", "").queryParam("projectId", project.toString())
                .when().get(CSV)
                .then().statusCode(401).body(containsString(PROBLEMS + "unauthenticated"));
    }
}
