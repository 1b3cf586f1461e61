package io.implementa.project.scope;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.project.project.Project;
import io.implementa.project.scope.ScopeApi.CreateScopeItemRequest;
import io.implementa.project.scope.ScopeApi.ScopeItemView;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScopeResourceTest {

    static final String TOPIC = "implementa.project.events";

    @Inject
    ObjectMapper json;

    @Inject
    ScopeService scope;

    static String itemsOf(String projectId) {
        return "/api/v1/projects/" + projectId + "/scope-items";
    }

    static String scopeOf(String projectId) {
        return "/api/v1/projects/" + projectId + "/scope";
    }

    static String item(String title, boolean inScope, String effortDays) {
        return """
                {"title":"%s","description":"Part of the ERP roll-out","inScope":%s,"estimatedEffortDays":%s}
                """.formatted(title, inScope, effortDays);
    }

    static String add(String projectId, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(itemsOf(projectId))
                .then().statusCode(201).extract().path("id");
    }

    static void approveAsSponsor(String projectId) {
        given().auth().oauth2(TestTokens.forUser("sub-sponsor")).contentType(ContentType.JSON).body("{}")
                .when().post(scopeOf(projectId) + "/approval")
                .then().statusCode(201);
    }

    @Test
    void addsAScopeItemAndAnnouncesIt() throws Exception {
        String projectId = create(uniqueKey());
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String id = given().contentType(ContentType.JSON)
                    .body("{\"title\":\"Migrate open purchase orders\",\"estimatedEffortDays\":12.5}")
                    .when().post(itemsOf(projectId))
                    .then().statusCode(201)
                    .header("Location", containsString(itemsOf(projectId) + "/"))
                    .header("ETag", "\"0\"")
                    .body("title", equalTo("Migrate open purchase orders"))
                    .body("inScope", equalTo(true))
                    .body("estimatedEffortDays", equalTo(12.5f))
                    .body("changeRequestId", nullValue())
                    .body("inBaseline", equalTo(false))
                    .body("creep", equalTo(false))
                    .body("createdBy.subject", equalTo("test-admin"))
                    .body("createdAt", notNullValue())
                    .extract().path("id");

            JsonNode event = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("ScopeItemAdded")).value());
            assertEquals("io.implementa.project.ScopeItemAdded", event.get("type").asText());
            assertEquals(id, event.get("subject").asText());
            JsonNode data = event.get("data");
            assertEquals(projectId, data.get("projectId").asText());
            assertEquals(id, data.get("scopeItemId").asText());
            assertTrue(data.get("inScope").asBoolean());
            assertFalse(data.get("creep").asBoolean());
            assertEquals(0, data.get("estimatedEffortDays").decimalValue().compareTo(new BigDecimal("12.5")));
            assertEquals("test-admin", data.get("createdBy").get("subject").asText());
        }
    }

    @Test
    void readsAndListsScopeItemsFilteredAndSorted() {
        String projectId = create(uniqueKey());
        String id = add(projectId, item("B interfaces", true, "20"));
        add(projectId, item("A data migration", true, "30"));
        add(projectId, item("Payroll", false, "null"));
        given().when().get(itemsOf(projectId) + "/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("title", equalTo("B interfaces"));
        given().queryParam("sort", "estimatedEffortDays")
                .when().get(itemsOf(projectId))
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("items.title", contains("B interfaces", "A data migration", "Payroll"));
        given().queryParam("inScope", false)
                .when().get(itemsOf(projectId))
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].title", equalTo("Payroll"));
    }

    @Test
    void changesAnItemBeforeApprovalWithIfMatch() {
        String projectId = create(uniqueKey());
        String id = add(projectId, item("Interfaces", true, "20"));
        given().contentType(ContentType.JSON).body("{\"estimatedEffortDays\":25}")
                .when().patch(itemsOf(projectId) + "/" + id)
                .then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"5\"").body("{\"estimatedEffortDays\":25}")
                .when().patch(itemsOf(projectId) + "/" + id)
                .then().statusCode(412);
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"estimatedEffortDays\":25,\"description\":null,\"inScope\":false}")
                .when().patch(itemsOf(projectId) + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("estimatedEffortDays", equalTo(25))
                .body("description", nullValue())
                .body("inScope", equalTo(false))
                .body("creep", equalTo(false));
    }

    @Test
    void removesAnItemBeforeApproval() {
        String projectId = create(uniqueKey());
        String id = add(projectId, item("Interfaces", true, "20"));
        given().when().delete(itemsOf(projectId) + "/" + id).then().statusCode(204);
        given().when().get(itemsOf(projectId) + "/" + id).then().statusCode(404);
    }

    @Test
    void summarisesAnUnapprovedScope() {
        String projectId = create(uniqueKey());
        add(projectId, item("Interfaces", true, "20"));
        add(projectId, item("Data migration", true, "10.5"));
        add(projectId, item("Payroll", false, "null"));
        given().when().get(scopeOf(projectId))
                .then().statusCode(200)
                .body("projectId", equalTo(projectId))
                .body("approved", equalTo(false))
                .body("approval", nullValue())
                .body("inScopeItems", equalTo(2))
                .body("outOfScopeItems", equalTo(1))
                .body("inScopeEffortDays", equalTo(30.5f))
                .body("creepItems", equalTo(0))
                .body("creepEffortDays", equalTo(0));
    }

    @Test
    void theSponsorApprovesTheScopeWhichBecomesTheBaselineAndIsAnnounced() throws Exception {
        String projectId = create(uniqueKey());
        String id = add(projectId, item("Interfaces", true, "20"));
        add(projectId, item("Payroll", false, "null"));
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().auth().oauth2(TestTokens.forUser("sub-sponsor")).contentType(ContentType.JSON)
                    .body("{\"note\":\"Steering committee of 2027-02-01\"}")
                    .when().post(scopeOf(projectId) + "/approval")
                    .then().statusCode(201)
                    .header("Location", endsWith(scopeOf(projectId)))
                    .body("approved", equalTo(true))
                    .body("approval.approvedBy.subject", equalTo("sub-sponsor"))
                    .body("approval.approvedBy.email", equalTo("sub-sponsor@example.com"))
                    .body("approval.approvedAt", notNullValue())
                    .body("approval.itemsApproved", equalTo(2))
                    .body("approval.note", equalTo("Steering committee of 2027-02-01"))
                    .body("inScopeItems", equalTo(1))
                    .body("outOfScopeItems", equalTo(1));

            JsonNode event = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("ScopeApproved")).value());
            assertEquals("io.implementa.project.ScopeApproved", event.get("type").asText());
            JsonNode data = event.get("data");
            assertEquals(projectId, data.get("projectId").asText());
            assertEquals("sub-sponsor", data.get("approvedBy").get("subject").asText());
            assertEquals(2, data.get("itemsApproved").asInt());
            assertEquals(1, data.get("inScopeItems").asInt());
            assertEquals(1, data.get("outOfScopeItems").asInt());
            assertEquals(0, data.get("inScopeEffortDays").decimalValue().compareTo(new BigDecimal("20")));
        }
        given().when().get(itemsOf(projectId) + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("inBaseline", equalTo(true))
                .body("creep", equalTo(false));
        given().when().get(scopeOf(projectId))
                .then().statusCode(200).body("approved", equalTo(true)).body("approval.itemsApproved", equalTo(2));
    }

    @Test
    void theScopeMayBeApprovedWithoutABody() {
        String projectId = create(uniqueKey());
        add(projectId, item("Interfaces", true, "20"));
        given().when().post(scopeOf(projectId) + "/approval")
                .then().statusCode(201)
                .body("approved", equalTo(true))
                .body("approval.approvedBy.subject", equalTo("test-admin"))
                .body("approval.note", nullValue());
    }

    @Test
    void theScopeMayBeApprovedWithAnEmptyJsonBody() {
        String projectId = create(uniqueKey());
        add(projectId, item("Interfaces", true, "20"));
        given().contentType(ContentType.JSON).when().post(scopeOf(projectId) + "/approval")
                .then().statusCode(201)
                .body("approved", equalTo(true));
    }

    @Test
    void refusesAnOverlongApprovalNote() {
        String projectId = create(uniqueKey());
        add(projectId, item("Interfaces", true, "20"));
        given().contentType(ContentType.JSON).body("{\"note\":\"" + "x".repeat(2001) + "\"}")
                .when().post(scopeOf(projectId) + "/approval")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("note"));
    }

    @Test
    void onlyTheSponsorApprovesTheScope() {
        String projectId = create(uniqueKey());
        add(projectId, item("Interfaces", true, "20"));
        given().auth().oauth2(TestTokens.forUser("sub-manager")).contentType(ContentType.JSON).body("{}")
                .when().post(scopeOf(projectId) + "/approval")
                .then().statusCode(403).body("type", equalTo("https://implementa.io/problems/forbidden"));
        given().when().get(scopeOf(projectId)).then().statusCode(200).body("approved", equalTo(false));
    }

    @Test
    void theScopeIsApprovedOnlyOnce() {
        String projectId = create(uniqueKey());
        add(projectId, item("Interfaces", true, "20"));
        approveAsSponsor(projectId);
        given().contentType(ContentType.JSON).body("{}")
                .when().post(scopeOf(projectId) + "/approval")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://implementa.io/problems/scope-already-approved"))
                .body("approvedAt", notNullValue());
    }

    @Test
    void aScopeWithoutInScopeItemsCannotBeApproved() {
        String projectId = create(uniqueKey());
        add(projectId, item("Payroll", false, "null"));
        given().contentType(ContentType.JSON).body("{}")
                .when().post(scopeOf(projectId) + "/approval")
                .then().statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/scope-empty"));
    }

    @Test
    void itemsAddedAfterApprovalWithoutAChangeRequestAreFlaggedAsCreepAndAnnounced() throws Exception {
        String projectId = create(uniqueKey());
        add(projectId, item("Interfaces", true, "20"));
        approveAsSponsor(projectId);
        add(projectId, item("Extra report pack", true, "4"));
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String id = given().contentType(ContentType.JSON).body(item("Second plant", true, "14.5"))
                    .when().post(itemsOf(projectId))
                    .then().statusCode(201)
                    .body("creep", equalTo(true))
                    .body("inBaseline", equalTo(false))
                    .extract().path("id");

            JsonNode added = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("ScopeItemAdded") && r.value().contains(id)).value());
            assertTrue(added.get("data").get("creep").asBoolean());
            JsonNode creep = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("ScopeCreepDetected") && r.value().contains(id)).value());
            assertEquals("io.implementa.project.ScopeCreepDetected", creep.get("type").asText());
            JsonNode data = creep.get("data");
            assertEquals(id, data.get("scopeItemId").asText());
            assertEquals("Second plant", data.get("title").asText());
            assertTrue(data.get("projectKey").asText().startsWith("T"));
            assertEquals(0, data.get("estimatedEffortDays").decimalValue().compareTo(new BigDecimal("14.5")));
            assertEquals(2, data.get("creepItems").asLong());
            assertEquals(0, data.get("creepEffortDays").decimalValue().compareTo(new BigDecimal("18.5")));
        }
        given().when().get(scopeOf(projectId))
                .then().statusCode(200)
                .body("inScopeItems", equalTo(3))
                .body("inScopeEffortDays", equalTo(38.5f))
                .body("creepItems", equalTo(2))
                .body("creepEffortDays", equalTo(18.5f));
        given().queryParam("creep", true).when().get(itemsOf(projectId))
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.creep", everyItem(equalTo(true)));
    }

    @Test
    void anOutOfScopeItemAddedAfterApprovalIsNotCreepUntilItIsBroughtIntoScope() throws Exception {
        String projectId = create(uniqueKey());
        add(projectId, item("Interfaces", true, "20"));
        approveAsSponsor(projectId);
        String id = given().contentType(ContentType.JSON).body(item("Payroll", false, "8"))
                .when().post(itemsOf(projectId))
                .then().statusCode(201).body("creep", equalTo(false)).extract().path("id");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"inScope\":true}")
                    .when().patch(itemsOf(projectId) + "/" + id)
                    .then().statusCode(200).body("creep", equalTo(true));
            JsonNode data = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("ScopeCreepDetected")).value()).get("data");
            assertEquals(id, data.get("scopeItemId").asText());
            assertEquals(1, data.get("creepItems").asLong());
        }
    }

    @Test
    void theApprovedBaselineChangesOnlyThroughChangeRequests() {
        String projectId = create(uniqueKey());
        String id = add(projectId, item("Interfaces", true, "20"));
        approveAsSponsor(projectId);
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"estimatedEffortDays\":40}")
                .when().patch(itemsOf(projectId) + "/" + id)
                .then().statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/scope-baseline-locked"));
        given().when().delete(itemsOf(projectId) + "/" + id)
                .then().statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/scope-baseline-locked"));
    }

    @Test
    void itemsAddedAfterApprovalStayEditableAndRemovable() {
        String projectId = create(uniqueKey());
        add(projectId, item("Interfaces", true, "20"));
        approveAsSponsor(projectId);
        String id = add(projectId, item("Extra report pack", true, "4"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"estimatedEffortDays\":6}")
                .when().patch(itemsOf(projectId) + "/" + id)
                .then().statusCode(200).body("estimatedEffortDays", equalTo(6)).body("creep", equalTo(true));
        given().when().get(scopeOf(projectId)).then().body("creepEffortDays", equalTo(6));
        given().header("If-Match", "\"1\"").when().delete(itemsOf(projectId) + "/" + id).then().statusCode(204);
        given().when().get(scopeOf(projectId)).then().body("creepItems", equalTo(0));
    }

    @Test
    void anItemAddedByAChangeRequestIsNotCreep() throws Exception {
        String projectId = create(uniqueKey());
        add(projectId, item("Interfaces", true, "20"));
        approveAsSponsor(projectId);
        UUID changeRequestId = UUID.randomUUID();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            ScopeItemView added = QuarkusTransaction.requiringNew().call(() -> scope.addFromChangeRequest(
                    Project.findById(UUID.fromString(projectId)),
                    new CreateScopeItemRequest("Second plant", null, true, new BigDecimal("14")), changeRequestId));
            assertFalse(added.creep());
            assertEquals(changeRequestId, added.changeRequestId());
            JsonNode data = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("ScopeItemAdded")).value()).get("data");
            assertEquals(changeRequestId.toString(), data.get("changeRequestId").asText());
            assertFalse(data.get("creep").asBoolean());
        }
        given().when().get(scopeOf(projectId))
                .then().statusCode(200)
                .body("inScopeItems", equalTo(2))
                .body("changeRequestItems", equalTo(1))
                .body("creepItems", equalTo(0));
    }

    @Test
    void refusesInvalidItemsNamingTheFields() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body("{\"title\":\"\",\"estimatedEffortDays\":-1}")
                .when().post(itemsOf(projectId))
                .then().statusCode(422)
                .body("errors.field", hasItems("title", "estimatedEffortDays"));
        given().contentType(ContentType.JSON).body("{\"title\":\"x\",\"estimatedEffortDays\":1.234}")
                .when().post(itemsOf(projectId))
                .then().statusCode(422)
                .body("errors[0].field", equalTo("estimatedEffortDays"));
        given().contentType(ContentType.JSON).body("{\"title\":\"x\",\"creep\":false}")
                .when().post(itemsOf(projectId))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("creep"));
        given().contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"changeRequestId\":\"" + UUID.randomUUID() + "\"}")
                .when().post(itemsOf(projectId))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("changeRequestId"));
    }

    @Test
    void refusesClearingTheInScopeFlag() {
        String projectId = create(uniqueKey());
        String id = add(projectId, item("Interfaces", true, "20"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"inScope\":null}")
                .when().patch(itemsOf(projectId) + "/" + id)
                .then().statusCode(422).body("errors[0].field", equalTo("inScope"));
    }

    @Test
    void unknownItemsAndProjectsAreNotFound() {
        String projectId = create(uniqueKey());
        String unknown = UUID.randomUUID().toString();
        given().when().get(itemsOf(projectId) + "/" + unknown).then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"title\":\"x\"}")
                .when().patch(itemsOf(projectId) + "/" + unknown).then().statusCode(404);
        given().when().delete(itemsOf(projectId) + "/" + unknown).then().statusCode(404);
        given().when().get(scopeOf(unknown)).then().statusCode(404);
        given().when().post(scopeOf(unknown) + "/approval").then().statusCode(404);
        given().when().get(itemsOf(unknown)).then().statusCode(404);
    }

    @Test
    void viewersReadTheScopeButMayNotChangeItAndOutsidersSeeNothing() {
        String projectId = create(uniqueKey());
        add(projectId, item("Interfaces", true, "20"));
        String viewer = "v-" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body("{\"person\":{\"subject\":\"" + viewer + "\",\"email\":\"v@example.com\",\"name\":\"V\"},"
                        + "\"role\":\"VIEWER\"}")
                .when().post("/api/v1/projects/" + projectId + "/members").then().statusCode(201);
        String token = TestTokens.forUser(viewer);
        given().auth().oauth2(token).when().get(scopeOf(projectId)).then().statusCode(200);
        given().auth().oauth2(token).when().get(itemsOf(projectId)).then().statusCode(200)
                .body("totalItems", equalTo(1));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(item("Sneaked in", true, "3"))
                .when().post(itemsOf(projectId)).then().statusCode(403);
        given().auth().oauth2(token).when().post(scopeOf(projectId) + "/approval").then().statusCode(403);
        given().auth().oauth2(TestTokens.forUser("outsider-" + UUID.randomUUID())).when().get(scopeOf(projectId))
                .then().statusCode(404);
    }

    @Test
    void planningNeedsAnApprovedScope() {
        String projectId = create(uniqueKey());
        add(projectId, item("Interfaces", true, "20"));
        given().when().get("/api/v1/projects/" + projectId + "/gates/START_PLANNING")
                .then().statusCode(200)
                .body("criteria.find { it.id == 'scope-approved' }.met", equalTo(false))
                .body("criteria.find { it.id == 'scope-approved' }.detail", containsString("not been approved"));
        approveAsSponsor(projectId);
        given().when().get("/api/v1/projects/" + projectId + "/gates/START_PLANNING")
                .then().statusCode(200)
                .body("criteria.find { it.id == 'scope-approved' }.met", equalTo(true));
    }

    @Test
    void theScopeOfACancelledProjectIsReadOnly() {
        String projectId = create(uniqueKey());
        add(projectId, item("Interfaces", true, "20"));
        given().contentType(ContentType.JSON).body("{\"status\":\"CANCELLED\",\"reason\":\"Budget withdrawn\"}")
                .when().post("/api/v1/projects/" + projectId + "/status-changes").then().statusCode(201);
        given().contentType(ContentType.JSON).body(item("Late", true, "1"))
                .when().post(itemsOf(projectId))
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/project-not-editable"));
        given().when().post(scopeOf(projectId) + "/approval")
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/project-not-editable"));
        given().when().get(scopeOf(projectId)).then().statusCode(200).body("approved", equalTo(false));
    }
}
