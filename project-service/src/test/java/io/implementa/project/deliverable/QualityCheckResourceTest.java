package io.implementa.project.deliverable;

import static io.implementa.project.deliverable.DeliverableFixtures.base;
import static io.implementa.project.deliverable.DeliverableFixtures.createDeliverable;
import static io.implementa.project.deliverable.DeliverableFixtures.decide;
import static io.implementa.project.deliverable.DeliverableFixtures.member;
import static io.implementa.project.deliverable.DeliverableFixtures.recordCheck;
import static io.implementa.project.deliverable.DeliverableFixtures.submit;
import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QualityCheckResourceTest {

    private static String checks(String projectId, String deliverableId) {
        return base(projectId) + "/" + deliverableId + "/quality-checks";
    }

    @Test
    void aMemberRecordsACheckInTheirName() {
        String projectId = create(uniqueKey());
        String deliverableId = createDeliverable(projectId, "UAT passed");
        String token = member(projectId, "MEMBER");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"name":"UAT test cycle 2","type":"TEST_RUN","result":"PASSED",
                         "evidenceLink":"https://testing.example.com/runs/uat-2","executedAt":"2026-05-20T16:00:00Z"}
                        """)
                .when().post(checks(projectId, deliverableId))
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", "\"0\"")
                .body("name", equalTo("UAT test cycle 2"))
                .body("type", equalTo("TEST_RUN"))
                .body("result", equalTo("PASSED"))
                .body("evidenceLink", equalTo("https://testing.example.com/runs/uat-2"))
                .body("executedAt", equalTo("2026-05-20T16:00:00Z"))
                .body("executedBy.subject", startsWith("member-"))
                .body("executedBy.email", startsWith("member-"))
                .extract().path("id");
        given().when().get(checks(projectId, deliverableId) + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("deliverableId", equalTo(deliverableId));
    }

    @Test
    void aCheckWithAResultButNoTimeRanNow() {
        String projectId = create(uniqueKey());
        String deliverableId = createDeliverable(projectId, "Design reviewed");
        given().contentType(ContentType.JSON).body("{\"name\":\"Design review\",\"type\":\"REVIEW\",\"result\":\"FAILED\"}")
                .when().post(checks(projectId, deliverableId))
                .then().statusCode(201).body("executedAt", notNullValue()).body("evidenceLink", nullValue());
        given().contentType(ContentType.JSON).body("{\"name\":\"Follow-up review\",\"type\":\"REVIEW\",\"result\":\"PENDING\"}")
                .when().post(checks(projectId, deliverableId))
                .then().statusCode(201).body("executedAt", nullValue());
    }

    @Test
    void refusesAnEvidenceLinkThatIsNotHttpsAndAFutureExecution() {
        String projectId = create(uniqueKey());
        String deliverableId = createDeliverable(projectId, "Installation done");
        given().contentType(ContentType.JSON)
                .body("""
                        {"name":"Smoke test","type":"INSPECTION","result":"PASSED","evidenceLink":"http://insecure.example.com/x",
                         "executedAt":"2999-01-01T00:00:00Z"}
                        """)
                .when().post(checks(projectId, deliverableId))
                .then().statusCode(422)
                .body("errors.field", contains("evidenceLink", "executedAt"))
                .body("errors[0].message", equalTo("must be an https URL"));
    }

    @Test
    void refusesAnUnknownCheckTypeOrResult() {
        String projectId = create(uniqueKey());
        String deliverableId = createDeliverable(projectId, "Installation done");
        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"type\":\"GUESS\",\"result\":\"PASSED\"}")
                .when().post(checks(projectId, deliverableId))
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
    }

    @Test
    void listsChecksFilteredByResultAndCurrency() {
        String projectId = create(uniqueKey());
        String deliverableId = createDeliverable(projectId, "SIT passed");
        String failed = recordCheck(projectId, deliverableId, "SIT cycle 1", "FAILED");
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"SIT cycle 1 re-run\",\"type\":\"TEST_RUN\",\"result\":\"PASSED\",\"supersedes\":\"" + failed + "\"}")
                .when().post(checks(projectId, deliverableId))
                .then().statusCode(201).body("supersedes", equalTo(failed));
        recordCheck(projectId, deliverableId, "Performance test", "PENDING");

        given().when().get(checks(projectId, deliverableId))
                .then().statusCode(200).header("X-Total-Count", "3")
                .body("items.name", contains("SIT cycle 1", "SIT cycle 1 re-run", "Performance test"))
                .body("items[0].supersededBy", notNullValue());
        given().queryParam("result", "pending").when().get(checks(projectId, deliverableId))
                .then().statusCode(200).body("items.name", contains("Performance test"));
        given().queryParam("current", true).queryParam("sort", "-name").when().get(checks(projectId, deliverableId))
                .then().statusCode(200).body("items.name", contains("SIT cycle 1 re-run", "Performance test"));
        given().queryParam("current", false).when().get(checks(projectId, deliverableId))
                .then().statusCode(200).body("items.name", contains("SIT cycle 1"));
    }

    @Test
    void aCheckIsSupersededOnlyOnce() {
        String projectId = create(uniqueKey());
        String deliverableId = createDeliverable(projectId, "SIT passed");
        String failed = recordCheck(projectId, deliverableId, "SIT cycle 1", "FAILED");
        String body = "{\"name\":\"re-run\",\"type\":\"TEST_RUN\",\"result\":\"PASSED\",\"supersedes\":\"" + failed + "\"}";
        given().contentType(ContentType.JSON).body(body).when().post(checks(projectId, deliverableId))
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(body).when().post(checks(projectId, deliverableId))
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/already-superseded"));
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"re-run\",\"type\":\"TEST_RUN\",\"result\":\"PASSED\",\"supersedes\":\"" + UUID.randomUUID() + "\"}")
                .when().post(checks(projectId, deliverableId))
                .then().statusCode(422).body("errors[0].field", equalTo("supersedes"));
    }

    @Test
    void completesAPendingCheckWithIfMatch() {
        String projectId = create(uniqueKey());
        String deliverableId = createDeliverable(projectId, "Data reconciled");
        String id = recordCheck(projectId, deliverableId, "Reconciliation", "PENDING");
        String token = member(projectId, "MEMBER");
        given().auth().oauth2(token).contentType("application/merge-patch+json").body("{\"result\":\"PASSED\"}")
                .when().patch(checks(projectId, deliverableId) + "/" + id)
                .then().statusCode(428);
        given().auth().oauth2(token).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"result\":\"PASSED\",\"evidenceLink\":\"https://dms.example.com/recon.pdf\"}")
                .when().patch(checks(projectId, deliverableId) + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("result", equalTo("PASSED"))
                .body("executedAt", notNullValue())
                .body("executedBy.subject", startsWith("member-"))
                .body("evidenceLink", equalTo("https://dms.example.com/recon.pdf"));
    }

    @Test
    void aRecordedResultIsFinal() {
        String projectId = create(uniqueKey());
        String deliverableId = createDeliverable(projectId, "Data reconciled");
        String id = recordCheck(projectId, deliverableId, "Reconciliation", "FAILED");
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"result\":\"PASSED\"}")
                .when().patch(checks(projectId, deliverableId) + "/" + id)
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/check-result-final"));
    }

    @Test
    void noChecksAreRecordedForAnAcceptedDeliverable() {
        String projectId = create(uniqueKey());
        String deliverableId = createDeliverable(projectId, "Training delivered");
        submit(projectId, deliverableId);
        decide(projectId, deliverableId, "ACCEPTED");
        given().contentType(ContentType.JSON).body("{\"name\":\"Late check\",\"type\":\"OTHER\",\"result\":\"FAILED\"}")
                .when().post(checks(projectId, deliverableId))
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/deliverable-closed"));
    }

    @Test
    void viewersAndStakeholdersDoNotRecordChecks() {
        String projectId = create(uniqueKey());
        String deliverableId = createDeliverable(projectId, "Training delivered");
        String body = "{\"name\":\"x\",\"type\":\"OTHER\",\"result\":\"PASSED\"}";
        given().auth().oauth2(member(projectId, "VIEWER")).contentType(ContentType.JSON).body(body)
                .when().post(checks(projectId, deliverableId)).then().statusCode(403);
        given().auth().oauth2(member(projectId, "STAKEHOLDER")).contentType(ContentType.JSON).body(body)
                .when().post(checks(projectId, deliverableId)).then().statusCode(403);
    }

    @Test
    void checksOfAnUnknownDeliverableAreNotFound() {
        String projectId = create(uniqueKey());
        String unknown = UUID.randomUUID().toString();
        given().when().get(checks(projectId, unknown)).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"type\":\"OTHER\",\"result\":\"PASSED\"}")
                .when().post(checks(projectId, unknown)).then().statusCode(404);
        String deliverableId = createDeliverable(projectId, "Known");
        given().when().get(checks(projectId, deliverableId) + "/" + unknown).then().statusCode(404);
    }
}
