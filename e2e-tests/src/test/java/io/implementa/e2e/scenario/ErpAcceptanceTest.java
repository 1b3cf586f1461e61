package io.implementa.e2e.scenario;

import static io.implementa.e2e.harness.E2e.api;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.e2e.harness.E2e;
import io.implementa.e2e.harness.E2eTest;
import io.implementa.e2e.harness.Projects;
import io.implementa.e2e.harness.Service;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ERP implementation acceptance scenario of issue 12: the suite driven only through its public APIs, with what
 * reached the outside world (the harness's SMTP server, a webhook receiver the test starts) and the other services'
 * views asserted. {@link #anErpImplementationFromTemplateToPublishedStatusReport} is the whole scenario, one step per
 * helper in the order a project runs; the two shorter tests are slices kept for their sharper failure messages.
 */
@E2eTest
class ErpAcceptanceTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Test
    void aRiskIdentifiedInTheErpProjectReachesItsOwnerByEmailOnce() throws Exception {
        String alice = E2e.token("alice");
        String projectId = Projects.create("sam", "alice");
        String key = api(Service.PROJECT, alice).get("/api/v1/projects/{id}", projectId)
                .then().statusCode(200).extract().path("key");
        await("risk register of " + key).atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                api(Service.RISK, alice).get("/api/v1/projects/{id}/risk-register", projectId).then().statusCode(200));
        await("recipients of " + key).atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                api(Service.NOTIFICATION, alice).get("/api/v1/projects/{id}/recipients", projectId)
                        .then().statusCode(200).header("X-Total-Count", "2"));

        Map<String, Object> risk = new LinkedHashMap<>();
        risk.put("title", "Legacy customer data fails the new ERP's validation rules");
        risk.put("category", "DATA_MIGRATION");
        risk.put("probability", 4);
        risk.put("impact", 3);
        risk.put("owner", E2e.person("alice"));
        String riskKey = api(Service.RISK, alice).body(risk).post("/api/v1/projects/{id}/risks", projectId)
                .then().statusCode(201).extract().path("key");

        String subject = "[" + key + "] New risk " + riskKey + ": Legacy customer data fails the new ERP's "
                + "validation rules";
        await("e-mail to the risk owner").atMost(DELIVERY).pollInterval(Duration.ofMillis(500))
                .until(() -> mailsWithSubject("alice@example.com", subject).size() >= 1);
        MimeMessage mail = mailsWithSubject("alice@example.com", subject).get(0);
        assertEquals("implementa@e2e.example.com", mail.getFrom()[0].toString());
        E2e.awaitSettled(DELIVERY);
        assertEquals(1, mailsWithSubject("alice@example.com", subject).size(), "one e-mail, not one per delivery try");
        assertTrue(mailsWithSubject("sam@example.com", subject).isEmpty(), "only the owner hears of a new risk");
    }

    @Test
    void aConsultantBookedOnTwoErpProjectsBeyondCapacityIsReportedToTheResourceManagerByEmail() throws Exception {
        String admin = E2e.adminToken();
        String first = Projects.create("sam", "alice");
        String second = Projects.create("sam", "alice");
        String consultant = "bob" + Long.toString(System.nanoTime(), 36);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("kind", "PERSON");
        resource.put("name", "Bob Consultant");
        resource.put("person", E2e.person(consultant));
        resource.put("manager", E2e.person("rita"));
        String resourceId = api(Service.RESOURCE, admin).body(resource).post("/api/v1/resources")
                .then().statusCode(201).extract().path("id");

        // 60 % of his week on the first project in March, 4 hours a day on the second from mid-March: 110 %.
        api(Service.RESOURCE, admin).body(Map.of("resourceId", resourceId, "projectId", first,
                        "startDate", "2027-03-01", "endDate", "2027-03-31", "percent", 60, "kind", "HARD"))
                .post("/api/v1/allocations").then().statusCode(201);
        api(Service.RESOURCE, admin).body(Map.of("resourceId", resourceId, "projectId", second,
                        "startDate", "2027-03-15", "endDate", "2027-04-30", "hoursPerDay", 4, "kind", "HARD"))
                .post("/api/v1/allocations").then().statusCode(201);

        String subject = "Over-allocation: Bob Consultant from 2027-03-15 to 2027-03-31";
        await("e-mail to the resource manager").atMost(DELIVERY).pollInterval(Duration.ofMillis(500))
                .until(() -> mailsWithSubject("rita@example.com", subject).size() >= 1);
        E2e.awaitSettled(DELIVERY);
        assertEquals(1, mailsWithSubject("rita@example.com", subject).size());
    }

    // ------------------------------------------------------------------ the whole scenario

    /** The project template every implementation starts from (built in, fixed id). */
    private static final String SYSTEMS_IMPLEMENTATION = "00000000-0000-4000-8000-000000000001";

    private final String run = Long.toString(System.nanoTime(), 36);
    private final String manager = "maria" + run;
    private final String sponsor = "samuel" + run;
    private final String consultant = "bob" + run;
    private final String migrationSpecialist = "dana" + run;
    private final String resourceManager = "rita" + run;
    private final String itsmLead = "ines" + run;
    private final String cfoEmail = "carmen." + run + "@example.com";

    private String projectId;
    private String key;
    private String base;
    private String webhookSecret;
    private String bobId;
    private String danaId;
    private Map<String, String> tasks;

    /**
     * A realistic ERP implementation from the built-in template to a published status report, each step as the
     * person who would take it; the cross-service effects are asserted where the outside world sees them.
     */
    @Test
    void anErpImplementationFromTemplateToPublishedStatusReport() throws Exception {
        // A failed step shows the request and the problem document it got.
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        try (WebhookReceiver itsm = WebhookReceiver.start()) {
            theItsmLeadHasStatusReportsPostedToHerWebhook(itsm);
            theManagerProposesTheProjectFromTheImplementationTemplate();
            membersAndStakeholdersWithTheirChannelsJoin();
            initiationIsCompletedAndThePlanningGatePassed();
            theResourceManagerRegistersPeopleWithSkillsAndRates();
            theWorkIsPlannedInBulkAndPeopleAssigned();
            risksAreIdentified();
            budgetAndBaselineAreApprovedAndTheExecutionGatePassed();
            theOverAllocatedConsultantIsReportedToTheResourceManagerByEmail();
            progressIsRecordedAndTheTimesheetApproved();
            aMilestoneSlipsAndTheRiskServiceRaisesARiskByItself();
            theHealthReflectsRisksAndResources();
            earnedValueReflectsTheApprovedHours();
            theStatusReportReachesStakeholdersByTheirChannels(itsm);
        }
    }

    /** Before the project exists: her own directory entry on the WEBHOOK channel, and the ITSM's endpoint. */
    private void theItsmLeadHasStatusReportsPostedToHerWebhook(WebhookReceiver itsm) {
        String ines = E2e.token(itsmLead);
        Map<String, Object> recipient = new LinkedHashMap<>();
        recipient.put("kind", "PERSON");
        recipient.put("person", E2e.person(itsmLead));
        recipient.put("preferredChannel", "WEBHOOK");
        recipient.put("channelAddress", "https://itsm.example.com/hooks/implementa");
        String recipientId = api(Service.NOTIFICATION, ines).body(recipient).post("/api/v1/recipients")
                .then().statusCode(201).body("preferredChannel", equalTo("WEBHOOK")).extract().path("id");
        webhookSecret = api(Service.NOTIFICATION, ines)
                .body(Map.of("recipientId", recipientId, "url", itsm.url(), "description", "ITSM change calendar"))
                .post("/api/v1/webhook-endpoints")
                .then().statusCode(201).extract().path("secret");
        assertTrue(webhookSecret.startsWith("whsec_"), webhookSecret);
    }

    private void theManagerProposesTheProjectFromTheImplementationTemplate() {
        key = Projects.uniqueKey();
        projectId = api(Service.PROJECT, as(manager)).body(Projects.proposal(key, sponsor, manager))
                .post("/api/v1/project-templates/{templateId}/projects", SYSTEMS_IMPLEMENTATION)
                .then().statusCode(201)
                .body("status", equalTo("PROPOSED")).body("phase", equalTo("INITIATION"))
                .extract().path("id");
        base = "/api/v1/projects/" + projectId;
        // The template brings its starter work breakdown, objectives and deliverables.
        api(Service.PROJECT, as(manager)).get(base + "/tasks?size=1").then().statusCode(200)
                .header("X-Total-Count", not(equalTo("0")));
        await("risk register of " + key).atMost(DELIVERY).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                api(Service.RISK, as(manager)).get(base + "/risk-register").then().statusCode(200));
    }

    /** The consultants and the ITSM lead as members; the CFO by e-mail and the ITSM lead by webhook as stakeholders. */
    private void membersAndStakeholdersWithTheirChannelsJoin() {
        for (String[] member : new String[][] { { consultant, "MEMBER" }, { migrationSpecialist, "MEMBER" },
                { itsmLead, "STAKEHOLDER" } }) {
            api(Service.PROJECT, as(manager)).body(Map.of("person", E2e.person(member[0]), "role", member[1]))
                    .post(base + "/members").then().statusCode(201);
        }
        Map<String, Object> cfo = new LinkedHashMap<>();
        cfo.put("name", "Carmen Ruiz");
        cfo.put("email", cfoEmail);
        cfo.put("organisation", "Finance");
        cfo.put("role", "CFO");
        cfo.put("influence", "HIGH");
        cfo.put("interest", "HIGH");
        cfo.put("raci", List.of(Map.of("scope", "PROJECT", "raci", "INFORMED")));
        cfo.put("preferredChannel", "EMAIL");
        cfo.put("frequency", "IMMEDIATE");
        cfo.put("notifications", List.of("STATUS_REPORTS"));
        cfo.put("timeZone", "Europe/Madrid");
        cfo.put("locale", "es-ES");
        api(Service.PROJECT, as(manager)).body(cfo).post(base + "/stakeholders").then().statusCode(201);
        Map<String, Object> itsm = new LinkedHashMap<>();
        itsm.put("name", E2e.person(itsmLead).get("name"));
        itsm.put("email", E2e.person(itsmLead).get("email"));
        itsm.put("organisation", "IT operations");
        itsm.put("role", "ITSM change manager");
        itsm.put("influence", "MEDIUM");
        itsm.put("interest", "HIGH");
        itsm.put("raci", List.of(Map.of("scope", "PROJECT", "raci", "CONSULTED")));
        itsm.put("preferredChannel", "WEBHOOK");
        itsm.put("frequency", "IMMEDIATE");
        itsm.put("notifications", List.of("STATUS_REPORTS"));
        itsm.put("memberSubject", itsmLead);
        api(Service.PROJECT, as(manager)).body(itsm).post(base + "/stakeholders").then().statusCode(201);
    }

    /** A measurable objective, an approved scope, the template's checklist ticked: the gate passes unwaived. */
    private void initiationIsCompletedAndThePlanningGatePassed() {
        String goLive = idWhere(base + "/objectives?size=50", "title", "Go live on the planned date");
        patch(base + "/objectives/" + goLive,
                Map.of("baseline", 0, "target", 0, "status", "AGREED", "dueDate", "2027-11-30"));
        api(Service.PROJECT, as(manager)).body(Map.of("title", "Finance and controlling", "estimatedEffortDays", 120))
                .post(base + "/scope-items").then().statusCode(201);
        api(Service.PROJECT, as(manager)).body(Map.of("title", "Legacy data migration", "estimatedEffortDays", 60))
                .post(base + "/scope-items").then().statusCode(201);
        api(Service.PROJECT, as(manager)).body(Map.of("title", "Payroll", "inScope", false))
                .post(base + "/scope-items").then().statusCode(201);
        api(Service.PROJECT, as(sponsor)).body(Map.of("note", "Approved at the steering committee"))
                .post(base + "/scope/approval").then().statusCode(201).body("approved", equalTo(true));
        tickChecklist("START_PLANNING");
        api(Service.PROJECT, as(manager)).get(base + "/gates/START_PLANNING").then().statusCode(200)
                .body("wouldPass", equalTo(true)).body("unmetCriteria", equalTo(0));
        passGate("START_PLANNING").body("toPhase", equalTo("PLANNING")).body("status", equalTo("ACTIVE"));
    }

    /** Two consultants with their skill levels and EUR rates, managed by the resource manager. */
    private void theResourceManagerRegistersPeopleWithSkillsAndRates() {
        String rita = E2e.token(resourceManager, "resource-manager");
        String fico = api(Service.RESOURCE, rita).body(Map.of("name", "SAP FI/CO " + run, "category", "ERP"))
                .post("/api/v1/skills").then().statusCode(201).extract().path("id");
        String migration = api(Service.RESOURCE, rita).body(Map.of("name", "Data migration " + run, "category", "ERP"))
                .post("/api/v1/skills").then().statusCode(201).extract().path("id");
        bobId = person(rita, consultant, "Bob Consultant", "Finance consultant", 95);
        danaId = person(rita, migrationSpecialist, "Dana Migration", "Data migration specialist", 85);
        api(Service.RESOURCE, rita).body(Map.of("level", 4, "certification", "SAP S/4HANA Finance"))
                .put("/api/v1/resources/{id}/skills/{skillId}", bobId, fico).then().statusCode(200);
        api(Service.RESOURCE, rita).body(Map.of("level", 5))
                .put("/api/v1/resources/{id}/skills/{skillId}", danaId, migration).then().statusCode(200);
    }

    private String person(String token, String subject, String name, String role, int rate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "PERSON");
        body.put("name", name);
        body.put("person", E2e.person(subject));
        body.put("role", role);
        body.put("manager", E2e.person(resourceManager));
        body.put("costRates", List.of(Map.of("standardRate", rate, "overtimeRate", rate * 3 / 2, "currency", "EUR",
                "effectiveFrom", "2027-01-01")));
        return api(Service.RESOURCE, token).body(body).post("/api/v1/resources")
                .then().statusCode(201).extract().path("id");
    }

    /**
     * One bulk request: migration (mapping → rehearsal → sign-off milestone) beside the finance configuration, both
     * ending in the sign-off. Bob works full time on the mapping and on the configuration at once: 200 % of his day.
     */
    private void theWorkIsPlannedInBulkAndPeopleAssigned() {
        Map<String, Object> plan = Map.of(
                "tasks", List.of(
                        Map.of("ref", "erp", "name", "ERP core build"),
                        Map.of("ref", "map", "parent", "erp", "name", "Map legacy customer and vendor data",
                                "duration", 10, "effortHours", 80),
                        Map.of("ref", "fico", "parent", "erp", "name", "Configure finance and controlling",
                                "duration", 10, "effortHours", 80),
                        Map.of("ref", "rehearsal", "parent", "erp", "name", "Migration rehearsal", "duration", 5),
                        Map.of("ref", "signoff", "parent", "erp", "name", "Data migration signed off",
                                "kind", "MILESTONE")),
                "dependencies", List.of(
                        Map.of("predecessor", "map", "successor", "rehearsal"),
                        Map.of("predecessor", "rehearsal", "successor", "signoff"),
                        Map.of("predecessor", "fico", "successor", "signoff")),
                "assignments", List.of(
                        Map.of("task", "map", "resourceId", bobId, "units", 100),
                        Map.of("task", "fico", "resourceId", bobId, "units", 100),
                        Map.of("task", "rehearsal", "resourceId", danaId, "units", 100)));
        tasks = api(Service.PROJECT, as(manager)).body(plan).post(base + "/tasks/bulk")
                .then().statusCode(200)
                .body("tasksCreated", equalTo(5)).body("dependenciesCreated", equalTo(3))
                .body("assignmentsCreated", equalTo(3))
                .extract().jsonPath().getMap("refs", String.class, String.class);
    }

    private void risksAreIdentified() {
        Map<String, Object> risk = new LinkedHashMap<>();
        risk.put("title", "Legacy vendor master data is duplicated across plants");
        risk.put("category", "DATA_MIGRATION");
        risk.put("probability", 3);
        risk.put("impact", 3);
        risk.put("owner", E2e.person(migrationSpecialist));
        api(Service.RISK, as(manager)).body(risk).post(base + "/risks").then().statusCode(201)
                .body("autoRaised", equalTo(false));
    }

    /**
     * The budget with the tasks' planned costs, approved by the sponsor; the baseline saved by the manager: the
     * gate's criteria all hold.
     */
    private void budgetAndBaselineAreApprovedAndTheExecutionGatePassed() {
        api(Service.PROJECT, as(manager)).body(Map.of("currency", "EUR", "amount", 250000,
                        "contingencyReserve", 20000, "managementReserve", 10000))
                .put(base + "/budget").then().statusCode(200);
        // The vendor's fixed prices per task, in the budget's currency.
        for (String[] cost : new String[][] { { "map", "12000" }, { "fico", "18000" }, { "rehearsal", "6000" } }) {
            api(Service.PROJECT, as(manager))
                    .body(Map.of("fixedCost", new BigDecimal(cost[1]), "currency", "EUR", "category", "SERVICES"))
                    .put(base + "/tasks/{taskId}/planned-cost", tasks.get(cost[0])).then().statusCode(200);
        }
        api(Service.PROJECT, as(sponsor)).body(Map.of()).post(base + "/budget/approval").then().statusCode(200);
        api(Service.PROJECT, as(manager)).body(Map.of("name", "Plan of record"))
                .post(base + "/baselines").then().statusCode(201);
        tickChecklist("START_EXECUTION");
        api(Service.PROJECT, as(manager)).get(base + "/gates/START_EXECUTION").then().statusCode(200)
                .body("wouldPass", equalTo(true));
        passGate("START_EXECUTION").body("toPhase", equalTo("EXECUTION"));
    }

    /** The mapping and the configuration run side by side: the overlap of the two is Bob's over-allocation. */
    private void theOverAllocatedConsultantIsReportedToTheResourceManagerByEmail() {
        String from = scheduled("map", "start");
        String to = scheduled("map", "finish");
        assertEquals(from, scheduled("fico", "start"));
        assertEquals(to, scheduled("fico", "finish"));
        String subject = "Over-allocation: Bob Consultant from " + from + " to " + to;
        String rita = resourceManager + "@example.com";
        await("e-mail to the resource manager").atMost(DELIVERY).pollInterval(Duration.ofMillis(500))
                .until(() -> mailsWithSubject(rita, subject).size() >= 1);
    }

    /** A quarter of the mapping done; Bob's first two days on it approved by his resource manager. */
    private void progressIsRecordedAndTheTimesheetApproved() {
        patch(base + "/tasks/" + tasks.get("map"),
                Map.of("percentComplete", 25, "status", "IN_PROGRESS", "actualStart", scheduled("map", "start")));
        String bob = as(consultant);
        String weekStart = java.time.LocalDate.parse(scheduled("map", "start"))
                .with(java.time.DayOfWeek.MONDAY).toString();
        String sheet = api(Service.RESOURCE, bob).body(Map.of("resourceId", bobId, "weekStart", weekStart))
                .post("/api/v1/timesheets").then().statusCode(201).extract().path("id");
        for (String day : List.of(weekStart, java.time.LocalDate.parse(weekStart).plusDays(1).toString())) {
            api(Service.RESOURCE, bob).body(Map.of("projectId", projectId, "taskId", tasks.get("map"), "date", day,
                            "hours", 8, "overtime", false))
                    .post("/api/v1/timesheets/{id}/entries", sheet).then().statusCode(200);
        }
        api(Service.RESOURCE, bob).post("/api/v1/timesheets/{id}/submission", sheet).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        api(Service.RESOURCE, as(resourceManager)).post("/api/v1/timesheets/{id}/approval", sheet)
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("totalHours", equalTo(16.0f));
    }

    /** The mapping takes two more weeks: the sign-off moves 14 days, past the risk-service's 5-day threshold. */
    private void aMilestoneSlipsAndTheRiskServiceRaisesARiskByItself() {
        String before = scheduled("signoff", "start");
        patch(base + "/tasks/" + tasks.get("map"), Map.of("duration", 20));
        String after = scheduled("signoff", "start");
        assertEquals(java.time.LocalDate.parse(before).plusDays(14).toString(), after);
        String slip = "items.find { it.detection.cause == 'MILESTONE_SLIP' }.";
        await("auto-raised schedule risk").atMost(DELIVERY).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                api(Service.RISK, as(manager)).get(base + "/risks?autoRaised=true").then().statusCode(200)
                        .body("items.findAll { it.detection.cause == 'MILESTONE_SLIP' }", hasSize(1))
                        .body(slip + "category", equalTo("SCHEDULE"))
                        .body(slip + "status", equalTo("IDENTIFIED"))
                        .body(slip + "autoRaised", equalTo(true))
                        .body(slip + "owner.subject", equalTo(manager))
                        .body(slip + "taskIds", contains(tasks.get("signoff")))
                        .body(slip + "detection.causeRef", equalTo(tasks.get("signoff")))
                        .body(slip + "detection.sourceEventType", equalTo("io.implementa.project.MilestoneMoved"))
                        .body(slip + "detection.baseline", equalTo(before))
                        .body(slip + "detection.magnitude", equalTo(14.0f)));
    }

    /**
     * The risk summary and Bob's over-allocation reached the project-service's health from the other services: the
     * slip risk on the critical sign-off is critical and escalated (red); Bob's double booking is on non-critical
     * work (amber).
     */
    private void theHealthReflectsRisksAndResources() {
        await("health from risks and resources").atMost(DELIVERY).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> api(Service.PROJECT, as(manager)).get(base + "/health").then().statusCode(200)
                        .body("proposed.risk", equalTo("RED"))
                        .body("signals.escalatedRisks", equalTo(1))
                        .body("proposed.resources", equalTo("AMBER"))
                        .body("signals.overAllocations", equalTo(1))
                        .body("proposed.overall", equalTo("RED"))
                        .body("reasons", hasItem("resources: 1 over-allocated resources"))
                        .body("reasons", hasItem(startsWith("risk: "))));
    }

    /** Actual cost is the approved timesheet: 16 h at Bob's 95 EUR, nothing booked besides. */
    private void earnedValueReflectsTheApprovedHours() {
        String statusDate = java.time.LocalDate.parse(scheduled("map", "start")).plusDays(4).toString();
        await("approved labour in earned value").atMost(DELIVERY).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> api(Service.PROJECT, as(manager))
                        .get(base + "/earned-value?statusDate={date}", statusDate).then().statusCode(200)
                        .body("baseline", equalTo(true))
                        .body("currency", equalTo("EUR"))
                        .body("project.ac", equalTo(1520.0f)));
        var figures = api(Service.PROJECT, as(manager)).get(base + "/earned-value?statusDate={date}", statusDate)
                .then().extract().jsonPath();
        double ev = figures.getDouble("project.ev");
        assertTrue(ev > 0, "a quarter of the mapping is earned: " + figures.prettify());
        assertEquals(Math.round(ev / 1520.0 * 1000) / 1000.0, figures.getDouble("project.cpi"), 0.0005,
                "CPI = EV / the approved hours' cost");
    }

    /** Carmen by e-mail (a stakeholder only), Ines at her ITSM's webhook (a member who chose WEBHOOK). */
    private void theStatusReportReachesStakeholdersByTheirChannels(WebhookReceiver itsm) throws Exception {
        String reportId = api(Service.PROJECT, as(manager)).body(Map.of(
                        "periodStart", "2027-01-04", "periodEnd", "2027-01-15",
                        "summary", "Data migration slips two weeks; finance build on track",
                        "accomplishments", "Legacy data mapping started",
                        "nextSteps", "Second mapping team from the vendor",
                        "issues", "Bob Consultant is booked twice",
                        "decisionsNeeded", "Approve a second mapping team"))
                .post(base + "/status-reports").then().statusCode(201).extract().path("id");
        String overall = api(Service.PROJECT, as(manager)).post(base + "/status-reports/{id}/publication", reportId)
                .then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("health.risk", equalTo("RED")).body("health.resources", equalTo("AMBER"))
                .extract().path("health.overall");

        String subject = "[" + key + "] Status report 2027-01-04 – 2027-01-15: " + overall;
        await("status report e-mail to the CFO").atMost(DELIVERY).pollInterval(Duration.ofMillis(500))
                .until(() -> mailsWithSubject(cfoEmail, subject).size() >= 1);

        await("status report at the ITSM webhook").atMost(DELIVERY).pollInterval(Duration.ofMillis(500))
                .until(() -> statusReports(itsm).size() >= 1);
        WebhookReceiver.Received request = statusReports(itsm).get(0);
        assertTrue(WebhookReceiver.signedWith(webhookSecret, request), "signed with the endpoint's secret: "
                + request.headers());
        long sentAt = Long.parseLong(request.header("webhook-timestamp"));
        assertTrue(Math.abs(System.currentTimeMillis() / 1000 - sentAt) < 300, "a fresh timestamp: " + sentAt);
        JsonNode event = new ObjectMapper().readTree(request.body());
        assertEquals("io.implementa.project.StatusReportPublished", event.path("type").asText());
        assertEquals(reportId, event.path("data").path("reportId").asText());
        assertEquals(overall, event.path("data").path("health").path("overall").asText());

        E2e.awaitSettled(DELIVERY);
        assertEquals(1, mailsWithSubject(cfoEmail, subject).size(), "one e-mail to the CFO");
        assertEquals(1, statusReports(itsm).size(), "one webhook call");
        assertTrue(E2e.mailbox(E2e.person(itsmLead).get("email")).stream().noneMatch(mail -> {
            try {
                return mail.getSubject().contains("Status report");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }), "the ITSM lead chose her webhook, not e-mail");
    }

    // ------------------------------------------------------------------ scenario helpers

    private static String as(String subject) {
        return E2e.token(subject);
    }

    private io.restassured.response.ValidatableResponse passGate(String gate) {
        return api(Service.PROJECT, as(manager)).body(Map.of("gate", gate)).post(base + "/phase-transitions")
                .then().statusCode(201).body("gate", equalTo(gate)).body("waived", equalTo(false));
    }

    /** Ticks every open item of the gate's checklist (the template's), as the manager. */
    private void tickChecklist(String gate) {
        List<Map<String, Object>> open = api(Service.PROJECT, as(manager))
                .get(base + "/gates/{gate}/checklist?size=100&done=false", gate)
                .then().statusCode(200).extract().jsonPath().getList("items");
        for (Map<String, Object> item : open) {
            api(Service.PROJECT, as(manager)).contentType("application/merge-patch+json")
                    .header("If-Match", "\"" + item.get("version") + "\"").body(Map.of("done", true))
                    .patch(base + "/gates/{gate}/checklist/{id}", gate, item.get("id"))
                    .then().statusCode(200).body("done", equalTo(true));
        }
    }

    /** A merge patch as the manager, with the resource's current ETag. */
    private void patch(String path, Map<String, Object> body) {
        String etag = api(Service.PROJECT, as(manager)).get(path).then().statusCode(200).extract().header("ETag");
        api(Service.PROJECT, as(manager)).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(body).patch(path).then().statusCode(200);
    }

    private String idWhere(String listPath, String field, String value) {
        List<Map<String, Object>> items = api(Service.PROJECT, as(manager)).get(listPath).then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(item -> value.equals(item.get(field))).map(item -> (String) item.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("no item with " + field + " = " + value));
    }

    /** The scheduled start or finish of a task of the plan, as the project-service computed it. */
    private String scheduled(String ref, String field) {
        return api(Service.PROJECT, as(manager)).get(base + "/tasks/{id}", tasks.get(ref)).then().statusCode(200)
                .extract().path("schedule." + field);
    }

    private static List<WebhookReceiver.Received> statusReports(WebhookReceiver receiver) {
        return receiver.received().stream()
                .filter(request -> request.body().contains("\"io.implementa.project.StatusReportPublished\""))
                .toList();
    }

    private static List<MimeMessage> mailsWithSubject(String address, String subject) {
        return E2e.mailbox(address).stream().filter(message -> {
            try {
                return subject.equals(message.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
