package io.implementa.project.stakeholder;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.project.deliverable.AcceptanceAuthority;
import io.implementa.project.stakeholder.StakeholderApi.StakeholderView;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.implementa.stack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StakeholderResourceTest {

    static final String TOPIC = "implementa.project.events";

    @Inject
    ObjectMapper json;

    @Inject
    StakeholderService stakeholders;

    @Inject
    AcceptanceAuthority acceptance;

    static String stakeholdersOf(String projectId) {
        return "/api/v1/projects/" + projectId + "/stakeholders";
    }

    static String minimal(String name, String email) {
        return """
                {"name":"%s","email":"%s","influence":"HIGH","interest":"MEDIUM"}
                """.formatted(name, email);
    }

    static String cfo(String deliverableId) {
        return """
                {"name":"Carmen Ruiz","email":"carmen.ruiz@example.com","organisation":"Finance","role":"CFO",
                 "influence":"HIGH","interest":"HIGH",
                 "raci":[{"scope":"PROJECT","raci":"INFORMED"},
                         {"scope":"PHASE","phase":"EXECUTION","raci":"CONSULTED"},
                         {"scope":"DELIVERABLE","deliverableId":"%s","raci":"ACCOUNTABLE"}],
                 "preferredChannel":"TEAMS","frequency":"DAILY","notifications":["RISK_ESCALATIONS","MILESTONES"],
                 "timeZone":"Europe/Madrid","locale":"es-es"}
                """.formatted(deliverableId);
    }

    static String add(String projectId, String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(stakeholdersOf(projectId))
                .then().statusCode(201).extract().path("id");
    }

    static String raci(String projectId, String name, String subject, String letter, String deliverableId) {
        return add(projectId, """
                {"name":"%s","email":"%s@example.com","influence":"MEDIUM","interest":"HIGH","memberSubject":"%s",
                 "raci":[{"scope":"DELIVERABLE","deliverableId":"%s","raci":"%s"}]}
                """.formatted(name, subject, subject, deliverableId, letter));
    }

    @Test
    void addsAStakeholderWithDefaultPreferencesAndAnnouncesTheirContactDetails() throws Exception {
        String projectId = create(uniqueKey());
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            String id = given().contentType(ContentType.JSON).body(minimal("Paul Plant", "paul@example.com"))
                    .when().post(stakeholdersOf(projectId))
                    .then().statusCode(201)
                    .header("Location", containsString(stakeholdersOf(projectId) + "/"))
                    .header("ETag", "\"0\"")
                    .body("name", equalTo("Paul Plant"))
                    .body("influence", equalTo("HIGH"))
                    .body("interest", equalTo("MEDIUM"))
                    .body("raci.size()", equalTo(0))
                    .body("preferredChannel", equalTo("EMAIL"))
                    .body("frequency", equalTo("WEEKLY"))
                    .body("notifications", contains("STATUS_REPORTS"))
                    .body("timeZone", equalTo("UTC"))
                    .body("locale", equalTo("en"))
                    .body("memberId", nullValue())
                    .extract().path("id");

            JsonNode event = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("StakeholderAdded")).value());
            assertEquals("io.implementa.project.StakeholderAdded", event.get("type").asText());
            assertEquals(id, event.get("subject").asText());
            JsonNode data = event.get("data");
            assertEquals(id, data.get("stakeholderId").asText());
            assertEquals(projectId, data.get("projectId").asText());
            assertTrue(data.get("projectKey").asText().startsWith("T"));
            assertEquals("paul@example.com", data.get("email").asText());
            assertEquals("EMAIL", data.get("preferredChannel").asText());
            assertEquals("WEEKLY", data.get("frequency").asText());
            assertEquals("STATUS_REPORTS", data.get("notifications").get(0).asText());
            assertEquals("UTC", data.get("timeZone").asText());
            assertEquals("en", data.get("locale").asText());
            assertTrue(data.get("memberSubject").isNull());
        }
    }

    @Test
    void keepsRaciAssignmentsAndCommunicationPreferences() throws Exception {
        String projectId = create(uniqueKey());
        String deliverableId = UUID.randomUUID().toString();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().contentType(ContentType.JSON).body(cfo(deliverableId))
                    .when().post(stakeholdersOf(projectId))
                    .then().statusCode(201)
                    .body("organisation", equalTo("Finance"))
                    .body("role", equalTo("CFO"))
                    .body("raci.scope", contains("PROJECT", "PHASE", "DELIVERABLE"))
                    .body("raci[1].phase", equalTo("EXECUTION"))
                    .body("raci[2].deliverableId", equalTo(deliverableId))
                    .body("raci[2].raci", equalTo("ACCOUNTABLE"))
                    .body("preferredChannel", equalTo("TEAMS"))
                    .body("frequency", equalTo("DAILY"))
                    .body("notifications", contains("MILESTONES", "RISK_ESCALATIONS"))
                    .body("timeZone", equalTo("Europe/Madrid"))
                    .body("locale", equalTo("es-ES"));
            JsonNode data = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("StakeholderAdded")).value()).get("data");
            assertEquals("CFO", data.get("role").asText());
            assertEquals("Finance", data.get("organisation").asText());
            assertEquals("HIGH", data.get("influence").asText());
            assertEquals("HIGH", data.get("interest").asText());
            assertEquals(3, data.get("raci").size());
            assertEquals(deliverableId, data.get("raci").get(2).get("deliverableId").asText());
            assertEquals("TEAMS", data.get("preferredChannel").asText());
            assertEquals("Europe/Madrid", data.get("timeZone").asText());
            assertEquals("es-ES", data.get("locale").asText());
        }
    }

    @Test
    void readsAStakeholderWithItsEtag() {
        String projectId = create(uniqueKey());
        String id = add(projectId, cfo(UUID.randomUUID().toString()));
        given().when().get(stakeholdersOf(projectId) + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("raci.size()", equalTo(3));
    }

    @Test
    void listsStakeholdersFilteredAndSortedByName() {
        String projectId = create(uniqueKey());
        String deliverableId = UUID.randomUUID().toString();
        add(projectId, cfo(deliverableId));
        add(projectId, minimal("Bea Buyer", "bea@example.com").replace("\"HIGH\"", "\"LOW\""));
        add(projectId, minimal("Al Admin", "al@example.com"));
        given().when().get(stakeholdersOf(projectId))
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("items.name", contains("Al Admin", "Bea Buyer", "Carmen Ruiz"));
        given().queryParam("influence", "low").when().get(stakeholdersOf(projectId))
                .then().statusCode(200).body("items.name", contains("Bea Buyer"));
        given().queryParam("raci", "ACCOUNTABLE").queryParam("deliverableId", deliverableId)
                .when().get(stakeholdersOf(projectId))
                .then().statusCode(200).body("items.name", contains("Carmen Ruiz"));
        given().queryParam("q", "FINANCE").when().get(stakeholdersOf(projectId))
                .then().statusCode(200).body("items.name", contains("Carmen Ruiz"));
        given().queryParam("sort", "-name").queryParam("size", 1).when().get(stakeholdersOf(projectId))
                .then().statusCode(200).body("items.name", contains("Carmen Ruiz")).body("totalPages", equalTo(3));
    }

    @Test
    void changesAStakeholderAndAnnouncesTheNewState() throws Exception {
        String projectId = create(uniqueKey());
        String id = add(projectId, cfo(UUID.randomUUID().toString()));
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                    .body("""
                            {"raci":[{"scope":"PROJECT","raci":"ACCOUNTABLE"}],"notifications":["STATUS_REPORTS"],
                             "timeZone":"America/New_York","organisation":null,"frequency":"IMMEDIATE"}
                            """)
                    .when().patch(stakeholdersOf(projectId) + "/" + id)
                    .then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("raci.size()", equalTo(1))
                    .body("raci[0].raci", equalTo("ACCOUNTABLE"))
                    .body("notifications", contains("STATUS_REPORTS"))
                    .body("timeZone", equalTo("America/New_York"))
                    .body("organisation", nullValue())
                    .body("frequency", equalTo("IMMEDIATE"))
                    .body("locale", equalTo("es-ES"));
            JsonNode event = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("StakeholderChanged")).value());
            assertEquals("io.implementa.project.StakeholderChanged", event.get("type").asText());
            JsonNode data = event.get("data");
            assertEquals("America/New_York", data.get("timeZone").asText());
            assertEquals("IMMEDIATE", data.get("frequency").asText());
            assertTrue(data.get("organisation").isNull());
            assertEquals("carmen.ruiz@example.com", data.get("email").asText());
        }
    }

    @Test
    void refusesAChangeWithoutOrWithAStaleIfMatch() {
        String projectId = create(uniqueKey());
        String id = add(projectId, minimal("Paul Plant", "paul@example.com"));
        given().contentType(ContentType.JSON).body("{\"interest\":\"LOW\"}")
                .when().patch(stakeholdersOf(projectId) + "/" + id)
                .then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body("{\"interest\":\"LOW\"}")
                .when().patch(stakeholdersOf(projectId) + "/" + id)
                .then().statusCode(412);
    }

    @Test
    void removesAStakeholderAndAnnouncesItWithTheirContactDetails() throws Exception {
        String projectId = create(uniqueKey());
        String id = add(projectId, cfo(UUID.randomUUID().toString()));
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().header("If-Match", "\"0\"").when().delete(stakeholdersOf(projectId) + "/" + id)
                    .then().statusCode(204);
            JsonNode event = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("StakeholderRemoved")).value());
            assertEquals("io.implementa.project.StakeholderRemoved", event.get("type").asText());
            assertEquals(id, event.get("data").get("stakeholderId").asText());
            assertEquals("carmen.ruiz@example.com", event.get("data").get("email").asText());
            assertEquals("TEAMS", event.get("data").get("preferredChannel").asText());
        }
        given().when().get(stakeholdersOf(projectId) + "/" + id).then().statusCode(404);
    }

    @Test
    void refusesAnInvalidTimeZoneLocaleAndEmailNamingTheFields() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON)
                .body("""
                        {"name":"X","email":"not-an-address","influence":"LOW","interest":"LOW",
                         "timeZone":"Mars/Olympus_Mons","locale":"not a tag"}
                        """)
                .when().post(stakeholdersOf(projectId))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("email", "timeZone", "locale"))
                .body("errors.find { it.field == 'timeZone' }.message", containsString("IANA"));
    }

    @Test
    void refusesAMissingNameAndLevels() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON).body("{\"email\":\"x@example.com\"}")
                .when().post(stakeholdersOf(projectId))
                .then().statusCode(422)
                .body("errors.field", hasItems("name", "influence", "interest"));
    }

    @Test
    void refusesAnInvalidTimeZoneInAPatch() {
        String projectId = create(uniqueKey());
        String id = add(projectId, minimal("Paul Plant", "paul@example.com"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"timeZone\":\"+02:00\"}")
                .when().patch(stakeholdersOf(projectId) + "/" + id)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("timeZone"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"locale\":null}")
                .when().patch(stakeholdersOf(projectId) + "/" + id)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("locale"));
    }

    @Test
    void refusesInconsistentRaciAssignmentsNamingEachOne() {
        String projectId = create(uniqueKey());
        String deliverable = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON)
                .body("""
                        {"name":"X","email":"x@example.com","influence":"LOW","interest":"LOW",
                         "raci":[{"scope":"PHASE","raci":"INFORMED"},
                                 {"scope":"DELIVERABLE","phase":"PLANNING","raci":"RESPONSIBLE"},
                                 {"scope":"PROJECT","deliverableId":"%s","raci":"CONSULTED"},
                                 {"scope":"PROJECT","raci":"INFORMED"},
                                 {"scope":"PROJECT","raci":"INFORMED"}]}
                        """.formatted(deliverable))
                .when().post(stakeholdersOf(projectId))
                .then().statusCode(422)
                .body("errors.field", hasItems("raci[0].phase", "raci[1].deliverableId", "raci[1].phase",
                        "raci[2].deliverableId", "raci[4]"));
    }

    @Test
    void refusesARaciAssignmentWithoutScopeOrLetter() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"email\":\"x@example.com\",\"influence\":\"LOW\",\"interest\":\"LOW\","
                        + "\"raci\":[{\"scope\":\"PROJECT\"},{\"raci\":\"INFORMED\"}]}")
                .when().post(stakeholdersOf(projectId))
                .then().statusCode(422)
                .body("errors.field", hasItems("raci[0].raci", "raci[1].scope"));
        String id = add(projectId, minimal("Paul Plant", "paul@example.com"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"raci\":[{\"scope\":\"PROJECT\"}]}")
                .when().patch(stakeholdersOf(projectId) + "/" + id)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("raci[0].raci"));
    }

    @Test
    void refusesUnknownLevelsAndChannels() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON)
                .body(minimal("X", "x@example.com").replace("\"HIGH\"", "\"HUGE\""))
                .when().post(stakeholdersOf(projectId))
                .then().statusCode(400).body("errors[0].field", equalTo("influence"));
        given().contentType(ContentType.JSON)
                .body(minimal("X", "x@example.com").replace("}", ",\"preferredChannel\":\"FAX\"}"))
                .when().post(stakeholdersOf(projectId))
                .then().statusCode(400).body("errors[0].field", equalTo("preferredChannel"));
    }

    @Test
    void refusesASecondStakeholderWithTheSameEmail() {
        String projectId = create(uniqueKey());
        String first = add(projectId, minimal("Paul Plant", "paul@example.com"));
        given().contentType(ContentType.JSON).body(minimal("Paul P.", "PAUL@example.com"))
                .when().post(stakeholdersOf(projectId))
                .then().statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/duplicate-stakeholder"))
                .body("stakeholderId", equalTo(first));
        String second = add(projectId, minimal("Other", "other@example.com"));
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"email\":\"paul@example.com\"}")
                .when().patch(stakeholdersOf(projectId) + "/" + second)
                .then().statusCode(409)
                .body("type", equalTo("https://implementa.io/problems/duplicate-stakeholder"));
        // The same address in another project is another stakeholder.
        add(create(uniqueKey()), minimal("Paul Plant", "paul@example.com"));
    }

    @Test
    void linksAStakeholderToTheMemberWithTheirSubject() throws Exception {
        String projectId = create(uniqueKey());
        String managerMemberId = given().queryParam("role", "MANAGER")
                .when().get("/api/v1/projects/" + projectId + "/members")
                .then().statusCode(200).extract().path("items[0].id");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            given().contentType(ContentType.JSON)
                    .body(minimal("Mia Manager", "mia@example.com").replace("}", ",\"memberSubject\":\"sub-manager\"}"))
                    .when().post(stakeholdersOf(projectId))
                    .then().statusCode(201)
                    .body("memberId", equalTo(managerMemberId))
                    .body("memberSubject", equalTo("sub-manager"));
            JsonNode data = json.readTree(events.awaitRecord(
                    r -> r.key().equals(projectId) && r.value().contains("StakeholderAdded")).value()).get("data");
            assertEquals("sub-manager", data.get("memberSubject").asText());
        }
    }

    @Test
    void keepsTheSubjectOfAStakeholderWhoIsNoMember() {
        String projectId = create(uniqueKey());
        given().contentType(ContentType.JSON)
                .body(minimal("Ext", "ext@example.com").replace("}", ",\"memberSubject\":\"sub-external\"}"))
                .when().post(stakeholdersOf(projectId))
                .then().statusCode(201)
                .body("memberId", nullValue())
                .body("memberSubject", equalTo("sub-external"));
    }

    @Test
    void linksAStakeholderToAMemberById() {
        String projectId = create(uniqueKey());
        String sponsorMemberId = given().queryParam("role", "SPONSOR")
                .when().get("/api/v1/projects/" + projectId + "/members")
                .then().statusCode(200).extract().path("items[0].id");
        String id = given().contentType(ContentType.JSON)
                .body(minimal("Sam Sponsor", "sam@example.com")
                        .replace("}", ",\"memberId\":\"" + sponsorMemberId + "\"}"))
                .when().post(stakeholdersOf(projectId))
                .then().statusCode(201)
                .body("memberId", equalTo(sponsorMemberId))
                .body("memberSubject", equalTo("sub-sponsor"))
                .extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"memberId\":null}")
                .when().patch(stakeholdersOf(projectId) + "/" + id)
                .then().statusCode(200)
                .body("memberId", nullValue())
                .body("memberSubject", nullValue());
    }

    @Test
    void refusesALinkToSomeoneWhoIsNoMemberOfTheProject() {
        String projectId = create(uniqueKey());
        String otherProjectsMember = given().queryParam("role", "SPONSOR")
                .when().get("/api/v1/projects/" + create(uniqueKey()) + "/members")
                .then().statusCode(200).extract().path("items[0].id");
        given().contentType(ContentType.JSON)
                .body(minimal("X", "x@example.com").replace("}", ",\"memberId\":\"" + otherProjectsMember + "\"}"))
                .when().post(stakeholdersOf(projectId))
                .then().statusCode(422)
                .body("errors[0].field", equalTo("memberId"));
        String sponsorMemberId = given().queryParam("role", "SPONSOR")
                .when().get("/api/v1/projects/" + projectId + "/members")
                .then().statusCode(200).extract().path("items[0].id");
        given().contentType(ContentType.JSON)
                .body(minimal("X", "x@example.com").replace("}", ",\"memberId\":\"" + sponsorMemberId
                        + "\",\"memberSubject\":\"sub-manager\"}"))
                .when().post(stakeholdersOf(projectId))
                .then().statusCode(422)
                .body("errors[0].field", equalTo("memberSubject"));
    }

    @Test
    void namesTheStakeholdersAccountableForADeliverable() {
        String projectId = create(uniqueKey());
        UUID deliverable = UUID.randomUUID();
        raci(projectId, "Zoe Quality", "sub-zoe", "ACCOUNTABLE", deliverable.toString());
        raci(projectId, "Carl Controller", "sub-carl", "ACCOUNTABLE", deliverable.toString());
        raci(projectId, "Rita Doer", "sub-rita", "RESPONSIBLE", deliverable.toString());
        raci(projectId, "Otto Other", "sub-otto", "ACCOUNTABLE", UUID.randomUUID().toString());

        List<StakeholderView> accountable = stakeholders.accountableFor(UUID.fromString(projectId), deliverable);
        assertEquals(List.of("Carl Controller", "Zoe Quality"),
                accountable.stream().map(StakeholderView::name).toList());
        assertTrue(stakeholders.isAccountable(UUID.fromString(projectId), deliverable, "sub-zoe"));
        assertFalse(stakeholders.isAccountable(UUID.fromString(projectId), deliverable, "sub-rita"));
        assertTrue(stakeholders.accountableFor(UUID.fromString(create(uniqueKey())), deliverable).isEmpty());
    }

    @Test
    void accountableStakeholdersDecideOnTheirDeliverablesAndSponsorsWhenNobodyIs() {
        String projectId = create(uniqueKey());
        UUID deliverable = UUID.randomUUID();
        UUID project = UUID.fromString(projectId);
        assertTrue(acceptance.mayAccept(project, deliverable, "sub-sponsor"));
        assertFalse(acceptance.mayAccept(project, deliverable, "sub-manager"));
        raci(projectId, "Zoe Quality", "sub-zoe", "ACCOUNTABLE", deliverable.toString());
        assertTrue(acceptance.mayAccept(project, deliverable, "sub-zoe"));
        assertFalse(acceptance.mayAccept(project, deliverable, "sub-sponsor"));
    }

    @Test
    void onlyManagersMaintainTheRegisterAndOutsidersSeeNothing() {
        String projectId = create(uniqueKey());
        String id = add(projectId, minimal("Paul Plant", "paul@example.com"));
        given().auth().oauth2(TestTokens.forUser("sub-manager")).contentType(ContentType.JSON)
                .body(minimal("Mo Manager-Added", "mo@example.com"))
                .when().post(stakeholdersOf(projectId)).then().statusCode(201);
        String sponsor = TestTokens.forUser("sub-sponsor");
        given().auth().oauth2(sponsor).when().get(stakeholdersOf(projectId) + "/" + id).then().statusCode(200);
        given().auth().oauth2(sponsor).contentType(ContentType.JSON).body(minimal("Y", "y@example.com"))
                .when().post(stakeholdersOf(projectId)).then().statusCode(403);
        given().auth().oauth2(sponsor).when().delete(stakeholdersOf(projectId) + "/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.forUser("outsider-" + UUID.randomUUID())).when().get(stakeholdersOf(projectId))
                .then().statusCode(404);
    }

    @Test
    void unknownStakeholdersAndProjectsAreNotFound() {
        String projectId = create(uniqueKey());
        String unknown = UUID.randomUUID().toString();
        given().when().get(stakeholdersOf(projectId) + "/" + unknown).then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "*").body("{\"name\":\"x\"}")
                .when().patch(stakeholdersOf(projectId) + "/" + unknown).then().statusCode(404);
        given().when().delete(stakeholdersOf(projectId) + "/" + unknown).then().statusCode(404);
        given().when().get(stakeholdersOf(unknown)).then().statusCode(404);
        given().contentType(ContentType.JSON).body(minimal("X", "x@example.com"))
                .when().post(stakeholdersOf(unknown)).then().statusCode(404);
    }

    @Test
    void theRegisterOfACancelledProjectIsReadOnly() {
        String projectId = create(uniqueKey());
        String id = add(projectId, minimal("Paul Plant", "paul@example.com"));
        given().contentType(ContentType.JSON).body("{\"status\":\"CANCELLED\",\"reason\":\"Budget withdrawn\"}")
                .when().post("/api/v1/projects/" + projectId + "/status-changes").then().statusCode(201);
        given().contentType(ContentType.JSON).body(minimal("Late", "late@example.com"))
                .when().post(stakeholdersOf(projectId))
                .then().statusCode(409).body("type", equalTo("https://implementa.io/problems/project-not-editable"));
        given().when().delete(stakeholdersOf(projectId) + "/" + id).then().statusCode(409);
        given().when().get(stakeholdersOf(projectId) + "/" + id)
                .then().statusCode(200).body("createdAt", notNullValue());
    }
}
