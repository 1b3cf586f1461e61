package io.implementa.risk.detection;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import io.implementa.risk.ProjectFeed;
import io.implementa.risk.ProjectFeed.Project;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Risks the service raises by itself from the project-service's and resource-service's events, sent to the real
 * broker as those services send them; and the accepting and dismissing of such risks over HTTP.
 */
@QuarkusTest
class RiskDetectionTest {

    static final String RISK_EVENTS = "implementa.risk.events";
    static final String PROBLEM = "application/problem+json";
    static final String RISKS = "/api/v1/projects/{projectId}/risks";
    static final String RISK = RISKS + "/{riskId}";
    static final PersonRef PLANNER = new PersonRef("sub-planner", "planner@example.com", "Pia Planner");
    static final LocalDate GO_LIVE = LocalDate.of(2027, 11, 26);

    @Inject
    ProjectFeed feed;

    @Inject
    ObjectMapper json;

    // The producers' payloads in full, as they are on the wire.

    @EventType("io.implementa.project.MilestoneMoved")
    record MilestoneMoved(UUID projectId, String projectKey, UUID taskId, String name, LocalDate previousDate,
            LocalDate date, LocalDate deadline, boolean critical, PersonRef movedBy) {
    }

    @EventType("io.implementa.project.ScheduleRecomputed")
    record ScheduleRecomputed(UUID projectId, String projectKey, UUID recomputeId, int chunk, int chunkCount,
            LocalDate previousProjectFinish, LocalDate projectFinish, List<Object> tasks, List<UUID> removedTaskIds,
            PersonRef recomputedBy, Instant recomputedAt) {
    }

    @EventType("io.implementa.project.CostOverrunForecast")
    record CostOverrunForecast(UUID projectId, String projectKey, String currency, BigDecimal budgetAtCompletion,
            BigDecimal estimateAtCompletion, BigDecimal varianceAtCompletion, LocalDate statusDate, PersonRef manager,
            PersonRef sponsor) {
    }

    @EventType("io.implementa.project.ChangeRequestApproved")
    record ChangeRequestApproved(UUID projectId, String projectKey, UUID changeRequestId, int number, String title,
            String type, int scheduleImpactDays, BigDecimal costImpact, String currency, PersonRef approvedBy,
            String comment) {
    }

    @EventType("io.implementa.resource.OverAllocationDetected")
    record OverAllocationDetected(UUID episodeId, UUID resourceId, String resourceName, PersonRef person,
            PersonRef manager, LocalDate startDate, LocalDate endDate, List<ProjectRef> projects,
            List<Allocation> allocations) {
    }

    record ProjectRef(UUID projectId, boolean critical) {
    }

    record Allocation(UUID allocationId, UUID projectId, UUID taskId, LocalDate startDate, LocalDate endDate,
            BigDecimal percent, BigDecimal hoursPerDay, boolean critical) {
    }

    /** A milestone move of the project as its own event (a new event id), keyed by the project. */
    byte[] milestoneMoved(UUID eventId, Project project, UUID milestone, LocalDate from, LocalDate to,
            boolean critical) {
        return feed.envelope(eventId, milestone.toString(), new MilestoneMoved(project.id(), project.key(), milestone,
                "Go-live", from, to, null, critical, PLANNER));
    }

    /** Publishes the milestone move; returns its event id. */
    String moveMilestone(Project project, UUID milestone, LocalDate from, LocalDate to) {
        UUID eventId = UUID.randomUUID();
        feed.publish(project, milestoneMoved(eventId, project, milestone, from, to, false));
        return eventId.toString();
    }

    /** Waits until the project has this many auto-raised risks; returns the list's response. */
    static ValidatableResponse awaitAutoRaised(Project project, int count) {
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given().queryParam("autoRaised", true)
                .when().get(RISKS, project.id()).then().statusCode(200).body("items", hasSize(count)));
        return given().queryParam("autoRaised", true).queryParam("sort", "key")
                .when().get(RISKS, project.id()).then().statusCode(200);
    }

    /**
     * Waits until every event published for the project so far has been applied: its events are read in order, so
     * once a marker slip of another milestone has raised its risk, the ones before it have been applied.
     */
    void awaitEarlierEvents(Project project, int autoRaisedBefore) {
        moveMilestone(project, UUID.randomUUID(), GO_LIVE, GO_LIVE.plusDays(30));
        awaitAutoRaised(project, autoRaisedBefore + 1);
    }

    static String etagOf(Project project, String riskId) {
        return given().when().get(RISK, project.id(), riskId).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void milestoneSlipPastTheThresholdRaisesAScheduleRiskWithTheReasonAndSourceEvent() throws Exception {
        Project project = feed.openRegister();
        UUID milestone = UUID.randomUUID();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            String eventId = moveMilestone(project, milestone, GO_LIVE, GO_LIVE.plusDays(7));
            awaitAutoRaised(project, 1)
                    .body("items[0].title", equalTo("Milestone Go-live slips"))
                    .body("items[0].category", equalTo("SCHEDULE"))
                    .body("items[0].status", equalTo("IDENTIFIED"))
                    .body("items[0].probability", equalTo(3))
                    .body("items[0].impact", equalTo(3))
                    .body("items[0].score", equalTo(9))
                    .body("items[0].owner.subject", equalTo(project.manager().subject()))
                    .body("items[0].autoRaised", equalTo(true))
                    .body("items[0].taskIds", contains(milestone.toString()))
                    .body("items[0].detection.cause", equalTo("MILESTONE_SLIP"))
                    .body("items[0].detection.causeRef", equalTo(milestone.toString()))
                    .body("items[0].detection.sourceEventId", equalTo(eventId))
                    .body("items[0].detection.sourceEventType", equalTo("io.implementa.project.MilestoneMoved"))
                    .body("items[0].detection.reason",
                            equalTo("Milestone Go-live moved 7 days later (2027-11-26 → 2027-12-03)"))
                    .body("items[0].detection.magnitude", equalTo(7.0f))
                    .body("items[0].detection.baseline", equalTo("2027-11-26"))
                    .body("items[0].detection.decision", equalTo("PENDING"));
            JsonNode data = json.readTree(events.awaitRecord(r -> r.key().equals(project.id().toString())
                    && r.value().contains("io.implementa.risk.RiskIdentified")).value()).get("data");
            assertEquals(true, data.get("autoRaised").asBoolean());
            assertEquals("MILESTONE_SLIP", data.get("source").get("cause").asText());
            assertEquals(eventId, data.get("source").get("sourceEventId").asText());
            assertEquals(9, data.get("score").asInt());
        }
    }

    @Test
    void aRiskIdentifiedByAPersonIsNotAutoRaised() throws Exception {
        Project project = feed.openRegister();
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            String id = given().contentType(ContentType.JSON)
                    .body("""
                            {"title":"Vendor late","category":"VENDOR","probability":2,"impact":2,
                             "owner":{"subject":"sub-owner","email":"owner@example.com","name":"Olu Owner"}}
                            """)
                    .when().post(RISKS, project.id())
                    .then().statusCode(201)
                    .body("autoRaised", equalTo(false))
                    .body("detection", nullValue())
                    .extract().path("id");
            JsonNode data = json.readTree(events.awaitRecord(r -> r.value().contains(id)
                    && r.value().contains("io.implementa.risk.RiskIdentified")).value()).get("data");
            assertEquals(false, data.get("autoRaised").asBoolean());
            assertEquals(true, data.get("source").isNull());
        }
    }

    @Test
    void milestoneSlipWithinTheThresholdRaisesNothing() {
        Project project = feed.openRegister();
        moveMilestone(project, UUID.randomUUID(), GO_LIVE, GO_LIVE.plusDays(5));
        awaitEarlierEvents(project, 0);
        awaitAutoRaised(project, 1).body("items[0].detection.magnitude", equalTo(30.0f));
    }

    @Test
    void theSameEventDeliveredTwiceRaisesOneRisk() {
        Project project = feed.openRegister();
        UUID milestone = UUID.randomUUID();
        byte[] event = milestoneMoved(UUID.randomUUID(), project, milestone, GO_LIVE, GO_LIVE.plusDays(9), true);
        feed.publish(project, event);
        feed.publish(project, event);
        awaitEarlierEvents(project, 1);
        given().queryParam("autoRaised", true).when().get(RISKS, project.id())
                .then().statusCode(200)
                .body("items.findAll { it.detection.causeRef == '%s' }".formatted(milestone), hasSize(1))
                .body("items.find { it.detection.causeRef == '%s' }.score".formatted(milestone), equalTo(12))
                .body("items.find { it.detection.causeRef == '%s' }.version".formatted(milestone), equalTo(0));
    }

    @Test
    void aLargerSlipOfTheSameMilestoneReassessesTheRiskInsteadOfRaisingAnother() throws Exception {
        Project project = feed.openRegister();
        UUID milestone = UUID.randomUUID();
        moveMilestone(project, milestone, GO_LIVE, GO_LIVE.plusDays(7));
        String riskId = awaitAutoRaised(project, 1).extract().path("items[0].id");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            String second = moveMilestone(project, milestone, GO_LIVE.plusDays(7), GO_LIVE.plusDays(14));
            JsonNode data = json.readTree(events.awaitRecord(r -> r.value().contains(riskId)
                    && r.value().contains("io.implementa.risk.RiskAssessed")).value()).get("data");
            assertEquals(9, data.get("previousScore").asInt());
            assertEquals(12, data.get("score").asInt());
            assertEquals("Milestone Go-live moved 14 days later (2027-11-26 → 2027-12-10)", data.get("reason").asText());
            assertEquals(PLANNER.subject(), data.get("assessedBy").get("subject").asText());
            awaitAutoRaised(project, 1)
                    .body("items[0].id", equalTo(riskId))
                    .body("items[0].status", equalTo("ASSESSED"))
                    .body("items[0].impacts.schedule", equalTo(4))
                    .body("items[0].score", equalTo(12))
                    .body("items[0].detection.magnitude", equalTo(14.0f))
                    .body("items[0].detection.baseline", equalTo("2027-11-26"))
                    .body("items[0].detection.sourceEventId", equalTo(second));
        }
        given().when().get(RISK + "/assessments?sort=recordedAt", project.id(), riskId)
                .then().statusCode(200)
                .body("items.change", contains("IDENTIFIED", "ASSESSED"));
    }

    @Test
    void aSlipNoLargerThanTheRisksLeavesItAlone() {
        Project project = feed.openRegister();
        UUID milestone = UUID.randomUUID();
        moveMilestone(project, milestone, GO_LIVE, GO_LIVE.plusDays(8));
        String riskId = awaitAutoRaised(project, 1).extract().path("items[0].id");
        // Moved earlier again, then later by the same eight days in all: nothing worse than the risk says.
        moveMilestone(project, milestone, GO_LIVE.plusDays(8), GO_LIVE.plusDays(2));
        moveMilestone(project, milestone, GO_LIVE.plusDays(2), GO_LIVE.plusDays(8));
        awaitEarlierEvents(project, 1);
        given().when().get(RISK, project.id(), riskId)
                .then().statusCode(200).header("ETag", "\"0\"").body("status", equalTo("IDENTIFIED"))
                .body("detection.magnitude", equalTo(8.0f));
    }

    @Test
    void projectFinishSlipRaisesAScheduleRisk() {
        Project project = feed.openRegister();
        UUID eventId = UUID.randomUUID();
        feed.publish(project, feed.envelope(eventId, project.id().toString(), new ScheduleRecomputed(project.id(),
                project.key(), UUID.randomUUID(), 0, 1, GO_LIVE, GO_LIVE.plusDays(25), List.of(), List.of(), PLANNER,
                Instant.now())));
        awaitAutoRaised(project, 1)
                .body("items[0].title", equalTo("Project finish slips"))
                .body("items[0].category", equalTo("SCHEDULE"))
                .body("items[0].probability", equalTo(4))
                .body("items[0].impact", equalTo(5))
                .body("items[0].detection.cause", equalTo("FINISH_SLIP"))
                .body("items[0].detection.causeRef", equalTo("project-finish"))
                .body("items[0].detection.sourceEventType", equalTo("io.implementa.project.ScheduleRecomputed"))
                .body("items[0].detection.sourceEventId", equalTo(eventId.toString()));
    }

    @Test
    void costOverrunForecastRaisesACostRisk() {
        Project project = feed.openRegister();
        feed.publish(project, feed.envelope(UUID.randomUUID(), project.id().toString(), new CostOverrunForecast(
                project.id(), project.key(), "EUR", new BigDecimal("1000000"), new BigDecimal("1080000"),
                new BigDecimal("-80000"), LocalDate.of(2027, 3, 31), project.manager(), null)));
        awaitAutoRaised(project, 1)
                .body("items[0].title", equalTo("Project forecast to overrun its budget"))
                .body("items[0].category", equalTo("COST"))
                .body("items[0].probability", equalTo(4))
                .body("items[0].impact", equalTo(3))
                .body("items[0].impacts.cost", equalTo(3))
                .body("items[0].detection.cause", equalTo("COST_OVERRUN"))
                .body("items[0].detection.magnitude", equalTo(8.0f))
                .body("items[0].detection.reason", equalTo("Cost overrun forecast: 1080000.00 EUR against a budget "
                        + "of 1000000.00 EUR (8.00 % over, status date 2027-03-31)"));
    }

    @Test
    void overAllocationOnACriticalTaskRaisesAResourceRiskInThatProjectOnly() {
        Project critical = feed.openRegister();
        Project other = feed.openRegister();
        UUID resource = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        LocalDate start = LocalDate.of(2027, 3, 15);
        UUID eventId = UUID.randomUUID();
        feed.publishResource(resource.toString(), feed.envelope(eventId, UUID.randomUUID().toString(),
                new OverAllocationDetected(UUID.randomUUID(), resource, "Priya Raman", PLANNER, critical.manager(),
                        start, start.plusDays(9),
                        List.of(new ProjectRef(critical.id(), true), new ProjectRef(other.id(), false)),
                        List.of(new Allocation(UUID.randomUUID(), critical.id(), task, start, start.plusDays(20),
                                        new BigDecimal("60"), null, true),
                                new Allocation(UUID.randomUUID(), other.id(), null, start, start.plusDays(30),
                                        new BigDecimal("60"), null, false)))));
        awaitAutoRaised(critical, 1)
                .body("items[0].title", equalTo("Priya Raman over-allocated on critical work"))
                .body("items[0].category", equalTo("RESOURCE"))
                .body("items[0].probability", equalTo(4))
                .body("items[0].impact", equalTo(4))
                .body("items[0].taskIds", contains(task.toString()))
                .body("items[0].detection.cause", equalTo("CRITICAL_OVER_ALLOCATION"))
                .body("items[0].detection.causeRef", equalTo(resource.toString()))
                .body("items[0].detection.magnitude", equalTo(10.0f))
                .body("items[0].detection.sourceEventId", equalTo(eventId.toString()));
        // Both projects' parts are applied in the event's one transaction: the other project has no risk.
        given().queryParam("autoRaised", true).when().get(RISKS, other.id())
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void largeApprovedChangeRequestRaisesARiskAndASmallOneDoesNot() {
        Project project = feed.openRegister();
        UUID small = UUID.randomUUID();
        UUID large = UUID.randomUUID();
        feed.publish(project, feed.envelope(UUID.randomUUID(), small.toString(), new ChangeRequestApproved(
                project.id(), project.key(), small, 1, "Extra report", "SCOPE", 3, new BigDecimal("8000"), "EUR",
                PLANNER, null)));
        feed.publish(project, feed.envelope(UUID.randomUUID(), large.toString(), new ChangeRequestApproved(
                project.id(), project.key(), large, 2, "Second plant", "SCOPE", 25, new BigDecimal("60000"), "EUR",
                PLANNER, "Board decision")));
        awaitAutoRaised(project, 1)
                .body("items[0].title", equalTo("Change request #2 Second plant has a large impact"))
                .body("items[0].category", equalTo("SCHEDULE"))
                .body("items[0].probability", equalTo(3))
                .body("items[0].impacts.schedule", equalTo(4))
                .body("items[0].impacts.cost", equalTo(3))
                .body("items[0].impacts.scopeQuality", equalTo(3))
                .body("items[0].detection.cause", equalTo("LARGE_CHANGE_REQUEST"))
                .body("items[0].detection.causeRef", equalTo(large.toString()))
                .body("items[0].detection.magnitude", equalTo(2.5f));
    }

    @Test
    void acceptingAnAutoRaisedRiskRecordsWhoDecided() {
        Project project = feed.openRegister();
        moveMilestone(project, UUID.randomUUID(), GO_LIVE, GO_LIVE.plusDays(7));
        String riskId = awaitAutoRaised(project, 1).extract().path("items[0].id");
        given().header("If-Match", etagOf(project, riskId))
                .when().post(RISK + "/accept", project.id(), riskId)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("IDENTIFIED"))
                .body("detection.decision", equalTo("ACCEPTED"))
                .body("detection.decidedBy.subject", notNullValue())
                .body("detection.decidedAt", notNullValue());
        given().queryParam("decision", "ACCEPTED").when().get(RISKS, project.id())
                .then().statusCode(200).body("items.id", contains(riskId));
        given().when().get(RISK + "/assessments", project.id(), riskId)
                .then().statusCode(200).body("items[0].change", equalTo("ACCEPTED"));
    }

    @Test
    void aDecidedRiskCannotBeDecidedAgain() {
        Project project = feed.openRegister();
        moveMilestone(project, UUID.randomUUID(), GO_LIVE, GO_LIVE.plusDays(7));
        String riskId = awaitAutoRaised(project, 1).extract().path("items[0].id");
        given().header("If-Match", etagOf(project, riskId))
                .when().post(RISK + "/accept", project.id(), riskId).then().statusCode(200);
        given().header("If-Match", etagOf(project, riskId)).contentType(ContentType.JSON)
                .body("{\"reason\":\"changed my mind\"}")
                .when().post(RISK + "/dismiss", project.id(), riskId)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://implementa.io/problems/risk-already-decided"))
                .body("decision", equalTo("ACCEPTED"));
    }

    @Test
    void aRiskIdentifiedByAPersonCannotBeAcceptedOrDismissed() {
        Project project = feed.openRegister();
        String id = given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Vendor late","category":"VENDOR","probability":2,"impact":2,
                         "owner":{"subject":"sub-owner","email":"owner@example.com","name":"Olu Owner"}}
                        """)
                .when().post(RISKS, project.id()).then().statusCode(201).extract().path("id");
        given().header("If-Match", "\"0\"")
                .when().post(RISK + "/accept", project.id(), id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://implementa.io/problems/risk-not-auto-raised"));
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{\"reason\":\"no\"}")
                .when().post(RISK + "/dismiss", project.id(), id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://implementa.io/problems/risk-not-auto-raised"));
    }

    @Test
    void acceptAndDismissNeedIfMatchAndAReason() {
        Project project = feed.openRegister();
        moveMilestone(project, UUID.randomUUID(), GO_LIVE, GO_LIVE.plusDays(7));
        String riskId = awaitAutoRaised(project, 1).extract().path("items[0].id");
        given().when().post(RISK + "/accept", project.id(), riskId).then().statusCode(428).contentType(PROBLEM);
        given().header("If-Match", "\"7\"").when().post(RISK + "/accept", project.id(), riskId)
                .then().statusCode(412).contentType(PROBLEM);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{\"reason\":\" \"}")
                .when().post(RISK + "/dismiss", project.id(), riskId)
                .then().statusCode(422).contentType(PROBLEM);
        given().header("If-Match", "\"0\"").when().post(RISK + "/accept", project.id(), UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void dismissingClosesTheRiskAndOnlyAWorseSlipRaisesItAgain() throws Exception {
        Project project = feed.openRegister();
        UUID milestone = UUID.randomUUID();
        moveMilestone(project, milestone, GO_LIVE, GO_LIVE.plusDays(10));
        String riskId = awaitAutoRaised(project, 1).extract().path("items[0].id");
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(RISK_EVENTS)) {
            given().header("If-Match", etagOf(project, riskId)).contentType(ContentType.JSON)
                    .body("{\"reason\":\"Placeholder date\"}")
                    .when().post(RISK + "/dismiss", project.id(), riskId)
                    .then().statusCode(200)
                    .body("status", equalTo("CLOSED"))
                    .body("detection.decision", equalTo("DISMISSED"))
                    .body("detection.decisionReason", equalTo("Placeholder date"));
            JsonNode data = json.readTree(events.awaitRecord(r -> r.value().contains(riskId)
                    && r.value().contains("io.implementa.risk.RiskClosed")).value()).get("data");
            assertEquals("dismissed: Placeholder date", data.get("reason").asText());
        }
        // The same slip again (another recompute) is not worse than the dismissed one: nothing new.
        moveMilestone(project, milestone, GO_LIVE.plusDays(3), GO_LIVE.plusDays(10));
        awaitEarlierEvents(project, 1);
        // Two more days in all: worse than when it was dismissed, so it is raised again, as a new risk.
        String worse = moveMilestone(project, milestone, GO_LIVE.plusDays(10), GO_LIVE.plusDays(12));
        awaitAutoRaised(project, 3);
        given().queryParam("autoRaised", true).queryParam("status", "IDENTIFIED")
                .queryParam("sort", "key").when().get(RISKS, project.id())
                .then().statusCode(200)
                .body("items[1].detection.causeRef", equalTo(milestone.toString()))
                .body("items[1].detection.sourceEventId", equalTo(worse))
                .body("items[1].detection.magnitude", equalTo(12.0f))
                .body("items[1].detection.decision", equalTo("PENDING"));
    }

    @Test
    void appetiteShowsTheServiceWideDetectionThresholdsUntilTheProjectSetsItsOwn() {
        Project project = feed.openRegister();
        given().when().get("/api/v1/projects/{projectId}/risk-appetite", project.id())
                .then().statusCode(200)
                .body("detection.milestoneSlipDays", nullValue())
                .body("effectiveDetection.milestoneSlipDays", equalTo(5))
                .body("effectiveDetection.finishSlipDays", equalTo(5))
                .body("effectiveDetection.costOverrunPercent", equalTo(0))
                .body("effectiveDetection.changeRequestScheduleDays", equalTo(10))
                .body("effectiveDetection.changeRequestCost", equalTo(50000));
    }

    @Test
    void aProjectsOwnSlipThresholdDecidesWhetherASlipRaisesARisk() {
        Project project = feed.openRegister();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"mediumFrom":5,"highFrom":10,"criticalFrom":16,"escalationFrom":15,
                         "detection":{"milestoneSlipDays":10}}
                        """)
                .when().put("/api/v1/projects/{projectId}/risk-appetite", project.id())
                .then().statusCode(200)
                .body("detection.milestoneSlipDays", equalTo(10))
                .body("detection.finishSlipDays", nullValue())
                .body("effectiveDetection.milestoneSlipDays", equalTo(10))
                .body("effectiveDetection.finishSlipDays", equalTo(5));
        moveMilestone(project, UUID.randomUUID(), GO_LIVE, GO_LIVE.plusDays(8));
        awaitEarlierEvents(project, 0);
    }

    @Test
    void refusesANegativeDetectionThreshold() {
        Project project = feed.openRegister();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"mediumFrom":5,"highFrom":10,"criticalFrom":16,"escalationFrom":15,
                         "detection":{"changeRequestCost":-1}}
                        """)
                .when().put("/api/v1/projects/{projectId}/risk-appetite", project.id())
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("detection.changeRequestCost"));
    }

    @Test
    void theFirstScheduleOfAProjectRaisesNothing() {
        Project project = feed.openRegister();
        feed.publish(project, feed.envelope(UUID.randomUUID(), project.id().toString(), new ScheduleRecomputed(
                project.id(), project.key(), UUID.randomUUID(), 0, 1, null, GO_LIVE, List.of(), List.of(), PLANNER,
                Instant.now())));
        awaitEarlierEvents(project, 0);
        given().queryParam("autoRaised", true).when().get(RISKS, project.id())
                .then().body("items.detection.cause", contains("MILESTONE_SLIP"));
    }

    @Test
    void aSlipWithoutItsDateIsDeadLetteredNamingTheField() throws Exception {
        Project project = feed.openRegister();
        try (KafkaTestConsumer deadLetters = KafkaTestConsumer.fromEnd("implementa.risk-service.dlt")) {
            feed.publish(project, feed.envelope(UUID.randomUUID(), project.id().toString(), new MilestoneMoved(
                    project.id(), project.key(), UUID.randomUUID(), "Go-live", GO_LIVE, null, null, true, PLANNER)));
            String reason = new String(deadLetters.awaitRecord(KafkaTestConsumer.withKey(project.id().toString()))
                    .headers().lastHeader(io.implementa.platform.inbox.DeadLetters.REASON).value(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(true, reason.endsWith("cannot be applied: date must not be null"), reason);
        }
    }

    @Test
    void aClosedRegisterTakesNoAutoRaisedRisk() {
        Project project = feed.openRegister();
        feed.publish(project, feed.closed(project));
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given()
                .when().get("/api/v1/projects/{projectId}/risk-register", project.id())
                .then().body("status", equalTo("CLOSED")));
        moveMilestone(project, UUID.randomUUID(), GO_LIVE, GO_LIVE.plusDays(30));
        // A later event of another project on the same partition shows the slip has been consumed.
        int partition = feed.publish(project, milestoneMoved(UUID.randomUUID(), project, UUID.randomUUID(), GO_LIVE,
                GO_LIVE.plusDays(40), false));
        feed.awaitApplied(partition);
        given().queryParam("autoRaised", true).when().get(RISKS, project.id())
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void anAutoRaisedRiskOfAClosedRegisterCannotBeDecided() {
        Project project = feed.openRegister();
        moveMilestone(project, UUID.randomUUID(), GO_LIVE, GO_LIVE.plusDays(7));
        String riskId = awaitAutoRaised(project, 1).extract().path("items[0].id");
        feed.publish(project, feed.closed(project));
        await().atMost(ProjectFeed.WAIT).untilAsserted(() -> given().when().get(RISK, project.id(), riskId)
                .then().body("status", equalTo("CLOSED")));
        given().header("If-Match", etagOf(project, riskId))
                .when().post(RISK + "/accept", project.id(), riskId)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://implementa.io/problems/register-closed"));
    }
}
