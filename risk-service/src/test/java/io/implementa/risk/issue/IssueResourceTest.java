package io.implementa.risk.issue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.risk.ProjectFeed;
import io.implementa.risk.ProjectFeed.Project;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The issue log over HTTP: issues raised directly and by risks that occurred, worked and resolved. */
@QuarkusTest
class IssueResourceTest {

    static final String RISK_EVENTS = "implementa.risk.events";
    static final String PROBLEM = "application/problem+json";
    static final String ISSUES = "/api/v1/projects/{projectId}/issues";
    static final String RISKS = "/api/v1/projects/{projectId}/risks";

    @Inject
    ProjectFeed feed;

    @Inject
    ObjectMapper json;

    static String issueJson(String title, String severity) {
        return """
                {"title":"%s","description":"Seen in the second test load","severity":"%s",
                 "owner":{"subject":"sub-fixer","email":"fixer@example.com","name":"Fay Fixer"},"dueDate":"2027-03-10"}
                """.formatted(title, severity);
    }

    static String raise(Project project, String title, String severity) {
        return given().contentType(ContentType.JSON).body(issueJson(title, severity))
                .when().post(ISSUES, project.id())
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void raisesAnIssueDirectlyAndAnnouncesIt() throws Exception {
        Project project = feed.openRegister();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            String id = given().contentType(ContentType.JSON).body(issueJson("Payroll interface rejects records", "HIGH"))
                    .when().post(ISSUES, project.id())
                    .then().statusCode(201)
                    .header("ETag", "\"0\"")
                    .header("Location", containsString("/issues/"))
                    .body("status", equalTo("OPEN"))
                    .body("severity", equalTo("HIGH"))
                    .body("riskId", nullValue())
                    .body("raisedBy.subject", notNullValue())
                    .extract().path("id");
            JsonNode data = json.readTree(events.awaitRecord(r -> r.value().contains("io.implementa.risk.IssueRaised")
                    && r.value().contains(id)).value()).get("data");
            assertEquals("Payroll interface rejects records", data.get("title").asText());
            assertEquals("Fay Fixer", data.get("owner").get("name").asText());
            assertEquals(project.key(), data.get("projectKey").asText());
        }
    }

    @Test
    void anOccurredRiskBecomesAnIssueLinkedToIt() throws Exception {
        Project project = feed.openRegister();
        String riskId = given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Cut-over weekend overruns","category":"SCHEDULE","probability":4,"impact":3,
                         "owner":{"subject":"sub-owner","email":"owner@example.com","name":"Olu Owner"}}
                        """)
                .when().post(RISKS, project.id()).then().statusCode(201).extract().path("id");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body("{\"status\":\"OCCURRED\",\"reason\":\"Cut-over ran 14 hours over\"}")
                    .when().post(RISKS + "/{riskId}/status", project.id(), riskId).then().statusCode(200);
            JsonNode data = json.readTree(events.awaitRecord(r -> r.value().contains("io.implementa.risk.IssueRaised")
                    && r.value().contains(riskId)).value()).get("data");
            assertEquals(project.key() + "-R-001", data.get("riskKey").asText());
            assertEquals("HIGH", data.get("severity").asText());
        }
        given().queryParam("riskId", riskId).when().get(ISSUES, project.id())
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].title", equalTo("Cut-over weekend overruns"))
                .body("items[0].description", equalTo("Cut-over ran 14 hours over"))
                .body("items[0].owner.name", equalTo("Olu Owner"))
                .body("items[0].severity", equalTo("HIGH"));
    }

    @Test
    void resolvingNeedsAResolutionAndIsAnnounced() throws Exception {
        Project project = feed.openRegister();
        String id = raise(project, "Interface down", "CRITICAL");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"status\":\"RESOLVED\"}")
                .when().patch(ISSUES + "/{issueId}", project.id(), id)
                .then().statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("resolution"));
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                    .body("{\"status\":\"RESOLVED\",\"resolution\":\"Certificate renewed\"}")
                    .when().patch(ISSUES + "/{issueId}", project.id(), id)
                    .then().statusCode(200).header("ETag", "\"1\"")
                    .body("status", equalTo("RESOLVED")).body("resolvedAt", notNullValue());
            JsonNode data = json.readTree(events.awaitRecord(r -> r.value().contains("io.implementa.risk.IssueResolved")
                    && r.value().contains(id)).value()).get("data");
            assertEquals("Certificate renewed", data.get("resolution").asText());
            assertEquals("CRITICAL", data.get("severity").asText());
        }
    }

    @Test
    void resolvedIssueIsFinal() {
        Project project = feed.openRegister();
        String id = raise(project, "Interface down", "LOW");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"status\":\"RESOLVED\",\"resolution\":\"done\"}")
                .when().patch(ISSUES + "/{issueId}", project.id(), id).then().statusCode(200);
        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"title\":\"again\"}")
                .when().patch(ISSUES + "/{issueId}", project.id(), id)
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/issue-resolved"));
    }

    @Test
    void listsIssuesFilteredByStatusAndSeverity() {
        Project project = feed.openRegister();
        raise(project, "Low one", "LOW");
        String high = raise(project, "High one", "HIGH");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"status\":\"IN_PROGRESS\"}")
                .when().patch(ISSUES + "/{issueId}", project.id(), high).then().statusCode(200);
        given().queryParam("status", "IN_PROGRESS").queryParam("severity", "HIGH").when().get(ISSUES, project.id())
                .then().statusCode(200).header("X-Total-Count", "1").body("items.id", equalTo(List.of(high)));
    }

    @Test
    void viewerMayNotRaiseAnIssue() {
        Project project = feed.openRegister();
        String token = TestTokens.forUser(feed.newMember(project, "VIEWER").subject());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(issueJson("x", "LOW"))
                .when().post(ISSUES, project.id())
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void unknownIssueIs404() {
        Project project = feed.openRegister();
        given().when().get(ISSUES + "/{issueId}", project.id(), java.util.UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void changingAnIssueNeedsIfMatchWithItsCurrentVersion() {
        Project project = feed.openRegister();
        String id = raise(project, "Interface down", "HIGH");
        given().contentType("application/merge-patch+json").body("{\"title\":\"Interface still down\"}")
                .when().patch(ISSUES + "/{issueId}", project.id(), id)
                .then().statusCode(428).contentType(PROBLEM);
        given().contentType("application/merge-patch+json").header("If-Match", "\"3\"")
                .body("{\"title\":\"Interface still down\"}")
                .when().patch(ISSUES + "/{issueId}", project.id(), id)
                .then().statusCode(412).contentType(PROBLEM);
        given().when().get(ISSUES + "/{issueId}", project.id(), id)
                .then().statusCode(200).header("ETag", "\"0\"").body("title", equalTo("Interface down"));
    }
}
