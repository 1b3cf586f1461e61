package io.implementa.risk.risk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.risk.ProjectFeed;
import io.implementa.risk.ProjectFeed.Project;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Risks identified, read and listed over HTTP, and announced on the broker. */
@QuarkusTest
class RiskResourceTest {

    static final String RISK_EVENTS = "implementa.risk.events";
    static final String PROBLEM = "application/problem+json";
    static final String RISKS = "/api/v1/projects/{projectId}/risks";

    @Inject
    ProjectFeed feed;

    @Inject
    ObjectMapper json;

    static String riskJson(String title, String category, int probability, int impact) {
        return """
                {"title":"%s",
                 "description":{"cause":"The legacy customer data has no owner",
                                "event":"Customer records fail validation at cut-over",
                                "effect":"Go-live slips by two weeks"},
                 "category":"%s","probability":%d,"impact":%d,
                 "owner":{"subject":"sub-owner","email":"owner@example.com","name":"Olu Owner"}}
                """.formatted(title, category, probability, impact);
    }

    static String identify(Project project, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(RISKS, project.id())
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void identifiesARiskWithAComputedScoreAndAnnouncesIt() throws Exception {
        Project project = feed.openRegister();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            String id = given().contentType(ContentType.JSON)
                    .body(riskJson("Customer data fails validation", "DATA_MIGRATION", 4, 3))
                    .when().post(RISKS, project.id())
                    .then().statusCode(201)
                    .header("Location", startsWith("http"))
                    .header("Location", containsString("/api/v1/projects/" + project.id() + "/risks/"))
                    .header("ETag", "\"0\"")
                    .body("key", equalTo(project.key() + "-R-001"))
                    .body("projectId", equalTo(project.id().toString()))
                    .body("title", equalTo("Customer data fails validation"))
                    .body("description.cause", equalTo("The legacy customer data has no owner"))
                    .body("description.effect", equalTo("Go-live slips by two weeks"))
                    .body("category", equalTo("DATA_MIGRATION"))
                    .body("probability", equalTo(4))
                    .body("impact", equalTo(3))
                    .body("score", equalTo(12))
                    .body("status", equalTo("IDENTIFIED"))
                    .body("owner.email", equalTo("owner@example.com"))
                    .extract().path("id");

            ConsumerRecord<String, String> record = events.awaitRecord(KafkaTestConsumer.withKey(project.id().toString()));
            JsonNode event = json.readTree(record.value());
            JsonNode data = event.get("data");
            assertEquals("io.implementa.risk.RiskIdentified", event.get("type").asText());
            assertEquals(id, event.get("subject").asText());
            assertEquals(id, data.get("riskId").asText());
            assertEquals(project.key() + "-R-001", data.get("riskKey").asText());
            assertEquals(project.id().toString(), data.get("projectId").asText());
            assertEquals(project.key(), data.get("projectKey").asText());
            assertEquals("Customer data fails validation", data.get("title").asText());
            assertEquals("DATA_MIGRATION", data.get("category").asText());
            assertEquals(4, data.get("probability").asInt());
            assertEquals(3, data.get("impact").asInt());
            assertEquals(12, data.get("score").asInt());
            assertEquals("sub-owner", data.get("owner").get("subject").asText());
            assertEquals("Olu Owner", data.get("owner").get("name").asText());
            assertEquals("IDENTIFIED", data.get("status").asText());
        }
    }

    @Test
    void numbersRisksPerRegister() {
        Project first = feed.openRegister();
        Project second = feed.openRegister();
        identify(first, riskJson("One", "COST", 1, 1));
        given().contentType(ContentType.JSON).body(riskJson("Two", "COST", 1, 1))
                .when().post(RISKS, first.id())
                .then().statusCode(201).body("key", equalTo(first.key() + "-R-002"));
        given().contentType(ContentType.JSON).body(riskJson("Other project", "COST", 1, 1))
                .when().post(RISKS, second.id())
                .then().statusCode(201).body("key", equalTo(second.key() + "-R-001"));
    }

    @Test
    void concurrentlyIdentifiedRisksGetDistinctConsecutiveKeys() throws Exception {
        Project project = feed.openRegister();
        int count = 8;
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Callable<String>> requests = IntStream.rangeClosed(1, count)
                    .mapToObj(n -> (Callable<String>) () -> given().contentType(ContentType.JSON)
                            .body(riskJson("Concurrent " + n, "RESOURCE", 2, 2))
                            .when().post(RISKS, project.id())
                            .then().statusCode(201)
                            .extract().<String>path("key"))
                    .toList();
            List<String> keys = new ArrayList<>();
            for (Future<String> key : pool.invokeAll(requests)) {
                keys.add(key.get());
            }
            List<String> expected = IntStream.rangeClosed(1, count)
                    .mapToObj(n -> project.key() + "-R-%03d".formatted(n)).toList();
            assertEquals(expected, keys.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readsARiskWithItsEtag() {
        Project project = feed.openRegister();
        String id = identify(project, riskJson("Vendor misses the interface delivery", "VENDOR", 3, 5));
        given().when().get(RISKS + "/{riskId}", project.id(), id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("key", equalTo(project.key() + "-R-001"))
                .body("score", equalTo(15))
                .body("description.event", equalTo("Customer records fail validation at cut-over"));
    }

    @Test
    void riskWithoutADescriptionHasAnEmptyOne() {
        Project project = feed.openRegister();
        given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Key users are not released for training","category":"ORGANISATIONAL_CHANGE",
                         "probability":3,"impact":3,
                         "owner":{"subject":"sub-owner","email":"owner@example.com","name":"Olu Owner"}}
                        """)
                .when().post(RISKS, project.id())
                .then().statusCode(201)
                .body("description.cause", nullValue())
                .body("description.event", nullValue())
                .body("description.effect", nullValue());
    }

    @Test
    void refusesARiskForAProjectThisServiceDoesNotKnow() {
        UUID projectId = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(riskJson("Too early", "SCHEDULE", 2, 2))
                .when().post(RISKS, projectId)
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://implementa.io/problems/unknown-project"))
                .body("title", equalTo("Unknown project"))
                .body("detail", containsString("project " + projectId + " is not known"))
                .body("detail", containsString("if it was created a moment ago"))
                .body("errors[0].field", equalTo("projectId"));
    }

    @Test
    void refusesAnOutOfRangeProbabilityAndAMissingTitleNamingBoth() {
        Project project = feed.openRegister();
        String body = riskJson("x", "TECHNICAL", 6, 3).replace("\"title\":\"x\",", "");
        given().contentType(ContentType.JSON).body(body)
                .when().post(RISKS, project.id())
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://implementa.io/problems/validation"))
                .body("errors", hasSize(2))
                .body("errors.field", hasItem("probability"))
                .body("errors.field", hasItem("title"))
                .body("detail", equalTo("2 fields are invalid"));
    }

    @Test
    void refusesAnOwnerWithoutEmail() {
        Project project = feed.openRegister();
        String body = riskJson("x", "SECURITY", 2, 2).replace("\"email\":\"owner@example.com\",", "");
        given().contentType(ContentType.JSON).body(body)
                .when().post(RISKS, project.id())
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("owner.email"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"score\":25", "\"key\":\"X-R-999\"", "\"status\":\"CLOSED\"" })
    void refusesServerOwnedFields(String field) {
        Project project = feed.openRegister();
        String body = riskJson("x", "COMPLIANCE", 2, 2).replace("{\"title\"", "{" + field + ",\"title\"");
        String name = field.substring(1, field.indexOf('"', 1));
        given().contentType(ContentType.JSON).body(body)
                .when().post(RISKS, project.id())
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://implementa.io/problems/malformed-request"))
                .body("errors[0].field", equalTo(name))
                .body("errors[0].message", equalTo("unknown field"));
        given().when().get(RISKS, project.id()).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void unknownRiskIs404Problem() {
        Project project = feed.openRegister();
        UUID riskId = UUID.randomUUID();
        given().when().get(RISKS + "/{riskId}", project.id(), riskId)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://implementa.io/problems/not-found"))
                .body("detail", equalTo("risk " + riskId + " was not found"));
    }

    @Test
    void riskOfAnotherProjectIs404() {
        Project owner = feed.openRegister();
        Project other = feed.openRegister();
        String id = identify(owner, riskJson("Belongs elsewhere", "INTEGRATION", 2, 2));
        given().when().get(RISKS + "/{riskId}", other.id(), id)
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("risk " + id + " was not found"));
    }

    @Test
    void listsRisksFilteredByStatusCategoryAndMinimumScore() {
        Project project = feed.openRegister();
        identify(project, riskJson("Low integration", "INTEGRATION", 1, 2));
        String high = identify(project, riskJson("High integration", "INTEGRATION", 4, 4));
        identify(project, riskJson("High security", "SECURITY", 5, 4));

        given().queryParam("category", "INTEGRATION").queryParam("minScore", 12).queryParam("status", "IDENTIFIED")
                .when().get(RISKS, project.id())
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(high))
                .body("items[0].score", equalTo(16));
        given().queryParam("minScore", 12)
                .when().get(RISKS, project.id())
                .then().statusCode(200)
                .body("items.score", everyItem(greaterThanOrEqualTo(12)))
                .body("totalItems", equalTo(2));
        given().queryParam("status", "CLOSED")
                .when().get(RISKS, project.id())
                .then().statusCode(200).body("totalItems", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void listsHighestScoreFirstByDefault() {
        Project project = feed.openRegister();
        identify(project, riskJson("Medium", "COST", 2, 3));
        identify(project, riskJson("High", "COST", 5, 5));
        identify(project, riskJson("Low", "COST", 1, 1));

        given().when().get(RISKS, project.id())
                .then().statusCode(200)
                .body("items.title", equalTo(List.of("High", "Medium", "Low")))
                .body("items.score", equalTo(List.of(25, 6, 1)));
    }

    @Test
    void pagesThroughRisksSortedByKey() {
        Project project = feed.openRegister();
        for (int n = 1; n <= 5; n++) {
            identify(project, riskJson("Risk " + n, "SCHEDULE", 1 + n % 5, 2));
        }
        List<String> links = given().queryParam("sort", "key").queryParam("page", 1).queryParam("size", 2)
                .when().get(RISKS, project.id())
                .then().statusCode(200)
                .header("X-Total-Count", "5")
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalPages", equalTo(3))
                .body("items.key", equalTo(List.of(project.key() + "-R-003", project.key() + "-R-004")))
                .extract().headers().getValues("Link");
        assertThat(links, hasItem(allOf(containsString("page=2&size=2"), endsWith("rel=\"next\""))));
        assertThat(links, hasItem(allOf(containsString("page=0&size=2"), endsWith("rel=\"prev\""))));
        given().queryParam("sort", "-key").queryParam("size", 2)
                .when().get(RISKS, project.id())
                .then().statusCode(200)
                .body("items.key", equalTo(List.of(project.key() + "-R-005", project.key() + "-R-004")));
    }

    @Test
    void refusesSortingByAnUnknownField() {
        Project project = feed.openRegister();
        given().queryParam("sort", "title")
                .when().get(RISKS, project.id())
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", startsWith("cannot sort by 'title'"));
    }

    @Test
    void refusesAMinimumScoreAboveTwentyFive() {
        Project project = feed.openRegister();
        given().queryParam("minScore", 26)
                .when().get(RISKS, project.id())
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("minScore"));
    }

    @Test
    void refusesAnUnknownCategoryFilterNamingTheAllowedValues() {
        Project project = feed.openRegister();
        given().queryParam("category", "NOPE")
                .when().get(RISKS, project.id())
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://implementa.io/problems/invalid-parameter"))
                .body("title", equalTo("Invalid parameter"))
                .body("status", equalTo(400))
                .body("detail", startsWith("'NOPE' is not one of TECHNICAL, SCHEDULE, COST,"))
                .body("detail", endsWith("TECHNOLOGY_CHANGE"));
    }

    @Test
    void refusesAnUnknownStatusFilter() {
        Project project = feed.openRegister();
        given().queryParam("status", "x")
                .when().get(RISKS, project.id())
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://implementa.io/problems/invalid-parameter"))
                .body("detail", equalTo("'x' is not one of IDENTIFIED, ASSESSED, RESPONDING, MONITORING, OCCURRED, CLOSED"));
    }

    @Test
    void refusesARiskIdThatIsNotAUuid() {
        Project project = feed.openRegister();
        given().when().get(RISKS + "/{riskId}", project.id(), "not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://implementa.io/problems/invalid-parameter"))
                .body("detail", equalTo("'not-a-uuid' is not a UUID"));
    }

    @Test
    void listingRisksOfAnUnknownProjectIs404Problem() {
        UUID projectId = UUID.randomUUID();
        given().when().get(RISKS, projectId)
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("risk register of project " + projectId + " was not found"));
    }
}
