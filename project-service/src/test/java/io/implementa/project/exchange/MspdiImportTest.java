package io.implementa.project.exchange;

import static io.implementa.project.project.ProjectResourceTest.create;
import static io.implementa.project.project.ProjectResourceTest.uniqueKey;
import static io.implementa.project.task.Planning.TOPIC;
import static io.implementa.project.task.Planning.dependencies;
import static io.implementa.project.task.Planning.task;
import static io.implementa.project.task.Planning.tasks;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.implementa.stack.testing.KafkaTestConsumer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MspdiImportTest {

    private static final String LINKS = "task-links-project2019-mspdi.xml";

    /** task-links: 16 tasks, 8 links of all four types with lags of 0, 1, 2, 5 and 10 days (LinkLag / 4800). */
    @Test
    void importsTasksAndLinksOfAllFourTypesWithTheirLags() {
        String projectId = create(uniqueKey());
        JsonPath report = Samples.importInto(projectId, Samples.bytes(Samples.file(LINKS)));
        assertEquals("MSPDI", report.getString("format"));
        assertEquals(16, report.getInt("tasksImported"));
        assertEquals(8, report.getInt("dependenciesImported"));
        assertEquals("2018-10-18", report.getString("projectStart"));

        given().when().get(tasks(projectId) + "?size=100").then().statusCode(200)
                .body("totalItems", equalTo(16))
                .body("items.name", hasItems("Task 1", "Task 2"))
                .body("items.outline", hasItems("1", "16"));
        given().when().get(dependencies(projectId) + "?size=100").then().statusCode(200)
                .body("totalItems", equalTo(8))
                .body("items.type", hasItems("FS", "SS", "FF", "SF"))
                .body("items.lag", hasItems(0, 1, 2, 5, 10));
        given().when().get("/api/v1/projects/" + projectId).then().body("plannedStart", equalTo("2018-10-18"));
    }

    @Test
    void reportsManualSchedulingInsteadOfDroppingIt() {
        String projectId = create(uniqueKey());
        JsonPath report = Samples.importInto(projectId, Samples.bytes(Samples.file(LINKS)));
        List<Map<String, Object>> unmapped = report.getList("unmapped");
        Map<String, Object> manual = unmapped.stream().filter(u -> "taskMode".equals(u.get("field"))).findFirst()
                .orElseThrow();
        assertEquals("TASK", manual.get("element"));
        assertEquals(16, ((List<?>) manual.get("items")).size());
        assertEquals(List.of(), report.getList("resources"), "MS Project's unnamed placeholder resource is no resource");
    }

    /**
     * task-baselines: 8 tasks carry one Baseline0 value each (cost 1.00, duration PT88H = 11d, finish
     * 2014-03-01, start 2014-04-01, work 51h, ...), others Baseline1–10 values.
     */
    @Test
    void savesTheFilesBaseline0AsTheCurrentProjectBaseline() {
        String projectId = create(uniqueKey());
        JsonPath report = Samples.importInto(projectId,
                Samples.bytes(Samples.file("task-baselines-project2019-mspdi.xml")));
        assertEquals("MS Project baseline", report.getString("baseline.name"));
        assertTrue(report.getBoolean("baseline.current"));
        assertEquals(8, report.getInt("baseline.tasks"));
        String baselineId = report.getString("baseline.baselineId");

        JsonPath baseline = given().when().get("/api/v1/projects/" + projectId + "/baselines/" + baselineId)
                .then().statusCode(200).body("current", equalTo(true)).extract().jsonPath();
        assertEquals(8, baseline.getList("tasks").size());
        // MSPDI writes currency in hundredths: <Cost>100</Cost> is 1.00.
        assertEquals(1f, baseline.getFloat("tasks.find { it.name == 'Baseline Cost - Task' }.cost"));
        assertEquals(11, baseline.getInt("tasks.find { it.name == 'Baseline Duration - Task' }.durationDays"));
        assertEquals("2014-03-01", baseline.getString("tasks.find { it.name == 'Baseline Finish - Task' }.finish"));
        assertEquals("2014-04-01", baseline.getString("tasks.find { it.name == 'Baseline Start - Task' }.start"));
        assertEquals(51f, baseline.getFloat("tasks.find { it.name == 'Baseline Work - Task' }.workHours"));
        given().when().get("/api/v1/projects/" + projectId + "/baselines/" + baselineId + "/variance")
                .then().statusCode(200).body("tasks.size()", equalTo(report.getInt("tasksImported")));

        List<String> fields = report.getList("unmapped.field", String.class);
        assertTrue(fields.contains("baseline1") && fields.contains("baseline10") && !fields.contains("baseline"),
                "Baseline1–10 reported, Baseline0 not: " + fields);
        assertEquals("only Baseline0 is imported (as a project baseline)",
                report.getString("unmapped.find { it.field == 'baseline1' }.reason"));
        assertTrue(report.getList("unmapped.element", String.class).contains("BASELINE"),
                "Baseline0 fields taken from the plan are reported");
    }

    @Test
    void aFileWithoutBaselinesSavesNone() {
        String projectId = create(uniqueKey());
        JsonPath report = Samples.importInto(projectId, Samples.bytes(Samples.file(LINKS)));
        assertNull(report.get("baseline"));
        given().when().get("/api/v1/projects/" + projectId + "/baselines").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void importsTheProjectCalendarsWorkingWeekdays() {
        String projectId = create(uniqueKey());
        JsonPath report = Samples.importInto(projectId,
                Samples.bytes(Samples.file("calendar-calendars-project2019-mspdi.xml")));
        assertTrue(report.getBoolean("calendarImported"));
        given().when().get("/api/v1/projects/" + projectId + "/calendar").then().statusCode(200)
                .body("customised", equalTo(true))
                .body("workingWeekdays", containsInAnyOrder("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
    }

    @Test
    void announcesEveryImportedTaskAndOneScheduleRecompute() {
        String projectId = create(uniqueKey());
        try (KafkaTestConsumer events = KafkaTestConsumer.fromEnd(TOPIC)) {
            Samples.importInto(projectId, Samples.bytes(Samples.file(LINKS)));
            List<ConsumerRecord<String, String>> created = events.awaitRecords(r -> is(r, projectId, "TaskCreated"), 16);
            assertEquals(16, created.size());
            events.awaitRecord(r -> is(r, projectId, "ScheduleRecomputed"));
            long recomputes = events.records().stream().filter(r -> is(r, projectId, "ScheduleRecomputed")).count();
            assertEquals(1, recomputes, "one recompute for the whole import");
        }
    }

    @Test
    void refusesToImportIntoAProjectThatHasTasks() {
        String projectId = create(uniqueKey());
        task(projectId, "Already planned", 3);
        given().contentType("application/xml").body(Samples.bytes(Samples.file(LINKS)))
                .when().post(Samples.imports(projectId))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://implementa.io/problems/wbs-not-empty"));
        given().when().get(tasks(projectId)).then().body("totalItems", equalTo(1));
    }

    @Test
    void refusesAFileThatIsNotMspdi() {
        String projectId = create(uniqueKey());
        given().contentType("application/xml").body("<html><body>not a plan</body></html>".getBytes(StandardCharsets.UTF_8))
                .when().post(Samples.imports(projectId))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://implementa.io/problems/unreadable-plan"));
        given().when().get(tasks(projectId)).then().body("totalItems", equalTo(0));
    }

    @Test
    void refusesAnEmptyBody() {
        String projectId = create(uniqueKey());
        given().contentType("application/xml").body(new byte[0])
                .when().post(Samples.imports(projectId))
                .then().statusCode(422)
                .body("errors.field", hasItem("body"));
    }

    private static boolean is(ConsumerRecord<String, String> r, String projectId, String type) {
        return r.key().equals(projectId) && r.value().contains("\"io.implementa.project." + type + "\"");
    }
}
