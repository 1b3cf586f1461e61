package io.implementa.project.exchange;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.TOPIC;
import static io.implementa.project.task.Planning.child;
import static io.implementa.project.task.Planning.milestone;
import static io.implementa.project.task.Planning.task;
import static io.implementa.project.task.Planning.tasks;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.platform.people.PersonRef;
import io.implementa.project.projection.ExternalFeed;
import io.implementa.project.projection.ProjectionStore;
import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.TimeUnit;

/**
 * Resources of MSPDI files matched with resource-service's (known here from its ResourceCreated/Updated
 * events), and their assignments. The samples MS Project saved have no named resources, so these tests write
 * their files with MPXJ.
 */
@QuarkusTest
class MspdiResourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ExternalFeed feed;

    @Inject
    ProjectionStore store;

    /** A person published by resource-service, and known here once its event has been applied. */
    private record Person(UUID id, String name, String email) {
    }

    private Person person(String name) {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
        String email = unique.toLowerCase().replace(' ', '.') + "@example.com";
        Person p = new Person(UUID.randomUUID(), unique, email);
        feed.resource(p.id, "PERSON", p.name, new PersonRef("sub-" + p.id, email, unique), 0);
        return p;
    }

    private void known(UUID... ids) {
        await().atMost(ExternalFeed.WAIT).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> store.resources(List.of(ids)).size()) == ids.length);
    }

    /** A plan starting Monday 2027-01-04 on the standard calendar. */
    private static ProjectFile plan() {
        ProjectFile file = new ProjectFile();
        file.getProjectProperties().setStartDate(LocalDateTime.of(2027, 1, 4, 8, 0));
        file.getProjectProperties().setMinutesPerDay(480);
        file.setDefaultCalendar(file.addDefaultBaseCalendar());
        return file;
    }

    private static org.mpxj.Task leaf(ProjectFile file, org.mpxj.Task parent, String name, int days) {
        org.mpxj.Task t = parent == null ? file.addTask() : parent.addTask();
        t.setName(name);
        t.setDuration(Duration.getInstance(days, TimeUnit.DAYS));
        return t;
    }

    private static Resource resource(ProjectFile file, String name, String email) {
        Resource r = file.addResource();
        r.setName(name);
        r.setEmailAddress(email);
        r.setType(ResourceType.WORK);
        return r;
    }

    private static void assign(org.mpxj.Task task, Resource resource, double units, double workHours) {
        ResourceAssignment a = task.addResourceAssignment(resource);
        a.setUnits(units);
        a.setWork(Duration.getInstance(workHours, TimeUnit.HOURS));
    }

    private static Map<String, Object> resourceNamed(JsonPath report, String name) {
        List<Map<String, Object>> resources = report.getList("resources");
        return resources.stream().filter(r -> name.equals(r.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + resources));
    }

    @Test
    void matchesResourcesByEmailElseByUniqueNameAndReportsTheOthers() {
        Person ada = person("Ada Lovelace");
        Person bob = person("Bob Byte");
        Person cleo1 = person("Cleo");
        Person cleo2 = new Person(UUID.randomUUID(), cleo1.name, "other." + cleo1.email);
        feed.resource(cleo2.id, "PERSON", cleo2.name, new PersonRef("sub-c2", cleo2.email, cleo2.name), 0);
        known(ada.id, bob.id, cleo1.id, cleo2.id);

        ProjectFile file = plan();
        leaf(file, null, "Design", 2);
        resource(file, "A. Lovelace", ada.email.toUpperCase());
        resource(file, bob.name.toUpperCase(), null);
        resource(file, cleo1.name, null);
        resource(file, "Nobody " + UUID.randomUUID(), "nobody@example.com");
        Resource concrete = resource(file, "Concrete", null);
        concrete.setType(ResourceType.MATERIAL);

        String projectId = create(uniqueKey());
        JsonPath report = Samples.importInto(projectId, PlanExportService.write(file));

        Map<String, Object> byEmail = resourceNamed(report, "A. Lovelace");
        assertEquals("MATCHED_BY_EMAIL", byEmail.get("status"));
        assertEquals(ada.id.toString(), byEmail.get("resourceId"));
        assertNull(byEmail.get("note"));
        Map<String, Object> byName = resourceNamed(report, bob.name.toUpperCase());
        assertEquals("MATCHED_BY_NAME", byName.get("status"));
        assertEquals(bob.id.toString(), byName.get("resourceId"));
        Map<String, Object> twoCleos = resourceNamed(report, cleo1.name);
        assertEquals("AMBIGUOUS", twoCleos.get("status"));
        assertNull(twoCleos.get("resourceId"));
        assertTrue(((String) twoCleos.get("note")).startsWith("2 resources of resource-service have this name"));
        assertEquals("NOT_FOUND", report.getList("resources").stream().map(r -> (Map<?, ?>) r)
                .filter(r -> ((String) r.get("name")).startsWith("Nobody")).findFirst().orElseThrow().get("status"));
        assertEquals("NOT_A_WORK_RESOURCE", resourceNamed(report, "Concrete").get("status"));

        List<Map<String, Object>> unmapped = report.getList("unmapped");
        List<String> resourceLosses = unmapped.stream().filter(u -> "RESOURCE".equals(u.get("element")))
                .flatMap(u -> ((List<?>) u.get("items")).stream()).map(String::valueOf).toList();
        assertEquals(3, resourceLosses.size(), "ambiguous, not found and material, each reported: " + resourceLosses);
    }

    /**
     * Phase (summary) over Build (5d) and Test (3d), then Go-live. Ada 50 % on Build, Bob 16 h on Test (no
     * units), Ada on the summary (refused), an unknown resource on Build (not matched).
     */
    @Test
    void importsTheAssignmentsOfMatchedResourcesAfterTheRecomputeAndReportsTheSkippedOnes() {
        Person ada = person("Ada");
        Person bob = person("Bob");
        known(ada.id, bob.id);
        ProjectFile file = plan();
        org.mpxj.Task phase = file.addTask();
        phase.setName("Phase");
        org.mpxj.Task build = leaf(file, phase, "Build", 5);
        org.mpxj.Task test = leaf(file, phase, "Test", 3);
        leaf(file, null, "Go-live", 0).setMilestone(true);
        Resource a = resource(file, ada.name, ada.email);
        Resource b = resource(file, bob.name, null);
        Resource stranger = resource(file, "Stranger " + UUID.randomUUID(), null);
        assign(build, a, 50, 20);
        assign(test, b, 0, 16);
        assign(phase, a, 100, 64);
        assign(build, stranger, 100, 40);

        String projectId = create(uniqueKey());
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            JsonPath report = Samples.importInto(projectId, PlanExportService.write(file));
            assertEquals(2, report.getInt("assignmentsImported"));
            assertEquals(2, resourceNamed(report, ada.name).get("assignments"));
            assertEquals(1, resourceNamed(report, ada.name).get("assignmentsImported"));
            List<Map<String, Object>> unmapped = report.getList("unmapped");
            List<String> reasons = unmapped.stream().filter(u -> "ASSIGNMENT".equals(u.get("element")))
                    .map(u -> u.get("reason") + ": " + u.get("items")).toList();
            assertEquals(2, reasons.size(), reasons.toString());
            assertTrue(reasons.stream().anyMatch(r -> r.startsWith("a summary task takes no assignments")
                    && r.contains("Phase <- " + ada.name)), reasons.toString());
            assertTrue(reasons.stream().anyMatch(r -> r.startsWith("the resource is not matched")
                    && r.contains("Build <- Stranger")), reasons.toString());

            JsonPath assignments = given().when().get("/api/v1/projects/" + projectId + "/assignments")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(2, assignments.getInt("totalItems"));
            assertEquals(50f, assignments.getFloat("items.find { it.taskName == 'Build' }.units"));
            assertEquals(ada.id.toString(), assignments.getString("items.find { it.taskName == 'Build' }.resourceId"));
            assertNull(assignments.get("items.find { it.taskName == 'Build' }.workHours"));
            assertEquals(16f, assignments.getFloat("items.find { it.taskName == 'Test' }.workHours"));
            assertEquals(bob.id.toString(), assignments.getString("items.find { it.taskName == 'Test' }.resourceId"));

            List<ConsumerRecord<String, String>> added = events.awaitRecords(
                    r -> is(r, projectId, "TaskAssignmentAdded"), 2);
            JsonNode onBuild = added.stream().map(MspdiResourcesTest::data)
                    .filter(d -> "Build".equals(d.get("taskName").asText())).findFirst().orElseThrow();
            assertEquals("2027-01-04", onBuild.get("start").asText());
            assertEquals("2027-01-08", onBuild.get("finish").asText());
            List<ConsumerRecord<String, String>> seen = events.records();
            int recompute = -1;
            int firstAssignment = Integer.MAX_VALUE;
            for (int i = 0; i < seen.size(); i++) {
                if (is(seen.get(i), projectId, "ScheduleRecomputed")) {
                    recompute = i;
                } else if (is(seen.get(i), projectId, "TaskAssignmentAdded")) {
                    firstAssignment = Math.min(firstAssignment, i);
                }
            }
            assertTrue(recompute >= 0 && recompute < firstAssignment, "assignments announced after the recompute");
        }
    }

    @Test
    void exportWritesResourcesAndAssignmentsSoThatAReimportGivesAnEqualPlan() {
        Person ada = person("Ada");
        Person bob = person("Bob");
        known(ada.id, bob.id);
        String original = create(uniqueKey());
        String design = task(original, "Design", 3);
        String phase = task(original, "Phase", 1);
        String build = child(original, phase, "Build", null);
        String review = milestone(original, "Review");
        assign(original, design, ada.id, "{\"units\":50}");
        assign(original, design, bob.id, "{\"workHours\":12.5}");
        assign(original, build, ada.id, "{\"units\":100}");
        assign(original, review, bob.id, "{\"workHours\":1}");

        byte[] xml = given().when().get("/api/v1/projects/" + original + "/exports/mspdi")
                .then().statusCode(200).extract().asByteArray();
        String copy = create(uniqueKey());
        JsonPath report = Samples.importInto(copy, xml);

        assertEquals(4, report.getInt("assignmentsImported"));
        assertEquals(List.of(), report.getList("unmapped"), "an exported plan imports without loss");
        assertEquals(List.of("MATCHED_BY_EMAIL", "MATCHED_BY_EMAIL"), report.getList("resources.status"));
        assertEquals(assignments(original), assignments(copy));
        assertEquals(given().when().get(tasks(original) + "?size=100").then().extract().jsonPath()
                .getList("items.name"), given().when().get(tasks(copy) + "?size=100").then().extract().jsonPath()
                .getList("items.name"));
    }

    private static void assign(String projectId, String taskId, UUID resourceId, String measure) {
        given().contentType(ContentType.JSON)
                .body("{\"resourceId\":\"" + resourceId + "\"," + measure.substring(1))
                .when().post(tasks(projectId) + "/" + taskId + "/assignments").then().statusCode(201);
    }

    /** Task name, resource, units, work hours of every assignment, sorted. */
    private static TreeSet<String> assignments(String projectId) {
        JsonPath page = given().when().get("/api/v1/projects/" + projectId + "/assignments?size=100")
                .then().statusCode(200).extract().jsonPath();
        TreeSet<String> out = new TreeSet<>();
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> a : items) {
            out.add(a.get("taskName") + "|" + a.get("resourceId") + "|" + a.get("units") + "|" + a.get("workHours"));
        }
        return out;
    }

    private static JsonNode data(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value()).get("data");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean is(ConsumerRecord<String, String> r, String projectId, String type) {
        return r.key().equals(projectId) && r.value().contains("\"io.implementa.project." + type + "\"");
    }
}
